/**
 * Room presence of group dialogs (XEP-0045): join and leave a dialog's room, list who is in it, and the
 * `occupant` events of joined rooms. Joining is never needed to send or receive group messages; rooms are
 * joined again after a reconnect.
 *
 * @since 0.1.0
 */
import { Muc, type XmppError } from "@cube/realtime"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import * as ChatError from "./ChatError.ts"
import { ChatState } from "./ChatState.ts"

/**
 * @since 0.1.0
 * @category models
 */
export interface Shape {
  readonly join: (dialogId: string) => Effect.Effect<void, ChatError.ChatError>
  readonly leave: (dialogId: string) => Effect.Effect<void, ChatError.ChatError>
  /** Users in the dialog's room now. */
  readonly onlineUsers: (dialogId: string) => Effect.Effect<ReadonlyArray<number>, ChatError.ChatError>
}

/**
 * @since 0.1.0
 * @category services
 */
export class Rooms extends Context.Service<Rooms, Shape>()("@cube/chat/Rooms") {}

const toChat = <A>(effect: Effect.Effect<A, XmppError.XmppError>) =>
  Effect.mapError(effect, ChatError.fromXmpp)

/**
 * @since 0.1.0
 * @category constructors
 */
export const make = Effect.gen(function* () {
  const state = yield* ChatState
  const muc = yield* Muc.Muc
  yield* muc.events.pipe(
    Stream.runForEach((event) =>
      Effect.sync(() =>
        state.events.emit("occupant", { kind: event.kind, dialogId: event.dialogId, userId: event.userId }),
      ),
    ),
    Effect.forkScoped({ startImmediately: true }),
  )
  return Rooms.of({
    join: (dialogId) => toChat(muc.join(dialogId)),
    leave: (dialogId) => toChat(muc.leave(dialogId)),
    onlineUsers: (dialogId) => toChat(muc.occupants(dialogId)),
  })
})

/**
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<Rooms, never, ChatState | Muc.Muc> = Layer.effect(Rooms, make)
