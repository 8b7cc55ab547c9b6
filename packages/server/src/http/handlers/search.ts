import { isObjectId, splitIdList } from "../../ids.ts"
import { canRead } from "../../services/dialogAccess.ts"
import type { UserRecord } from "../../storage/records.ts"
import { type Handlers, requireUser } from "../CubeContext.ts"
import { pageLimit, unixSecondsOf } from "../chatFilters.ts"
import { invalid } from "../HttpError.ts"
import { dialogJson } from "../wire/dialogJson.ts"
import { messageJson } from "../wire/messageJson.ts"
import { userJson } from "../wire/userJson.ts"

/** Longest search text. */
const maxSearchText = 200
/** Most words of a search that count. */
const maxWords = 10
/** Most dialogs one search may be limited to. */
const maxSearchDialogs = 10

const dateOf = (value: unknown, field: string): number | undefined => {
  if (value === undefined) return undefined
  const seconds = unixSecondsOf(value)
  if (seconds === undefined) throw invalid(field, "is not an ISO-8601 time or unix seconds")
  return seconds
}

export const searchHandlers: Handlers = {
  /**
   * GET /chat/search.json: messages (every word as a word prefix, via FTS5) and dialogs (name
   * contains the text) the caller may read, and users of the app whose full name or login starts
   * with it. `start_date` / `end_date` bound the messages' `date_sent`, in either order.
   */
  searchChat: async (ctx) => {
    const me = requireUser(ctx)
    const text = typeof ctx.query.search_text === "string" ? ctx.query.search_text.trim() : ""
    if (text === "") throw invalid("search_text", "is required")
    if (text.length > maxSearchText)
      throw invalid("search_text", `is too long (at most ${maxSearchText} characters)`)
    const limit = pageLimit(ctx.query.limit, 20, 100)
    const requested =
      ctx.query.chat_dialog_ids === undefined ? undefined : splitIdList(String(ctx.query.chat_dialog_ids))
    if (requested !== undefined) {
      if (requested.length > maxSearchDialogs)
        throw invalid("chat_dialog_ids", `at most ${maxSearchDialogs} dialogs`)
      const bad = requested.find((id) => !isObjectId(id))
      if (bad !== undefined)
        throw invalid("chat_dialog_ids", `'${String(bad).slice(0, 40)}' is not a dialog id`)
    }
    const start = dateOf(ctx.query.start_date, "start_date")
    const end = dateOf(ctx.query.end_date, "end_date")
    // Both bounds make a range, in either order. Alone, `start_date` is the bound closest to now
    // (items at or before it) and `end_date` the older one (items at or after it).
    const range =
      start !== undefined && end !== undefined
        ? { from: Math.min(start, end), to: Math.max(start, end) }
        : { ...(end === undefined ? {} : { from: end }), ...(start === undefined ? {} : { to: start }) }
    const storage = ctx.server.storage
    const dialogIds =
      requested === undefined
        ? undefined
        : (
            await storage.dialogs.views(
              ctx.app.id,
              requested.map((id) => id.toLowerCase()),
              me,
            )
          )
            .filter((view) => canRead(view.dialog, me))
            .map((view) => view.dialog.id)
    const words = (text.match(/[\p{L}\p{N}_]+/gu) ?? []).slice(0, maxWords)
    const messages = await storage.messages.search({
      appId: ctx.app.id,
      userId: me,
      words,
      ...(dialogIds === undefined ? {} : { dialogIds }),
      ...range,
      limit,
    })
    const dialogs = await storage.dialogs.searchByName(ctx.app.id, me, text, dialogIds, limit)
    const users = new Map<number, UserRecord>()
    for (const key of ["fullNameStartsWith", "loginStartsWith"] as const) {
      const page = await storage.users.list({ appId: ctx.app.id, [key]: text, limit, offset: 0 })
      for (const user of page.items) if (users.size < limit) users.set(user.id, user)
    }
    const chatDomain = ctx.server.config.chatDomain
    return {
      results: {
        dialogs: dialogs.map((view) => dialogJson(view, chatDomain)),
        messages: messages.map((message) => messageJson(message, me)),
        users: [...users.values()].map(userJson),
      },
    }
  },
}
