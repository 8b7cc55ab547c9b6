/**
 * Catch-up after a reconnect that could not resume: for every active dialog (history loaded), the newest
 * message whose position the server confirmed *before the drop* is the anchor (live messages arriving
 * after the reconnect never move it). A gap is opened there at once and filled from REST history, newest
 * first, page by page, reading from two seconds before the anchor (messages of the same second may have
 * been lost with the connection although they sort before it); what `catchUpPages` pages could not reach stays a gap in the timeline (and a `gap`
 * event) for `fillGap`. Messages found this way are reported once, like live ones. Unread counters are
 * read from the server after every reconnect, resumed or not.
 *
 * @since 0.1.0
 */
import { XmppConnection } from "@cube/realtime"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Schedule from "effect/Schedule"
import * as Stream from "effect/Stream"
import { ChatConfig } from "./ChatConfig.ts"
import type * as ChatError from "./ChatError.ts"
import { ChatState } from "./ChatState.ts"
import { Dialogs } from "./Dialogs.ts"
import * as History from "./History.ts"
import { fromRest } from "./internal/messageCodec.ts"
import { updateTimeline } from "./internal/timelines.ts"
import { RestApi } from "./RestApi.ts"
import * as Timeline from "./Timeline.ts"
import type { ChatMessage, Cursor, Gap, Timeline as TimelineState } from "./types.ts"
import { Unread } from "./Unread.ts"

/**
 * @since 0.1.0
 * @category models
 */
export interface Shape {
  /** Loads what is missing after `after` (default: the newest confirmed message), up to `pages` pages. */
  readonly catchUp: (
    dialogId: string,
    options?: { readonly after?: Cursor | undefined; readonly pages?: number | undefined },
  ) => Effect.Effect<TimelineState<unknown>, ChatError.ChatError>
  /** Loads a gap's messages, newest first, up to `pages` pages (default 1). */
  readonly fill: (
    dialogId: string,
    gap: Gap,
    pages?: number,
  ) => Effect.Effect<TimelineState<unknown>, ChatError.ChatError>
}

/**
 * @since 0.1.0
 * @category services
 */
export class CatchUp extends Context.Service<CatchUp, Shape>()("@cube/chat/CatchUp") {}

const anchorMarginSeconds = 2

// REST may be briefly unreachable right after a reconnect (a restarting server): try again for a while.
const retrySchedule = Schedule.spaced(500).pipe(Schedule.upTo({ times: 40 }))

/**
 * @since 0.1.0
 * @category constructors
 */
export const make = Effect.gen(function* () {
  const config = yield* ChatConfig
  const state = yield* ChatState
  const rest = yield* RestApi
  const unread = yield* Unread
  const dialogs = yield* Dialogs
  const connection = yield* XmppConnection.XmppConnection
  const me = () => state.session.getSnapshot().userId

  // Fetches `range` newest first until it is complete or `pages` pages were read; each page narrows the gap.
  const fillRange = (dialogId: string, range: History.Range, pages: number) =>
    Effect.gen(function* () {
      let current = range
      for (let page = 0; page < pages; page++) {
        const fetched = yield* History.fetchRange(rest, dialogId, current, config.pageSize)
        const messages = fetched.messages.map((message) => fromRest(message, me(), config.properties))
        const fresh = messages.filter(
          (message) => !state.seen.has(message.id) && state.timeline(dialogId).get(message.id) === undefined,
        )
        const applied = updateTimeline(state, dialogId, config.maxMessages, (timeline) =>
          Timeline.applyRange(timeline, current, messages, fetched.complete),
        )
        for (const message of fresh.sort(Timeline.compare)) {
          state.seen.add(message.id)
          state.events.emit(
            "message",
            (state.timeline(dialogId).get(message.id) ?? message) as ChatMessage<unknown>,
          )
        }
        if (fetched.complete || messages.length === 0) return applied
        const oldest = messages.reduce((low, message) => (Timeline.compare(message, low) < 0 ? message : low))
        current = { after: current.after, before: Timeline.cursorOf(oldest) }
      }
      // Out of pages: what is left between the range's ends stays a gap, and is announced.
      const timeline = state.timeline(dialogId).getSnapshot()
      const gap = timeline.gaps.find(
        (item) =>
          (range.after === undefined || Timeline.compare(item.after, range.after) >= 0) &&
          (range.before === undefined || Timeline.compare(item.after, range.before) < 0),
      )
      if (gap !== undefined) state.events.emit("gap", { dialogId, gap })
      return timeline
    })

  const catchUp: Shape["catchUp"] = (dialogId, options = {}) =>
    Effect.suspend(() => {
      const after = options.after ?? state.timeline(dialogId).lastConfirmed()
      if (after === undefined) return fillRange(dialogId, { after: undefined, before: undefined }, 1)
      updateTimeline(state, dialogId, config.maxMessages, (timeline) => Timeline.openGap(timeline, after))
      // Arrival order is not server order: a message of the anchor's second (or just before it) can
      // arrive after the anchor, or be lost with the connection. Reading from a little earlier costs a
      // few duplicates, merged by id, and misses nothing.
      const from = { dateSent: after.dateSent - anchorMarginSeconds, id: "000000000000000000000000" }
      return fillRange(dialogId, { after: from, before: undefined }, options.pages ?? config.catchUpPages)
    })

  // Anchors are taken when the connection leaves Ready, before anything of the next session arrives.
  let anchors: Map<string, Cursor | undefined> | undefined = new Map()
  const snapshot = () => {
    const taken = new Map<string, Cursor | undefined>()
    for (const store of state.timelines()) {
      if (store.getSnapshot().loaded) taken.set(store.dialogId, store.lastConfirmed())
    }
    return taken
  }

  const onFreshSession = (taken: Map<string, Cursor | undefined>) =>
    Effect.gen(function* () {
      // Active dialogs loaded during the outage have no anchor yet: theirs is what they hold now.
      for (const [dialogId, after] of snapshot()) if (!taken.has(dialogId)) taken.set(dialogId, after)
      yield* Effect.forEach([...taken], ([dialogId, after]) => Effect.ignore(catchUp(dialogId, { after })), {
        concurrency: 4,
        discard: true,
      })
      if (state.dialogs.getSnapshot().loaded) yield* Effect.ignore(dialogs.list({ limit: 100 }))
    })

  yield* connection.states.pipe(
    Stream.runForEach((realtime) =>
      Effect.gen(function* () {
        if (realtime._tag !== "Ready") {
          if (anchors === undefined && realtime._tag !== "Resumed") anchors = snapshot()
          return
        }
        const taken = anchors ?? new Map()
        anchors = undefined
        if (!realtime.resumed) yield* onFreshSession(taken)
        yield* unread.refresh.pipe(Effect.retry(retrySchedule), Effect.ignore)
      }).pipe(Effect.forkScoped),
    ),
    Effect.forkScoped({ startImmediately: true }),
  )

  return CatchUp.of({
    catchUp,
    fill: (dialogId, gap, pages = 1) => fillRange(dialogId, { after: gap.after, before: gap.before }, pages),
  })
})

/**
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<
  CatchUp,
  never,
  ChatConfig | ChatState | RestApi | Unread | Dialogs | XmppConnection.XmppConnection
> = Layer.effect(CatchUp, make)
