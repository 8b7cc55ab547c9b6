/** A child of an element: another element or a run of text. */
export type Node = Element | string

/** Characters XML 1.0 cannot carry at all (controls, lone surrogates): dropped, so REST data never breaks a client's parser. */
const invalidXmlChars = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

const escapeAttr = (value: string) =>
  value.replace(invalidXmlChars, "").replace(/[&<>"'\r\n\t]/g, (char) => {
    switch (char) {
      case "&":
        return "&amp;"
      case "<":
        return "&lt;"
      case ">":
        return "&gt;"
      case '"':
        return "&quot;"
      case "'":
        return "&apos;"
      case "\r":
        return "&#13;"
      case "\n":
        return "&#10;"
      default:
        return "&#9;"
    }
  })

const escapeText = (value: string) =>
  value
    .replace(invalidXmlChars, "")
    .replace(/[&<>]/g, (char) => (char === "&" ? "&amp;" : char === "<" ? "&lt;" : "&gt;"))

/**
 * Whether a value needs no escaping at all, the common case (ids, JIDs, plain text): every
 * character printable ASCII or BMP text outside the surrogates, and none that XML escapes. A
 * cheap test that lets the escapers above run only when there is something to do.
 */
const plainAttr = /^[\x20\x21\x23-\x25\x28-\x3B\x3D\x3F-\uD7FF\uE000-\uFFFD]*$/
const plainText = /^[\t\n\r\x20-\x25\x27-\x3B\x3D\x3F-\uD7FF\uE000-\uFFFD]*$/

/**
 * A small XML element tree in the manner of ltx: attributes kept as written (`xmlns` is an
 * attribute), namespaces inherited from the parent, and an escaping serializer.
 */
export class Element {
  readonly name: string
  readonly attrs: Record<string, string>
  readonly children: Node[] = []
  parent: Element | undefined

  constructor(name: string, attrs?: Record<string, string | number | boolean | null | undefined>) {
    this.name = name
    const own = Object.create(null) as Record<string, string>
    // for…in rather than Object.entries: elements are built for every stanza, several times.
    for (const key in attrs) {
      const value = attrs[key]
      if (value !== undefined && value !== null) own[key] = typeof value === "string" ? value : String(value)
    }
    this.attrs = own
  }

  /** The namespace: the own `xmlns` attribute or the nearest ancestor's. */
  ns(): string | undefined {
    return this.attrs.xmlns ?? this.parent?.ns()
  }

  /** Whether this element has the name (and namespace, when given). */
  is(name: string, ns?: string): boolean {
    return this.name === name && (ns === undefined || this.ns() === ns)
  }

  attr(name: string): string | undefined {
    return this.attrs[name]
  }

  /** Appends children (elements are re-parented; text is kept as is) and returns this element. */
  append(...nodes: ReadonlyArray<Node | null | undefined | false>): this {
    for (const node of nodes) {
      if (node === null || node === undefined || node === false) continue
      if (typeof node !== "string") node.parent = this
      this.children.push(node)
    }
    return this
  }

  /** Child elements, optionally filtered by name and namespace. */
  elements(name?: string, ns?: string): Element[] {
    const found: Element[] = []
    for (const child of this.children) {
      if (typeof child !== "string" && (name === undefined || child.is(name, ns))) found.push(child)
    }
    return found
  }

  /** The first child element with that name (and namespace). */
  child(name: string, ns?: string): Element | undefined {
    for (const child of this.children) if (typeof child !== "string" && child.is(name, ns)) return child
    return undefined
  }

  /** The concatenated text children. */
  text(): string {
    let text = ""
    for (const child of this.children) if (typeof child === "string") text += child
    return text
  }

  /** The text of the first child element with that name, if present. */
  childText(name: string, ns?: string): string | undefined {
    return this.child(name, ns)?.text()
  }

  /** A deep copy without a parent. */
  clone(): Element {
    const copy = new Element(this.name, this.attrs)
    for (const child of this.children) {
      if (typeof child === "string") copy.children.push(child)
      else {
        const inner = child.clone()
        inner.parent = copy
        copy.children.push(inner)
      }
    }
    return copy
  }

  toString(): string {
    let out = `<${this.name}`
    const attrs = this.attrs
    for (const key in attrs) {
      const value = attrs[key]!
      out += ` ${key}="${plainAttr.test(value) ? value : escapeAttr(value)}"`
    }
    if (this.children.length === 0) return `${out}/>`
    out += ">"
    for (const child of this.children) {
      if (typeof child !== "string") out += child.toString()
      else out += plainText.test(child) ? child : escapeText(child)
    }
    return `${out}</${this.name}>`
  }
}

/** Builds an element: `x("message", { to }, x("body", {}, "hi"))`. Null, undefined and false children are skipped. */
export const x = (
  name: string,
  attrs: Record<string, string | number | boolean | null | undefined> = {},
  ...children: ReadonlyArray<Node | null | undefined | false | ReadonlyArray<Node>>
): Element => {
  const element = new Element(name, attrs)
  for (const child of children) {
    if (Array.isArray(child)) element.append(...(child as ReadonlyArray<Node>))
    else element.append(child as Node | null | undefined | false)
  }
  return element
}
