/// <reference path="./internal/xmpp.d.ts" />
/**
 * XML elements as they travel over XMPP: a small typed face over xmpp.js's `ltx` elements, a builder and
 * the checks every sender needs (XML 1.0 cannot carry some characters; a server would end the stream).
 *
 * @since 0.1.0
 */
import builder from "@xmpp/xml"
import parseXml from "@xmpp/xml/lib/parse.js"
import * as XmlChars from "./internal/xmlChars.ts"

/**
 * An XML element (an `ltx` element from xmpp.js): attributes, children and lookup helpers.
 *
 * @since 0.1.0
 * @category models
 */
export interface Element {
  readonly name: string
  readonly attrs: Record<string, string | undefined>
  readonly children: Array<Element | string>
  is(name: string, xmlns?: string): boolean
  getName(): string
  getNS(): string | undefined
  getChild(name: string, xmlns?: string): Element | undefined
  getChildren(name: string, xmlns?: string): Array<Element>
  getChildElements(): Array<Element>
  getChildText(name: string, xmlns?: string): string | null
  getText(): string
  append(...nodes: Array<Element | string>): void
  toString(): string
}

/**
 * What `xml` accepts as a child: elements, text, and nothing (`null`, `undefined`, `false` are skipped).
 *
 * @since 0.1.0
 * @category models
 */
export type Child = Element | string | null | undefined | false | ReadonlyArray<Child>

/**
 * Attribute values; `undefined` leaves the attribute out, numbers are written in base 10.
 *
 * @since 0.1.0
 * @category models
 */
export type Attributes = Readonly<Record<string, string | number | undefined>>

/**
 * Builds an element: `xml("message", { to, type: "chat" }, xml("body", null, "hi"))`.
 *
 * @since 0.1.0
 * @category constructors
 */
export const xml = (name: string, attrs?: Attributes | null, ...children: Array<Child>): Element =>
  builder(name, attrs ? { ...attrs } : null, ...children) as Element

/**
 * Parses one XML document into an element; throws on malformed input (tests and tools).
 *
 * @since 0.1.0
 * @category constructors
 */
export const parse = (text: string): Element => parseXml(text) as Element

/**
 * Whether XML 1.0 can carry this text unchanged (a stanza with anything else ends the stream).
 *
 * @since 0.1.0
 * @category guards
 */
export const isXmlSafe = (text: string): boolean => XmlChars.isSafe(text, "document")

/**
 * The first child element with this name and namespace, or `undefined`.
 *
 * @since 0.1.0
 * @category getters
 */
export const child = (element: Element, name: string, xmlns?: string): Element | undefined =>
  element.getChild(name, xmlns)

/**
 * An attribute as a string, or `undefined` when absent or empty.
 *
 * @since 0.1.0
 * @category getters
 */
export const attr = (element: Element | undefined, name: string): string | undefined => {
  const value = element?.attrs[name]
  return value === undefined || value === "" ? undefined : String(value)
}
