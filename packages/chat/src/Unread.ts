/**
 * Unread counters, server-authoritative: read from the server after every (re)connect and after every
 * catch-up; between reads, new messages from others count up and reading counts down. A message that
 * arrives while a read is on its way (or just after it) may or may not be in the server's answer, so any
 * such race schedules another read: once traffic pauses, the counters equal the server's.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import type * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import type * as ChatError from "./ChatError.ts"
import { ChatState } from "./ChatState.ts"
import { RestApi } from "./RestApi.ts"
import type { UnreadState } from "./types.ts"

/**
 * @since 0.1.0
 * @category models
 */
export interface Shape {
  /** Reads the counters from the server now (the known dialogs one by one, and the total). */
  readonly refresh: Effect.Effect<UnreadState, ChatError.ChatError>
  /** Asks the server for some dialogs' counters without touching the store. */
  readonly fetch: (dialogIds: ReadonlyArray<string>) => Effect.Effect<UnreadState, ChatError.ChatError>
  /** Refreshes soon (debounced): after a burst of replayed messages. */
  readonly settle: Effect.Effect<void>
  /** A new message from someone else (published with the others of the same tick). */
  readonly increment: (dialogId: string) => Effect.Effect<void>
  /** Messages were read here: `count`, or all of the dialog's. */
  readonly read: (dialogId: string, count: number | "all") => void
}

/**
 * @since 0.1.0
 * @category services
 */
export class Unread extends Context.Service<Unread, Shape>()("@cube/chat/Unread") {}

const fenceMs = 500

/**
 * @since 0.1.0
 * @category constructors
 */
export const make = Effect.gen(function* () {
  const state = yield* ChatState
  const rest = yield* RestApi
  const scope = yield* Effect.scope
  let reading = 0
  let fenceUntil = 0
  let raced = false
  let pending: Fiber.Fiber<void> | undefined

  const publish = (next: UnreadState) => {
    state.unread.set(next)
    state.events.emit("unread", next)
  }

  // Messages arrive in bursts: their increments are published once per tick, not once per message.
  let counted: Map<string, number> | undefined
  const flush = () => {
    const batch = counted
    if (batch === undefined) return
    counted = undefined
    const current = state.unread.getSnapshot()
    const byDialog = { ...current.byDialog }
    let total = current.total
    for (const [dialogId, count] of batch) {
      byDialog[dialogId] = (byDialog[dialogId] ?? 0) + count
      total += count
    }
    publish({ total, byDialog })
  }

  const fetch = (dialogIds: ReadonlyArray<string>) =>
    rest
      .call((client, signal) =>
        client.GET("/chat/Message/unread.json", {
          params: { query: dialogIds.length === 0 ? {} : { chat_dialog_ids: [...dialogIds] } },
          signal,
        }),
      )
      .pipe(
        Effect.map((body) => {
          const { total, ...rest } = body as { total: number } & Record<string, number>
          const byDialog: Record<string, number> = {}
          for (const id of dialogIds) byDialog[id] = Number(rest[id] ?? 0)
          return { total: Number(total ?? 0), byDialog }
        }),
      )

  const known = () => {
    const ids = new Set<string>(Object.keys(state.unread.getSnapshot().byDialog))
    for (const id of state.dialogs.getSnapshot().order.slice(0, 200)) ids.add(id)
    for (const timeline of state.timelines()) ids.add(timeline.dialogId)
    return [...ids].slice(0, 300)
  }

  const schedule = (delayMs: number): Effect.Effect<void> =>
    Effect.suspend(() => {
      if (pending !== undefined) return Effect.void
      return Effect.sleep(delayMs).pipe(
        Effect.andThen(
          Effect.suspend(() => {
            pending = undefined
            return Effect.ignore(refresh)
          }),
        ),
        Effect.forkIn(scope),
        Effect.tap((fiber) => Effect.sync(() => (pending = fiber))),
        Effect.asVoid,
      )
    })

  const refresh: Effect.Effect<UnreadState, ChatError.ChatError> = Effect.suspend(() => {
    if (state.session.getSnapshot().userId === undefined) return Effect.succeed(state.unread.getSnapshot())
    reading += 1
    raced = false
    return fetch(known()).pipe(
      Effect.tap((counts) =>
        Effect.suspend(() => {
          // Increments not yet published came while this read was on its way (`raced`): the server's
          // counts replace them, and the read that follows settles them.
          counted = undefined
          publish(counts)
          fenceUntil = Date.now() + fenceMs
          return raced ? schedule(fenceMs) : Effect.void
        }),
      ),
      Effect.ensuring(Effect.sync(() => (reading -= 1))),
    )
  })

  return Unread.of({
    refresh,
    fetch,
    settle: schedule(fenceMs),
    increment: (dialogId) =>
      Effect.suspend(() => {
        if (counted === undefined) {
          counted = new Map()
          queueMicrotask(flush)
        }
        counted.set(dialogId, (counted.get(dialogId) ?? 0) + 1)
        // The server's answer on its way (or just in) may or may not include this one: read again.
        if (reading > 0) raced = true
        else if (Date.now() < fenceUntil) return schedule(fenceMs)
        return Effect.void
      }),
    read: (dialogId, count) => {
      flush()
      const current = state.unread.getSnapshot()
      const before = current.byDialog[dialogId] ?? 0
      const after = count === "all" ? 0 : Math.max(0, before - count)
      if (after === before) return
      publish({
        total: Math.max(0, current.total - (before - after)),
        byDialog: { ...current.byDialog, [dialogId]: after },
      })
    },
  })
})

/**
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<Unread, never, ChatState | RestApi> = Layer.effect(Unread, make)
