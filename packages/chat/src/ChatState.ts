/**
 * The client's observable state as plain stores (connection, session, dialogs, one timeline per dialog,
 * typing, unread) and its event emitter. They live outside the Effect runtime, so an app (or
 * `@cube/react`) can subscribe before anything connects; the services write to them.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Layer from "effect/Layer"
import { type ChatEvents, createEmitter, type Emitter } from "./events.ts"
import { RecentIds } from "./internal/timelines.ts"
import { createStore, type WritableStore } from "./store.ts"
import * as TimelineStore from "./TimelineStore.ts"
import type { ConnectionState, DialogsState, TypingState, UnreadState } from "./types.ts"

/**
 * The logged-in user, if any.
 *
 * @since 0.1.0
 * @category models
 */
export interface Session {
  readonly userId: number | undefined
  readonly token: string | undefined
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Shape {
  readonly connection: WritableStore<ConnectionState>
  readonly session: WritableStore<Session>
  readonly dialogs: WritableStore<DialogsState<unknown>>
  readonly typing: WritableStore<TypingState>
  readonly unread: WritableStore<UnreadState>
  /** The timeline of a dialog (created empty on first use). */
  readonly timeline: (dialogId: string) => TimelineStore.TimelineStore
  /** Every timeline created so far. */
  readonly timelines: () => ReadonlyArray<TimelineStore.TimelineStore>
  readonly events: Emitter<ChatEvents<unknown, unknown>>
  /** Message ids already reported (echoes, carbons, replays and catch-ups are new only once). */
  readonly seen: RecentIds
}

/**
 * @since 0.1.0
 * @category services
 */
export class ChatState extends Context.Service<ChatState, Shape>()("@cube/chat/ChatState") {}

/**
 * Fresh state: idle, logged out, nothing loaded.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (): Shape => {
  const timelines = new Map<string, TimelineStore.TimelineStore>()
  return {
    connection: createStore<ConnectionState>({ status: "idle" }),
    session: createStore<Session>({ userId: undefined, token: undefined }),
    dialogs: createStore<DialogsState<unknown>>({ byId: {}, order: [], loaded: false }),
    typing: createStore<TypingState>({}),
    unread: createStore<UnreadState>({ total: 0, byDialog: {} }),
    timeline: (dialogId) => {
      let store = timelines.get(dialogId)
      if (store === undefined) {
        store = TimelineStore.make(dialogId)
        timelines.set(dialogId, store)
      }
      return store
    },
    timelines: () => [...timelines.values()],
    events: createEmitter(),
    seen: new RecentIds(20_000),
  }
}

/**
 * Provides given state (the Promise API creates it before the runtime).
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (state: Shape): Layer.Layer<ChatState> => Layer.succeed(ChatState, state)
