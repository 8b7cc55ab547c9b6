/**
 * The `<extraParams xmlns="jabber:client">` codec: custom message fields as well-formed XML that
 * `decode(encode(x))` returns exactly (numbers, booleans, null, nested objects, arrays), and that the
 * official ConnectyCube SDK still reads sensibly.
 *
 * Encoding (one element per key, in insertion order):
 * - string: `<key>text</key>` — what the official SDK writes and reads;
 * - number: `<key t="n">42</key>`, boolean: `<key t="b">true</key>`, null: `<key t="z"/>` — the official
 *   SDK ignores attributes, so it reads "42" and "true" (and drops null, as it does its own);
 * - object: nested elements (`t="o"` only when empty) — read by the official SDK as a nested object;
 * - array: `<key t="a"><_0>…</_0><_1>…</_1></key>` — well-formed (the official SDK's `<0>` is not XML);
 *   the official SDK reads `{ _0, _1 }`;
 * - a key that is not a plain XML name (or is `attachment` at the top): `<_ k="the key">`;
 * - text XML cannot carry (control characters, lone surrogates, CR): `t="e"` and `\uXXXX` escapes.
 *
 * `attachments` (an array of flat objects with string values, and numbers for `size`, `width`, `height`,
 * `duration`) is written the ConnectyCube way, one `<attachment …/>` per item with attributes; any other
 * shape of `attachments` uses the generic array encoding, so the round trip stays exact.
 *
 * @since 0.1.0
 */
import * as XmlChars from "./internal/xmlChars.ts"
import * as Stanza from "./Stanza.ts"

/**
 * A JSON-like value: what extraParams can carry.
 *
 * @since 0.1.0
 * @category models
 */
export type Value =
  | string
  | number
  | boolean
  | null
  | ReadonlyArray<Value>
  | { readonly [key: string]: Value }

/**
 * Custom fields of a message (`undefined` values are left out).
 *
 * @since 0.1.0
 * @category models
 */
export type Params = { readonly [key: string]: Value | undefined }

/**
 * One attachment, ConnectyCube style: flat string attributes, numeric `size`/`width`/`height`/`duration`.
 *
 * @since 0.1.0
 * @category models
 */
export type Attachment = { readonly [key: string]: string | number }

const NS = "jabber:client"
const numericAttachmentKeys = new Set(["size", "width", "height", "duration"])
const plainName = /^[A-Za-z_][A-Za-z0-9_.-]*$/
const numberText = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/

const isPlainName = (key: string, topLevel: boolean): boolean =>
  plainName.test(key) && !/^xml/i.test(key) && !(topLevel && key === "attachment")

const isRecord = (value: unknown): value is { readonly [key: string]: Value } =>
  typeof value === "object" && value !== null && !Array.isArray(value)

const numberToText = (value: number): string => (Object.is(value, -0) ? "-0" : String(value))

const encodeValue = (name: string, attrs: Record<string, string>, value: Value): Stanza.Element => {
  if (typeof value === "string") {
    return XmlChars.isSafe(value, "text")
      ? Stanza.xml(name, attrs, value)
      : Stanza.xml(name, { ...attrs, t: "e" }, XmlChars.escapeUnsafe(value, "text"))
  }
  if (typeof value === "number") return Stanza.xml(name, { ...attrs, t: "n" }, numberToText(value))
  if (typeof value === "boolean") return Stanza.xml(name, { ...attrs, t: "b" }, String(value))
  if (value === null) return Stanza.xml(name, { ...attrs, t: "z" })
  if (Array.isArray(value)) {
    return Stanza.xml(
      name,
      { ...attrs, t: "a" },
      value.map((item, index) => encodeValue(`_${index}`, {}, item)),
    )
  }
  const children = encodeEntries(value as Params, false)
  return Stanza.xml(name, children.length === 0 ? { ...attrs, t: "o" } : attrs, children)
}

const encodeEntries = (params: Params, topLevel: boolean): Array<Stanza.Element> => {
  const children: Array<Stanza.Element> = []
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue
    if (topLevel && key === "attachments" && isConventionalAttachments(value)) {
      for (const attachment of value) children.push(encodeAttachment(attachment))
      continue
    }
    children.push(
      isPlainName(key, topLevel)
        ? encodeValue(key, {}, value)
        : encodeValue("_", { k: XmlChars.escapeUnsafe(key, "attribute") }, value),
    )
  }
  return children
}

const isConventionalAttachments = (value: Value): value is ReadonlyArray<Attachment> =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every(
    (item) =>
      isRecord(item) &&
      Object.entries(item).every(([key, field]) => {
        if (!plainName.test(key) || /^xml/i.test(key) || key === "t") return false
        if (numericAttachmentKeys.has(key)) {
          return typeof field === "number" && Number.isFinite(field) && !Object.is(field, -0)
        }
        return typeof field === "string" && XmlChars.isSafe(field, "attribute")
      }),
  )

const encodeAttachment = (attachment: Attachment): Stanza.Element => {
  const attrs: Record<string, string> = {}
  for (const [key, field] of Object.entries(attachment)) attrs[key] = String(field)
  return Stanza.xml("attachment", attrs)
}

/**
 * Encodes custom fields as an `<extraParams xmlns="jabber:client">` element.
 *
 * @since 0.1.0
 * @category encoding
 */
export const encode = (params: Params): Stanza.Element =>
  Stanza.xml("extraParams", { xmlns: NS }, encodeEntries(params, true))

const keyOf = (element: Stanza.Element): string => {
  const escaped = element.name === "_" ? element.attrs.k : undefined
  return escaped === undefined ? element.name : XmlChars.unescapeUnsafe(escaped)
}

// Keys come from the wire: define them as own properties so `__proto__` stays data, not a prototype.
const define = <A>(target: { [key: string]: A }, key: string, value: A): void => {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

const decodeValue = (element: Stanza.Element): Value => {
  const text = element.getText()
  switch (element.attrs.t) {
    case "e":
      return XmlChars.unescapeUnsafe(text)
    case "n":
      return text === "-0" ? -0 : Number(text)
    case "b":
      return text === "true"
    case "z":
      return null
    case "a":
      return element.getChildElements().map(decodeValue)
    case "o":
      return {}
  }
  const children = element.getChildElements()
  if (children.length === 0) return text
  return decodeEntries(children)
}

const decodeEntries = (children: ReadonlyArray<Stanza.Element>): { [key: string]: Value } => {
  const result: { [key: string]: Value } = {}
  for (const child of children) define(result, keyOf(child), decodeValue(child))
  return result
}

const decodeAttachment = (element: Stanza.Element): Attachment => {
  const attachment: { [key: string]: string | number } = {}
  for (const [key, raw] of Object.entries(element.attrs)) {
    if (raw === undefined || key === "xmlns") continue
    define(attachment, key, numericAttachmentKeys.has(key) && numberText.test(raw) ? Number(raw) : raw)
  }
  return attachment
}

/**
 * Decodes an `<extraParams>` element; `<attachment>` children become the `attachments` array.
 *
 * @since 0.1.0
 * @category decoding
 */
export const decode = (element: Stanza.Element): { [key: string]: Value } => {
  const attachments: Array<Attachment> = []
  const fields: Array<Stanza.Element> = []
  for (const child of element.getChildElements()) {
    if (child.name === "attachment") attachments.push(decodeAttachment(child))
    else fields.push(child)
  }
  const result = decodeEntries(fields)
  if (attachments.length > 0) result.attachments = attachments
  return result
}

/**
 * The attachments of decoded params (`[]` when there are none or they are not attachment-shaped).
 *
 * @since 0.1.0
 * @category getters
 */
export const attachments = (params: { readonly [key: string]: Value }): ReadonlyArray<Attachment> => {
  const value = params.attachments
  return Array.isArray(value) && value.every(isRecord) ? (value as ReadonlyArray<Attachment>) : []
}
