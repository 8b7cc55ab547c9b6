// XML 1.0 `Char` checks without regex lookbehind (not available on every JS engine React Native ships).
// A code unit is "unsafe" when XML cannot carry it unchanged: C0 controls (TAB, LF, CR allowed by XML but
// normalised in some places, so callers choose), U+FFFE, U+FFFF and unpaired surrogates.

/** Which C0 whitespace survives: in text, TAB and LF do (CR becomes LF); in attributes none does. */
export type Context = "text" | "attribute" | "document"

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff

const controlAllowed = (code: number, context: Context): boolean => {
  if (context === "attribute") return false
  if (context === "text") return code === 0x09 || code === 0x0a
  return code === 0x09 || code === 0x0a || code === 0x0d
}

/** Calls `onUnsafe` with the index of every unsafe code unit; returns whether there was any. */
const scan = (text: string, context: Context, onUnsafe?: (index: number) => void): boolean => {
  let found = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    let unsafe = false
    if (code < 0x20) unsafe = !controlAllowed(code, context)
    else if (code === 0xfffe || code === 0xffff) unsafe = true
    else if (isHigh(code)) {
      if (i + 1 < text.length && isLow(text.charCodeAt(i + 1))) i++
      else unsafe = true
    } else if (isLow(code)) unsafe = true
    if (unsafe) {
      found = true
      if (onUnsafe === undefined) return true
      onUnsafe(i)
    }
  }
  return found
}

/** Whether XML can carry the text unchanged in this context. */
export const isSafe = (text: string, context: Context): boolean => !scan(text, context)

/** Replaces each unsafe code unit by `\uXXXX` and each backslash by `\\`. */
export const escapeUnsafe = (text: string, context: Context): string => {
  const unsafe = new Set<number>()
  scan(text, context, (index) => unsafe.add(index))
  let out = ""
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string
    if (char === "\\") out += "\\\\"
    else if (unsafe.has(i)) out += `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`
    else out += char
  }
  return out
}

/** Reverses `escapeUnsafe`. */
export const unescapeUnsafe = (text: string): string =>
  text.replace(/\\(\\|u[0-9a-fA-F]{4})/g, (_, code: string) =>
    code === "\\" ? "\\" : String.fromCharCode(Number.parseInt(code.slice(1), 16)),
  )

/** The part of an element `isElementSafe` reads (an `ltx` element). */
interface Node {
  readonly name: string
  readonly attrs: Record<string, unknown>
  readonly children: ReadonlyArray<Node | string>
}

/**
 * Whether XML can carry the element's serialization unchanged: its names, attribute values and text, checked
 * in place (escaping only adds safe characters), so the stanza is not serialized an extra time to check it.
 */
export const isElementSafe = (element: Node): boolean => {
  if (!isSafe(element.name, "document")) return false
  const attrs = element.attrs
  for (const key in attrs) {
    const value = attrs[key]
    if (value === undefined || value === null) continue
    if (!isSafe(key, "document") || !isSafe(String(value), "document")) return false
  }
  for (const child of element.children) {
    if (typeof child === "string" ? !isSafe(child, "document") : !isElementSafe(child)) return false
  }
  return true
}
