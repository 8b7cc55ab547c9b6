import { isObjectId, objectId, splitIdList } from "../../ids.ts"
import { maxCustomBytes } from "../../services/createChatService.ts"
import { canRead } from "../../services/dialogAccess.ts"
import type { FieldFilter } from "../../storage/FieldFilter.ts"
import type { MessageFilterField, MessageSortField } from "../../storage/MessagesStore.ts"
import type { Attachment, MessageRecord } from "../../storage/records.ts"
import { type CubeContext, type Handlers, requireUser } from "../CubeContext.ts"
import { isOn, pageLimit, pageSkip, parseFilter, parseSort } from "../chatFilters.ts"
import { dialogParam } from "../chatInput.ts"
import { forbidden, HttpError, invalid, notFound } from "../HttpError.ts"
import { messageJson } from "../wire/messageJson.ts"

/** Keys of `POST /chat/Message.json` that are not custom fields (`silent` stays one: the XMPP relay reads it). */
const reservedKeys = new Set([
  "_id",
  "chat_dialog_id",
  "recipient_id",
  "message",
  "attachments",
  "send_to_chat",
  "markable",

  "sender_id",
  "date_sent",
  "read_ids",
  "delivered_ids",
  "read",
  "views_count",
  "reactions",
  "created_at",
  "updated_at",
  "__proto__",
  "constructor",
  "prototype",
])

/** Keys never copied from request JSON into stored objects. */
const unsafeKeys = new Set(["__proto__", "constructor", "prototype"])

/** Most messages one list call returns. */
const maxPage = 1000
/** How many of the last messages a non-member previews. */
const previewSize = 20

const sortFields: Record<string, MessageSortField> = {
  date_sent: "date_sent",
  _id: "_id",
  created_at: "created_at",
  updated_at: "updated_at",
}

const messageFilters = (query: Record<string, unknown>): FieldFilter<MessageFilterField>[] => {
  const attachments = query.attachments
  const attachmentType =
    query["attachments.type"] ??
    (typeof attachments === "object" && attachments !== null
      ? (attachments as Record<string, unknown>).type
      : undefined)
  return [
    ...parseFilter("_id", "id", query._id),
    ...parseFilter("message", "text", query.message),
    ...parseFilter("date_sent", "int", query.date_sent),
    ...parseFilter("sender_id", "int", query.sender_id),
    ...parseFilter("recipient_id", "int", query.recipient_id),
    ...parseFilter("attachments.type", "text", attachmentType),
    ...parseFilter("updated_at", "time", query.updated_at),
    ...parseFilter("read", "int", query.read),
  ]
}

/** Attachments as an array or as the docs' `{"0": {...}}` object; each a flat object of strings and numbers. */
const attachmentsOf = (value: unknown): Attachment[] => {
  if (value === undefined || value === null) return []
  const list = Array.isArray(value) ? value : typeof value === "object" ? Object.values(value) : undefined
  if (list === undefined) throw invalid("attachments", "must be an array of objects")
  return list.map((item) => {
    if (typeof item !== "object" || item === null || Array.isArray(item))
      throw invalid("attachments", "each attachment must be an object")
    const attachment: Record<string, string | number> = {}
    for (const [key, raw] of Object.entries(item as Record<string, unknown>)) {
      if (unsafeKeys.has(key)) continue
      if (typeof raw === "boolean") attachment[key] = String(raw)
      else if (typeof raw === "string" || typeof raw === "number") attachment[key] = raw
      else if (raw !== null && raw !== undefined)
        throw invalid("attachments", `'${key.slice(0, 40)}' must be a string or a number`)
    }
    return attachment
  })
}

/** Emits `chat.messagesMarked` per dialog for messages whose state changed. */
const announceMarked = (
  ctx: CubeContext,
  me: number,
  messages: ReadonlyArray<MessageRecord>,
  marker: "read" | "delivered",
) =>
  Promise.all(
    [...new Set(messages.map((message) => message.dialogId))].map(async (dialogId) => {
      const dialog = await ctx.server.storage.dialogs.get(ctx.app.id, dialogId)
      if (dialog === undefined) return
      const inDialog = messages.filter((message) => message.dialogId === dialogId)
      ctx.server.events.emit("chat.messagesMarked", {
        appId: ctx.app.id,
        dialog,
        messages: inDialog,
        byUserId: me,
        marker,
      })
    }),
  )

/** Marks messages (grouped by their dialog) and announces what changed. */
const markMessages = async (
  ctx: CubeContext,
  me: number,
  messages: ReadonlyArray<MessageRecord>,
  marker: "read" | "delivered",
) => {
  const changed: MessageRecord[] = []
  for (const dialogId of new Set(messages.map((message) => message.dialogId))) {
    const ids = messages.filter((message) => message.dialogId === dialogId).map((message) => message.id)
    const chat = ctx.server.chat
    changed.push(
      ...(marker === "read"
        ? await chat.markRead(ctx.app.id, me, dialogId, ids)
        : await chat.markDelivered(ctx.app.id, me, dialogId, ids)),
    )
  }
  if (changed.length > 0) await announceMarked(ctx, me, changed, marker)
  return changed
}

const bodyOf = (ctx: CubeContext): Record<string, unknown> => {
  const body = ctx.body
  if (typeof body !== "object" || body === null || Array.isArray(body))
    throw invalid("base", "the body must be a JSON object")
  return body as Record<string, unknown>
}

export const messageHandlers: Handlers = {
  /** GET /chat/Message.json: a dialog's history for the caller; fetched messages become read unless mark_as_read=0. */
  listMessages: async (ctx) => {
    const me = requireUser(ctx)
    const dialog = await dialogParam(ctx, ctx.query.chat_dialog_id)
    const preview = !canRead(dialog, me)
    if (preview && !(isOn(ctx.query.preview) && dialog.permissions?.allowPreview)) {
      throw forbidden("You are not an occupant of this dialog")
    }
    const limit = preview ? previewSize : pageLimit(ctx.query.limit, 100, maxPage)
    const skip = preview ? 0 : pageSkip(ctx.query.skip)
    const sort = parseSort(ctx.query, sortFields)
    let items = await ctx.server.storage.messages.list({
      appId: ctx.app.id,
      dialogId: dialog.id,
      viewerId: me,
      filters: messageFilters(ctx.query),
      ...(sort === undefined ? {} : { sort }),
      limit,
      offset: skip,
      ...(preview ? { lastN: previewSize } : {}),
    })
    const markAsRead = ctx.query.mark_as_read === undefined || isOn(ctx.query.mark_as_read)
    if (!preview && markAsRead) {
      const unread = items.filter((message) => message.senderId !== me && !message.readIds.includes(me))
      if (unread.length > 0) {
        const changed = new Map(
          (await markMessages(ctx, me, unread, "read")).map((message) => [message.id, message]),
        )
        items = items.map((message) => changed.get(message.id) ?? message)
      }
    }
    return { skip, limit, items: items.map((message) => messageJson(message, me)) }
  },

  /** POST /chat/Message.json: stores a message; `send_to_chat=1` also delivers it over XMPP. */
  createMessage: async (ctx) => {
    const me = requireUser(ctx)
    const body = bodyOf(ctx)
    if (body.message !== undefined && body.message !== null && typeof body.message !== "string")
      throw invalid("message", "must be a string")
    const custom: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(body)) if (!reservedKeys.has(key)) custom[key] = value
    if (Object.keys(custom).length > 100) throw invalid("base", "too many custom fields (at most 100)")
    const dialogId = body.chat_dialog_id
    if (dialogId !== undefined && !isObjectId(dialogId)) throw invalid("chat_dialog_id", "is not a dialog id")
    const recipient = body.recipient_id === undefined ? undefined : Number(body.recipient_id)
    const saved = await ctx.server.chat.saveMessage({
      appId: ctx.app.id,
      senderId: me,
      ...(body._id === undefined ? {} : { id: String(body._id) }),
      ...(dialogId === undefined ? {} : { dialogId }),
      ...(recipient === undefined ? {} : { recipientId: recipient }),
      body: typeof body.message === "string" && body.message.length > 0 ? body.message : null,
      attachments: attachmentsOf(body.attachments),
      custom,
      markable: isOn(body.markable),
      silent: isOn(body.silent),
    })
    if (!saved.duplicate && isOn(body.send_to_chat)) {
      ctx.server.events.emit("chat.messageCreated", { message: saved.message, dialog: saved.dialog })
    }
    ctx.reply.code(saved.duplicate ? 200 : 201)
    return messageJson(saved.message, me)
  },

  /** PUT /chat/Message.json: marks every message of a dialog read and/or delivered for the caller. */
  updateAllMessages: async (ctx) => {
    const me = requireUser(ctx)
    const body = bodyOf(ctx)
    const dialog = await dialogParam(
      ctx,
      typeof body.chat_dialog_id === "string" ? body.chat_dialog_id : undefined,
    )
    for (const marker of ["delivered", "read"] as const) {
      if (!isOn(body[marker])) continue
      const changed = await ctx.server.chat.markDialog(ctx.app.id, me, dialog.id, marker)
      if (changed.length > 0) await announceMarked(ctx, me, changed, marker)
    }
    return undefined
  },

  /** PUT /chat/Message/{ids}.json: mark read / delivered, or edit one own message (`message`). */
  updateMessages: async (ctx) => {
    const me = requireUser(ctx)
    const body = bodyOf(ctx)
    const ids = splitIdList(ctx.params.messageIds)
    if (ids.length > 500) throw invalid("messageIds", "at most 500 ids at once")
    if (body.message !== undefined) {
      if (typeof body.message !== "string") throw invalid("message", "must be a string")
      if (ids.length !== 1) throw invalid("message", "edit one message at a time")
      const message = await ctx.server.chat.editMessage(ctx.app.id, me, ids[0]!, body.message)
      const dialog = await ctx.server.storage.dialogs.get(ctx.app.id, message.dialogId)
      if (dialog !== undefined)
        ctx.server.events.emit("chat.messageEdited", { message, dialog, byUserId: me })
    }
    if (isOn(body.delivered) || isOn(body.read)) {
      const found = await ctx.server.storage.messages.getMany(
        ctx.app.id,
        ids.map((id) => id.toLowerCase()),
      )
      const dialogId = typeof body.chat_dialog_id === "string" ? body.chat_dialog_id.toLowerCase() : undefined
      const messages =
        dialogId === undefined ? found : found.filter((message) => message.dialogId === dialogId)
      if (messages.length === 0) throw notFound("Message")
      for (const dialogOfMessage of new Set(messages.map((message) => message.dialogId))) {
        await ctx.server.chat.dialogForReader(ctx.app.id, dialogOfMessage, me)
      }
      if (isOn(body.delivered)) await markMessages(ctx, me, messages, "delivered")
      if (isOn(body.read)) await markMessages(ctx, me, messages, "read")
    }
    return undefined
  },

  /** DELETE /chat/Message/{ids}.json: hides for the caller, or with force=1 deletes for everyone. */
  deleteMessages: async (ctx) => {
    const me = requireUser(ctx)
    const ids = splitIdList(ctx.params.messageIds)
    if (ids.length > 500) throw invalid("messageIds", "at most 500 ids at once")
    const force = isOn((ctx.body as Record<string, unknown> | undefined)?.force)
    const result = {
      SuccessfullyDeleted: { ids: [] as string[] },
      NotFound: { ids: [] as string[] },
      WrongPermissions: { ids: [] as string[] },
    }
    const deleted: MessageRecord[] = []
    for (const id of ids) {
      try {
        deleted.push(await ctx.server.chat.deleteMessage(ctx.app.id, me, id, force))
        result.SuccessfullyDeleted.ids.push(id)
      } catch (error) {
        if (!(error instanceof HttpError) || (error.status !== 404 && error.status !== 403)) throw error
        ;(error.status === 404 ? result.NotFound : result.WrongPermissions).ids.push(id)
      }
    }
    if (force) {
      for (const dialogId of new Set(deleted.map((message) => message.dialogId))) {
        const dialog = await ctx.server.storage.dialogs.get(ctx.app.id, dialogId)
        const messageIds = deleted
          .filter((message) => message.dialogId === dialogId)
          .map((message) => message.id)
        if (dialog !== undefined)
          ctx.server.events.emit("chat.messagesDeleted", {
            appId: ctx.app.id,
            dialog,
            messageIds,
            byUserId: me,
          })
      }
    }
    return result
  },

  /** POST /chat/Message/system.json: a signal to one user over XMPP; nothing is stored. */
  createSystemMessage: async (ctx) => {
    const me = requireUser(ctx)
    const body = bodyOf(ctx)
    const recipientId = Number(body.recipientId)
    if (!Number.isSafeInteger(recipientId) || recipientId <= 0)
      throw invalid("recipientId", "is not a user id")
    if ((await ctx.server.storage.users.get(ctx.app.id, recipientId)) === undefined) throw notFound("User")
    const extension: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(body)) {
      if (key !== "recipientId" && !unsafeKeys.has(key)) extension[key] = value
    }
    if (JSON.stringify(extension).length > maxCustomBytes)
      throw invalid("base", `the system message is too large (at most ${maxCustomBytes} bytes)`)
    const id = objectId()
    ctx.server.events.emit("chat.systemMessage", {
      appId: ctx.app.id,
      id,
      senderId: me,
      recipientId,
      body: null,
      extension,
    })
    return { messageId: id, recipientId, extensionParams: extension }
  },

  /** GET /chat/Message/unread.json: `total` over all the caller's dialogs, plus one entry per listed dialog. */
  getUnreadMessagesCount: async (ctx) => {
    const me = requireUser(ctx)
    const ids = splitIdList(ctx.query.chat_dialog_ids as string | undefined)
    if (ids.length > 500) throw invalid("chat_dialog_ids", "at most 500 ids")
    const bad = ids.find((id) => !isObjectId(id))
    if (bad !== undefined)
      throw invalid("chat_dialog_ids", `'${String(bad).slice(0, 40)}' is not a dialog id`)
    const counts = await ctx.server.storage.dialogs.unreadCounts(
      ctx.app.id,
      me,
      ids.map((id) => id.toLowerCase()),
    )
    // Keyed by the ids as the caller wrote them.
    const byDialog = Object.fromEntries(ids.map((id) => [id, counts.byDialog[id.toLowerCase()] ?? 0]))
    return { ...byDialog, total: counts.total }
  },

  /** GET /chat/Message/{messageId}/reactions.json: user ids per reaction. */
  listMessageReactions: async (ctx) => {
    const me = requireUser(ctx)
    const message = isObjectId(ctx.params.messageId)
      ? await ctx.server.storage.messages.get(ctx.app.id, ctx.params.messageId.toLowerCase())
      : undefined
    if (message === undefined) throw notFound("Message")
    await ctx.server.chat.dialogForReader(ctx.app.id, message.dialogId, me)
    return message.reactions
  },

  /** PUT /chat/Message/{messageId}/reactions.json: `{add?, remove?}`; one reaction per user per message. */
  updateMessageReactions: async (ctx) => {
    const me = requireUser(ctx)
    const body = bodyOf(ctx)
    const pick = (field: "add" | "remove") => {
      const value = body[field]
      if (value === undefined || value === null) return null
      if (typeof value !== "string") throw invalid(field, "must be a string")
      return value
    }
    const add = pick("add")
    const remove = pick("remove")
    if (add === null && remove === null) throw invalid("base", "add or remove is required")
    const change = await ctx.server.chat.react(ctx.app.id, me, String(ctx.params.messageId), add, remove)
    if (change.added !== null || change.removed !== null) {
      ctx.server.events.emit("chat.reactionsChanged", {
        appId: ctx.app.id,
        dialog: change.dialog,
        messageId: change.message.id,
        userId: me,
        add: change.added,
        remove: change.removed,
      })
    }
    return undefined
  },
}
