import type { Attachment } from "../storage/records.ts"
import { type Element, type Node, x } from "./Element.ts"
import { NS } from "./Namespaces.ts"

/** What a message's `<extraParams>` carries, as the chat rules need it. */
export interface ExtraParams {
  readonly saveToHistory: boolean
  readonly dialogId: string | undefined
  readonly attachments: ReadonlyArray<Attachment>
  /** Every other key: text, or nested objects for nested elements. */
  readonly custom: Readonly<Record<string, unknown>>
  readonly markable: boolean
  readonly silent: boolean
}

/** Keys with a meaning of their own, not stored as custom fields. */
const reserved = new Set([
  "save_to_history",
  "dialog_id",
  "attachment",
  "date_sent",
  "markable",
  "silent",
  "send_to_chat",
])
/** Names that must never become object keys. */
const unsafeKeys = new Set(["__proto__", "constructor", "prototype"])

const toValue = (element: Element): unknown => {
  const children = element.elements()
  if (children.length === 0) return element.text()
  const value: Record<string, unknown> = {}
  for (const child of children) if (!unsafeKeys.has(child.name)) value[child.name] = toValue(child)
  return value
}

const truthy = (value: string | undefined) =>
  value !== undefined && ["1", "true"].includes(value.trim().toLowerCase())

/** Reads `<extraParams>` (absent → all defaults). */
export const readExtraParams = (extra: Element | undefined): ExtraParams => {
  const custom: Record<string, unknown> = {}
  const attachments: Attachment[] = []
  if (extra !== undefined) {
    for (const child of extra.elements()) {
      if (child.name === "attachment") attachments.push({ ...child.attrs })
      else if (!reserved.has(child.name) && !unsafeKeys.has(child.name)) custom[child.name] = toValue(child)
    }
  }
  const dialogId = extra?.childText("dialog_id")?.trim()
  return {
    saveToHistory: truthy(extra?.childText("save_to_history")),
    dialogId: dialogId === "" ? undefined : dialogId,
    attachments,
    custom,
    markable: truthy(extra?.childText("markable")),
    silent: truthy(extra?.childText("silent")),
  }
}

/** Sets (or adds) one `<key>value</key>` child of `<extraParams>`, creating the element when missing. */
export const setExtraParam = (message: Element, key: string, value: string): void => {
  let extra = message.child("extraParams")
  if (extra === undefined) {
    extra = x("extraParams", { xmlns: NS.client })
    message.append(extra)
  }
  const existing = extra.child(key)
  if (existing !== undefined) existing.children.splice(0, existing.children.length, value)
  else extra.append(x(key, {}, value))
}

/** Builds `<extraParams>` from stored fields: scalars as text, objects as nested elements, attachments as attributes. */
export const buildExtraParams = (
  fields: Readonly<Record<string, unknown>>,
  attachments: ReadonlyArray<Attachment> = [],
): Element => {
  const toNodes = (value: unknown): Node[] => {
    if (value === null || value === undefined) return []
    if (typeof value !== "object") return [String(value)]
    // Elements named 0, 1… are not XML: arrays travel as JSON text.
    if (Array.isArray(value)) return [JSON.stringify(value)]
    return Object.entries(value as Record<string, unknown>)
      .filter(([key]) => /^[A-Za-z_][\w.-]*$/.test(key))
      .map(([key, inner]) => x(key, {}, ...toNodes(inner)))
  }
  const extra = x("extraParams", { xmlns: NS.client })
  for (const [key, value] of Object.entries(fields)) {
    if (/^[A-Za-z_][\w.-]*$/.test(key)) extra.append(x(key, {}, ...toNodes(value)))
  }
  for (const attachment of attachments) extra.append(x("attachment", attachment))
  return extra
}
