/**
 * Typing indicators (XEP-0085 chat states, as ConnectyCube uses them): `composing` and `paused`, 1-1 or to a
 * dialog's room. A `composing` not followed by more typing within the quiet period (5 s by default) is
 * ended with an automatic `paused`, so an indicator never stays on because a user walked away.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as FiberMap from "effect/FiberMap"
import * as Layer from "effect/Layer"
import type * as Stream from "effect/Stream"
import { CubeJid, type Target } from "./CubeJid.ts"
import { type Incoming, messages } from "./internal/incoming.ts"
import * as Stanza from "./Stanza.ts"
import { XmppConnection } from "./XmppConnection.ts"
import type * as XmppError from "./XmppError.ts"

const NS = "http://jabber.org/protocol/chatstates"

/**
 * @since 0.1.0
 * @category models
 */
export type State = "composing" | "paused"

/**
 * Someone started or stopped typing, 1-1 (`dialogId` undefined) or in a dialog's room.
 *
 * @since 0.1.0
 * @category models
 */
export interface TypingEvent {
  readonly state: State
  readonly senderId: number | undefined
  readonly dialogId: string | undefined
  readonly from: string
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Shape {
  /** Says the user is typing; call it on every keystroke, only the first one is sent until a pause. */
  readonly composing: (to: Target) => Effect.Effect<void, XmppError.XmppError>
  /** Says the user stopped typing (sent only if `composing` was). */
  readonly paused: (to: Target) => Effect.Effect<void, XmppError.XmppError>
  readonly incoming: Stream.Stream<TypingEvent>
}

/**
 * @since 0.1.0
 * @category services
 */
export class Typing extends Context.Service<Typing, Shape>()("@cube/realtime/Typing") {}

/**
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** After this long without `composing`, `paused` is sent automatically. Default 5 s. */
  readonly quietPeriod?: Duration.Input | undefined
}

/**
 * The chat state stanza (pure): no id, no body.
 *
 * @since 0.1.0
 * @category constructors
 */
export const toStanza = (
  address: { readonly to: string; readonly type: string },
  state: State,
): Stanza.Element =>
  Stanza.xml("message", { to: address.to, type: address.type }, Stanza.xml(state, { xmlns: NS }))

/**
 * Reads a typing event out of an incoming message, if it is one.
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromIncoming = (message: Incoming): TypingEvent | undefined => {
  const composing = message.stanza.getChild("composing", NS) !== undefined
  if (!composing && message.stanza.getChild("paused", NS) === undefined) return undefined
  if (message.stanza.getChild("body") !== undefined) return undefined
  return {
    state: composing ? "composing" : "paused",
    senderId: message.senderId,
    dialogId: message.type === "groupchat" ? message.dialogId : undefined,
    from: message.from,
  }
}

/**
 * Builds the service; auto-pause timers live in the current scope.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options = {}) =>
  Effect.gen(function* () {
    const connection = yield* XmppConnection
    const jids = yield* CubeJid
    const quiet = Duration.toMillis(options.quietPeriod ?? 5000)
    const timers = yield* FiberMap.make<string>()
    const typing = new Set<string>()
    // Chat states are momentary: waiting long for a connection or an ack makes no sense.
    const sendState = (address: { readonly to: string; readonly type: string }, state: State) =>
      connection.send(toStanza(address, state), { writtenOnly: true, timeout: quiet })

    const pause = (address: { readonly to: string; readonly type: string }) =>
      Effect.suspend(() => {
        if (!typing.delete(address.to)) return Effect.void
        return sendState(address, "paused")
      })

    return Typing.of({
      composing: (to) =>
        Effect.gen(function* () {
          const address = jids.address(to)
          if (!typing.has(address.to)) {
            typing.add(address.to)
            yield* sendState(address, "composing").pipe(
              Effect.onError(() => Effect.sync(() => typing.delete(address.to))),
            )
          }
          yield* FiberMap.run(
            timers,
            address.to,
            Effect.sleep(quiet).pipe(Effect.andThen(pause(address)), Effect.ignore),
          )
        }),
      paused: (to) =>
        Effect.gen(function* () {
          const address = jids.address(to)
          yield* FiberMap.remove(timers, address.to)
          yield* pause(address)
        }),
      incoming: messages(connection, jids, fromIncoming),
    })
  })

/**
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<Typing, never, XmppConnection | CubeJid> = /*#__PURE__*/ Layer.effect(
  Typing,
  /*#__PURE__*/ make(),
)

/**
 * @since 0.1.0
 * @category layers
 */
export const layerWith = (options: Options): Layer.Layer<Typing, never, XmppConnection | CubeJid> =>
  Layer.effect(Typing, make(options))
