/**
 * Reading history. Pages go by cursor, never by `skip`: the messages strictly between two positions of the server
 * order (`date_sent`, then id), newest first. Because `date_sent` has one-second resolution, a range is
 * read as up to three filtered queries — the rest of the upper bound's second (`_id` below it), the whole
 * seconds in between, the rest of the lower bound's second (`_id` above it) — so messages arriving
 * meanwhile never shift a page and nothing at a second boundary is skipped or read twice. The service
 * loads a dialog's latest page, older pages, gaps and catch-ups into its timeline; `list` runs any REST
 * filter without touching the timeline; `search` is the global search.
 *
 * @since 0.1.0
 */
import type { components, operations } from "@cube/rest"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { CatchUp } from "./CatchUp.ts"
import { ChatConfig } from "./ChatConfig.ts"
import type * as ChatError from "./ChatError.ts"
import { ChatState } from "./ChatState.ts"
import { fromRest as dialogFromRest } from "./internal/dialogCodec.ts"
import { fromRest, type RestMessage } from "./internal/messageCodec.ts"
import { updateTimeline } from "./internal/timelines.ts"
import { RestApi } from "./RestApi.ts"
import * as Timeline from "./Timeline.ts"
import type { ChatDialog, ChatMessage, Cursor, Timeline as TimelineState } from "./types.ts"

/**
 * A span of the order: strictly after `after`, strictly before `before` (undefined: open).
 *
 * @since 0.1.0
 * @category models
 */
export interface Range {
  readonly after: Cursor | undefined
  readonly before: Cursor | undefined
}

/**
 * One page: newest first; `complete` when nothing else is in the range.
 *
 * @since 0.1.0
 * @category models
 */
export interface Page {
  readonly messages: ReadonlyArray<RestMessage>
  readonly complete: boolean
}

type Query = operations["listMessages"]["parameters"]["query"]

/**
 * The queries that read a range, newest part first.
 *
 * @since 0.1.0
 * @category constructors
 */
export const queries = (dialogId: string, range: Range): ReadonlyArray<Omit<Query, "limit">> => {
  const { after, before } = range
  const base = { chat_dialog_id: dialogId, sort_desc: "date_sent", mark_as_read: 0 } as const
  const sameSecond = after !== undefined && before !== undefined && after.dateSent === before.dateSent
  const result: Array<Omit<Query, "limit">> = []
  if (before !== undefined) {
    result.push({
      ...base,
      date_sent: before.dateSent,
      _id: sameSecond ? { lt: before.id, gt: after.id } : { lt: before.id },
    })
  }
  if (!sameSecond) {
    const between: { lt?: number; gt?: number } = {}
    if (before !== undefined) between.lt = before.dateSent
    if (after !== undefined) between.gt = after.dateSent
    const empty = before !== undefined && after !== undefined && before.dateSent - after.dateSent <= 1
    if (!empty) result.push(Object.keys(between).length === 0 ? base : { ...base, date_sent: between })
    if (after !== undefined) result.push({ ...base, date_sent: after.dateSent, _id: { gt: after.id } })
  }
  return result
}

/**
 * Reads up to `limit` messages of a range, newest first.
 *
 * @since 0.1.0
 * @category constructors
 */
export const fetchRange = (
  rest: RestApi["Service"],
  dialogId: string,
  range: Range,
  limit: number,
): Effect.Effect<Page, ChatError.ChatError> =>
  Effect.gen(function* () {
    const messages: Array<RestMessage> = []
    for (const query of queries(dialogId, range)) {
      const wanted = limit - messages.length
      const page = yield* rest.call((client, signal) =>
        client.GET("/chat/Message.json", { params: { query: { ...query, limit: wanted } as Query }, signal }),
      )
      messages.push(...page.items)
      // A full page may have more behind it: stop here, the range is not complete.
      if (page.items.length >= wanted) return { messages, complete: false }
    }
    return { messages, complete: true }
  })

/**
 * REST filters of `list` (`{ date_sent: { gt: … }, sort_desc: "date_sent", limit: 20, skip: 0 }`).
 *
 * @since 0.1.0
 * @category models
 */
export type ListQuery = Omit<NonNullable<operations["listMessages"]["parameters"]["query"]>, "chat_dialog_id">

/**
 * Search parameters.
 *
 * @since 0.1.0
 * @category models
 */
export interface SearchParams {
  readonly text: string
  readonly dialogIds?: ReadonlyArray<string> | undefined
  readonly startDate?: Date | undefined
  readonly endDate?: Date | undefined
  readonly limit?: number | undefined
}

/**
 * What a search found.
 *
 * @since 0.1.0
 * @category models
 */
export interface SearchResults {
  readonly dialogs: ReadonlyArray<ChatDialog<unknown>>
  readonly messages: ReadonlyArray<ChatMessage<unknown>>
  readonly users: ReadonlyArray<components["schemas"]["User"]>
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Shape {
  /** The dialog's latest history page (once; afterwards the timeline as it is). */
  readonly load: (dialogId: string) => Effect.Effect<TimelineState<unknown>, ChatError.ChatError>
  readonly loadOlder: (dialogId: string) => Effect.Effect<TimelineState<unknown>, ChatError.ChatError>
  /** Loads a gap's messages (the oldest gap by default). */
  readonly fillGap: (
    dialogId: string,
    gapId?: string,
  ) => Effect.Effect<TimelineState<unknown>, ChatError.ChatError>
  /** Loads everything newer than the newest confirmed message now. */
  readonly sync: (dialogId: string) => Effect.Effect<TimelineState<unknown>, ChatError.ChatError>
  /** History with REST filters and paging, not merged into the timeline; not marked read. */
  readonly list: (
    dialogId: string,
    query?: ListQuery,
  ) => Effect.Effect<ReadonlyArray<ChatMessage<unknown>>, ChatError.ChatError>
  readonly search: (params: SearchParams) => Effect.Effect<SearchResults, ChatError.ChatError>
}

/**
 * @since 0.1.0
 * @category services
 */
export class History extends Context.Service<History, Shape>()("@cube/chat/History") {}

/**
 * @since 0.1.0
 * @category constructors
 */
export const make = Effect.gen(function* () {
  const config = yield* ChatConfig
  const state = yield* ChatState
  const rest = yield* RestApi
  const catchUp = yield* CatchUp
  const me = () => state.session.getSnapshot().userId
  const update = (dialogId: string, f: Parameters<typeof updateTimeline>[3]) =>
    updateTimeline(state, dialogId, config.maxMessages, f)

  const loadRange = (dialogId: string, range: Range) =>
    Effect.gen(function* () {
      const page = yield* fetchRange(rest, dialogId, range, config.pageSize)
      const messages = page.messages.map((message) => fromRest(message, me(), config.properties))
      for (const message of messages) state.seen.add(message.id)
      return update(dialogId, (timeline) => Timeline.applyRange(timeline, range, messages, page.complete))
    })

  return History.of({
    load: (dialogId) =>
      Effect.suspend(() => {
        const timeline = state.timeline(dialogId).getSnapshot()
        return timeline.loaded
          ? Effect.succeed(timeline)
          : loadRange(dialogId, { after: undefined, before: undefined })
      }),
    loadOlder: (dialogId) =>
      Effect.suspend(() => {
        const timeline = state.timeline(dialogId).getSnapshot()
        if (timeline.loaded && !timeline.hasOlder) return Effect.succeed(timeline)
        const first = timeline.messages.find((message) => message.confirmed)
        return loadRange(dialogId, {
          after: undefined,
          before: first === undefined ? undefined : Timeline.cursorOf(first),
        })
      }),
    fillGap: (dialogId, gapId) =>
      Effect.suspend(() => {
        const timeline = state.timeline(dialogId).getSnapshot()
        const gap = gapId === undefined ? timeline.gaps[0] : timeline.gaps.find((item) => item.id === gapId)
        return gap === undefined ? Effect.succeed(timeline) : catchUp.fill(dialogId, gap)
      }),
    sync: (dialogId) => catchUp.catchUp(dialogId),
    list: (dialogId, query = {}) =>
      rest
        .call((client, signal) =>
          client.GET("/chat/Message.json", {
            params: { query: { mark_as_read: 0, ...query, chat_dialog_id: dialogId } },
            signal,
          }),
        )
        .pipe(Effect.map((page) => page.items.map((item) => fromRest(item, me(), config.properties)))),
    search: (params) =>
      rest
        .call((client, signal) =>
          client.GET("/chat/search.json", {
            params: {
              query: {
                search_text: params.text,
                ...(params.dialogIds === undefined ? {} : { chat_dialog_ids: [...params.dialogIds] }),
                ...(params.startDate === undefined ? {} : { start_date: params.startDate.toISOString() }),
                ...(params.endDate === undefined ? {} : { end_date: params.endDate.toISOString() }),
                ...(params.limit === undefined ? {} : { limit: params.limit }),
              },
            },
            signal,
          }),
        )
        .pipe(
          Effect.map(({ results }) => ({
            dialogs: (results.dialogs ?? []).map((dialog) => dialogFromRest(dialog, config.extensions)),
            messages: (results.messages ?? []).map((message) => fromRest(message, me(), config.properties)),
            users: results.users ?? [],
          })),
        ),
  })
})

/**
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<History, never, ChatConfig | ChatState | RestApi | CatchUp> = Layer.effect(
  History,
  make,
)
