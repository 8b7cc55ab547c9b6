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
 * A SaxesParser with its handlers, reused frame after frame: building one costs about as much as
 * parsing a chat message. saxes resets itself after each complete document; after a failure the
 * builder is dropped, since the parser's state is then unknown.
 */
class TreeBuilder {
  private readonly parser = new SaxesParser({ xmlns: false, position: false })
  private limits: FrameLimits = { maxBytes: 0, maxDepth: 0 }
  private root: Element | undefined
  private current: Element | undefined
  private depth = 0
  private failure: FrameError | undefined

  constructor() {
    const parser = this.parser
    parser.on("doctype", () => this.fail(new FrameError("restricted", "DTDs are not allowed")))
    parser.on("processinginstruction", () =>
      this.fail(new FrameError("restricted", "Processing instructions are not allowed")),
    )
    parser.on("opentag", (tag) => {
      this.depth += 1
      if (this.depth > this.limits.maxDepth) this.fail(new FrameError("policy", "Elements nested too deeply"))
      const element = new Element(tag.name, tag.attributes as Record<string, string>)
      if (this.current === undefined) {
        if (this.root !== undefined)
          this.fail(new FrameError("malformed", "A frame carries exactly one element"))
        this.root = element
      } else {
        element.parent = this.current
        this.current.children.push(element)
      }
      this.current = element
    })
    parser.on("closetag", () => {
      this.depth -= 1
      this.current = this.current?.parent
    })
    parser.on("text", (text) => {
      if (this.current !== undefined) this.current.children.push(text)
      else if (text.trim() !== "") this.fail(new FrameError("malformed", "Text outside of an element"))
    })
    parser.on("cdata", (text) => {
      if (this.current !== undefined) this.current.children.push(text)
    })
  }

  /** The frame's one element; throws FrameError. */
  parse(frame: string, limits: FrameLimits): Element {
    this.limits = limits
    this.root = undefined
    this.current = undefined
    this.depth = 0
    this.failure = undefined
    try {
      this.parser.write(frame).close()
    } catch (error) {
      if (this.failure !== undefined) throw this.failure
      throw new FrameError("malformed", error instanceof Error ? error.message : "Malformed XML")
    }
    const root = this.root
    this.root = undefined
    this.current = undefined
    if (root === undefined) throw new FrameError("malformed", "No element in frame")
    return root
  }

  private fail(error: FrameError): never {
    this.failure ??= error
    throw error
  }
}

/** The builder ready for the next frame (none while one is in use or after a failure). */
let idle: TreeBuilder | undefined

/**
 * Parses one RFC 7395 WebSocket frame: exactly one complete XML element (whitespace-only frames
 * are keep-alives and yield nothing). Refuses DTDs (so no entity declarations, no entity bombs),
 * processing instructions other than the XML declaration, more than one element, oversized frames
 * and deep nesting.
 */
export const parseFrame = (frame: string, limits: FrameLimits): Element | undefined => {
  if (Buffer.byteLength(frame, "utf8") > limits.maxBytes) throw new FrameError("policy", "Frame too large")
  if (frame.trim() === "") return undefined
  const builder = idle ?? new TreeBuilder()
  idle = undefined
  const root = builder.parse(frame, limits)
  idle = builder
  return root
}
