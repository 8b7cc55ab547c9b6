import { SaxesParser } from "saxes"
import { Element } from "./Element.ts"

/** Why a frame was refused; `policy` means a limit (size, depth) rather than bad XML. */
export class FrameError extends Error {
  readonly kind: "malformed" | "policy" | "restricted"

  constructor(kind: "malformed" | "policy" | "restricted", message: string) {
    super(message)
    this.kind = kind
  }
}

export interface FrameLimits {
  /** Largest frame in bytes (UTF-8). */
  readonly maxBytes: number
  /** Deepest nesting of elements. */
  readonly maxDepth: number
}

/**
 * Parses one RFC 7395 WebSocket frame: exactly one complete XML element (whitespace-only frames
 * are keep-alives and yield nothing). Refuses DTDs (so no entity declarations, no entity bombs),
 * processing instructions other than the XML declaration, more than one element, oversized frames
 * and deep nesting.
 */
export const parseFrame = (frame: string, limits: FrameLimits): Element | undefined => {
  if (Buffer.byteLength(frame, "utf8") > limits.maxBytes) throw new FrameError("policy", "Frame too large")
  if (frame.trim() === "") return undefined
  const parser = new SaxesParser({ xmlns: false, position: false })
  let root: Element | undefined
  let current: Element | undefined
  let depth = 0
  let failure: FrameError | undefined
  const fail = (error: FrameError) => {
    failure ??= error
    throw error
  }
  parser.on("doctype", () => fail(new FrameError("restricted", "DTDs are not allowed")))
  parser.on("processinginstruction", () =>
    fail(new FrameError("restricted", "Processing instructions are not allowed")),
  )
  parser.on("opentag", (tag) => {
    depth += 1
    if (depth > limits.maxDepth) fail(new FrameError("policy", "Elements nested too deeply"))
    const element = new Element(tag.name, tag.attributes as Record<string, string>)
    if (current === undefined) {
      if (root !== undefined) fail(new FrameError("malformed", "A frame carries exactly one element"))
      root = element
    } else current.append(element)
    current = element
  })
  parser.on("closetag", () => {
    depth -= 1
    current = current?.parent
  })
  parser.on("text", (text) => {
    if (current !== undefined) current.append(text)
    else if (text.trim() !== "") fail(new FrameError("malformed", "Text outside of an element"))
  })
  parser.on("cdata", (text) => {
    if (current !== undefined) current.append(text)
  })
  try {
    parser.write(frame).close()
  } catch (error) {
    if (failure !== undefined) throw failure
    throw new FrameError("malformed", error instanceof Error ? error.message : "Malformed XML")
  }
  if (root === undefined) throw new FrameError("malformed", "No element in frame")
  return root
}
