/**
 * Typing indicators per dialog. Sending: `start` on every keystroke (realtime sends `composing` once and
 * an automatic `paused` after a quiet period; a user who keeps typing repeats `composing` every 5 s so
 * receivers' timeouts do not end it), `stop` when the user sends or clears the input. Receiving:
 * the typing store lists who types in each dialog (1-1 indicators are filed under the private dialog);
 * an indicator without news for `typingTimeout` is cleared, and so is one whose author's message arrived,
 * so nobody stays "typing" because a `paused` was lost.
 *
 * @since 0.1.0
 */
import { CubeJid, Typing as RealtimeTyping, XmppConnection } from "@cube/realtime"
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as FiberMap from "effect/FiberMap"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import { ChatConfig } from "./ChatConfig.ts"
import * as ChatError from "./ChatError.ts"
import { ChatState } from "./ChatState.ts"
import { Dialogs } from "./Dialogs.ts"
import type { ChatDialog } from "./types.ts"

/**
 * @since 0.1.0
 * @category models
 */
export interface Shape {
  /** Says the user is typing in a dialog (call on every keystroke). */
  readonly start: (dialogId: string) => Effect.Effect<void, ChatError.ChatError>
  /** Says the user stopped typing. */
  readonly stop: (dialogId: string) => Effect.Effect<void, ChatError.ChatError>
  /** Clears a user's indicator (their message arrived). */
  readonly clear: (dialogId: string, userId: number) => Effect.Effect<void>
}

/**
 * @since 0.1.0
 * @category services
 */
export class Typing extends Context.Service<Typing, Shape>()("@cube/chat/Typing") {}

/**
 * Where messages to a dialog go: the peer of a private dialog, else the dialog's room.
 *
 * @since 0.1.0
 * @category constructors
 */
export const targetOf = (
  dialog: ChatDialog<unknown>,
  me: number | undefined,
): { readonly userId: number } | { readonly dialogId: string } => {
  if (dialog.type !== 3) return { dialogId: dialog.id }
  const peer = dialog.occupantIds.find((userId) => userId !== me) ?? dialog.occupantIds[0]
  return { userId: peer ?? 0 }
}

/**
 * The private dialog with a user, among the known dialogs.
 *
 * @since 0.1.0
 * @category constructors
 */
export const privateDialogWith = (
  dialogs: ReadonlyArray<ChatDialog<unknown>>,
  userId: number,
): ChatDialog<unknown> | undefined =>
  dialogs.find((dialog) => dialog.type === 3 && dialog.occupantIds.includes(userId))

const heartbeatMs = 5000

/**
 * @since 0.1.0
 * @category constructors
 */
export const make = Effect.gen(function* () {
  const config = yield* ChatConfig
  const state = yield* ChatState
  const dialogs = yield* Dialogs
  const typing = yield* RealtimeTyping.Typing
  const connection = yield* XmppConnection.XmppConnection
  const jids = yield* CubeJid.CubeJid
  const lastSent = new Map<string, number>()
  const timers = yield* FiberMap.make<string>()

  // Only the store and the event; the timer that calls it must not cancel itself.
  const off = (dialogId: string, userId: number) =>
    Effect.sync(() => {
      const current = state.typing.getSnapshot()[dialogId] ?? []
      if (!current.includes(userId)) return
      state.typing.update((all) => ({ ...all, [dialogId]: current.filter((id) => id !== userId) }))
      state.events.emit("typing", { dialogId, userId, typing: false })
    })

  const set = (dialogId: string, userId: number, on: boolean) =>
    Effect.gen(function* () {
      const key = `${dialogId}/${userId}`
      if (!on) {
        yield* FiberMap.remove(timers, key)
        return yield* off(dialogId, userId)
      }
      yield* FiberMap.run(
        timers,
        key,
        Effect.sleep(config.typingTimeoutMs).pipe(Effect.andThen(off(dialogId, userId))),
      )
      const current = state.typing.getSnapshot()[dialogId] ?? []
      if (current.includes(userId)) return
      state.typing.update((all) => ({ ...all, [dialogId]: [...current, userId] }))
      state.events.emit("typing", { dialogId, userId, typing: true })
    })

  yield* typing.incoming.pipe(
    Stream.runForEach((event) =>
      Effect.gen(function* () {
        const userId = event.senderId
        if (userId === undefined || userId === state.session.getSnapshot().userId) return
        const dialogId =
          event.dialogId ?? privateDialogWith(Object.values(state.dialogs.getSnapshot().byId), userId)?.id
        if (dialogId === undefined) {
          state.events.emit("typing", { dialogId: undefined, userId, typing: event.state === "composing" })
          return
        }
        yield* set(dialogId, userId, event.state === "composing")
      }),
    ),
    Effect.forkScoped({ startImmediately: true }),
  )

  const send = (dialogId: string, on: boolean) =>
    Effect.gen(function* () {
      const dialog = yield* dialogs.get(dialogId)
      const target = targetOf(dialog, state.session.getSnapshot().userId)
      const now = yield* Clock.currentTimeMillis
      if (!on) {
        lastSent.delete(dialogId)
        return yield* typing.paused(target).pipe(Effect.mapError(ChatError.fromXmpp))
      }
      const previous = lastSent.get(dialogId)
      yield* typing.composing(target).pipe(Effect.mapError(ChatError.fromXmpp))
      if (previous === undefined || now - previous >= heartbeatMs) {
        // Still typing: say it again (realtime alone would stay silent until a pause).
        if (previous !== undefined) {
          const stanza = RealtimeTyping.toStanza(jids.address(target), "composing")
          yield* connection.send(stanza, { writtenOnly: true }).pipe(Effect.mapError(ChatError.fromXmpp))
        }
        lastSent.set(dialogId, now)
      }
    })

  return Typing.of({
    start: (dialogId) => send(dialogId, true),
    stop: (dialogId) => send(dialogId, false),
    // Every received message clears its sender's typing: nothing to do unless they were typing.
    clear: (dialogId, userId) =>
      Effect.suspend(() =>
        state.typing.getSnapshot()[dialogId]?.includes(userId) ? set(dialogId, userId, false) : Effect.void,
      ),
  })
})

/**
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<
  Typing,
  never,
  ChatConfig | ChatState | Dialogs | RealtimeTyping.Typing | XmppConnection.XmppConnection | CubeJid.CubeJid
> = Layer.effect(Typing, make)
