// Messages from either wire (a realtime stanza, a REST history item) as one ChatMessage: custom fields
// separated from the reserved keys and decoded by the app's schema, statuses read from the marker lists.

import type { Messages } from "@cube/realtime"
import type { components } from "@cube/rest"
import type { FieldCodec } from "../CustomFields.ts"
import type { Attachment, ChatMessage, MessageStatus, Reactions } from "../types.ts"

/** A history item as the REST API sends it. */
export type RestMessage = components["schemas"]["Message"]

/** extraParams keys with a meaning of their own: never custom fields. */
const reservedExtra = new Set([
  "save_to_history",
  "dialog_id",
  "date_sent",
  "markable",
  "silent",
  "attachments",
  "moduleIdentifier",
  "send_to_chat",
])

/** REST message keys that are not custom fields. */
const reservedRest = new Set([
  "_id",
  "chat_dialog_id",
  "message",
  "sender_id",
  "recipient_id",
  "date_sent",
  "attachments",
  "read_ids",
  "delivered_ids",
  "views_count",
  "read",
  "reactions",
  "created_at",
  "updated_at",
  "markable",
  "silent",
  "send_to_chat",
  "save_to_history",
])

const customOf = (source: Readonly<Record<string, unknown>>, reserved: ReadonlySet<string>) => {
  const custom: Record<string, unknown> = {}
  for (const key in source) if (Object.hasOwn(source, key) && !reserved.has(key)) custom[key] = source[key]
  return custom
}

const noReactions: Reactions = { total: {}, own: [] }

/** An own message's status from the users who got and read it. */
export const statusFrom = (
  me: number | undefined,
  senderId: number,
  deliveredIds: ReadonlyArray<number>,
  readIds: ReadonlyArray<number>,
): MessageStatus | undefined => {
  if (me === undefined || senderId !== me) return undefined
  if (readIds.some((id) => id !== me)) return "read"
  if (deliveredIds.some((id) => id !== me)) return "delivered"
  return "sent"
}

const decoded = (codec: FieldCodec<unknown>, raw: Record<string, unknown>) => {
  const result = codec.decode(raw)
  return result.error === undefined
    ? { properties: result.value, rawProperties: raw }
    : { properties: undefined, rawProperties: raw, propertiesError: result.error }
}

/** A message received over the chat connection; `now` (seconds) stands in for a missing `date_sent`. */
export const fromRealtime = (
  message: Messages.Message & { readonly id: string },
  dialogId: string,
  me: number | undefined,
  codec: FieldCodec<unknown>,
  now: number,
): ChatMessage<unknown> => {
  const senderId = message.senderId ?? 0
  const own = me !== undefined && senderId === me
  const silent = message.extension.silent
  return {
    id: message.id,
    dialogId,
    senderId,
    recipientId: message.type === "chat" ? (own ? message.recipientId : me) : undefined,
    body: message.body ?? "",
    attachments: message.attachments as ReadonlyArray<Attachment>,
    ...decoded(codec, customOf(message.extension, reservedExtra)),
    dateSent: message.dateSent ?? now,
    confirmed: message.dateSent !== undefined,
    status: own ? "sent" : undefined,
    deliveredIds: [],
    readIds: [],
    read: own,
    reactions: noReactions,
    edited: false,
    silent: silent === "1" || silent === 1 || silent === true,
  }
}

/** A message from the REST history. */
export const fromRest = (
  message: RestMessage,
  me: number | undefined,
  codec: FieldCodec<unknown>,
): ChatMessage<unknown> => {
  const readIds = message.read_ids ?? []
  const deliveredIds = message.delivered_ids ?? []
  const own = me !== undefined && message.sender_id === me
  const reactions = message.reactions
  return {
    id: message._id,
    dialogId: message.chat_dialog_id,
    senderId: message.sender_id,
    recipientId: message.recipient_id ? message.recipient_id : undefined,
    body: message.message ?? "",
    attachments: (message.attachments ?? []) as ReadonlyArray<Attachment>,
    ...decoded(codec, customOf(message as Record<string, unknown>, reservedRest)),
    dateSent: message.date_sent,
    confirmed: true,
    status: statusFrom(me, message.sender_id, deliveredIds, readIds),
    deliveredIds,
    readIds,
    read: own || message.read === 1 || (me !== undefined && readIds.includes(me)),
    reactions: reactions ? { total: reactions.total ?? {}, own: reactions.own ?? [] } : noReactions,
    edited: false,
    silent: false,
  }
}
