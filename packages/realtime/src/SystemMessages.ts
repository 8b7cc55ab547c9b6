/**
 * System messages: `type="headline"` messages with `extraParams/moduleIdentifier = SystemNotifications`,
 * sent to a user (no history, no markers). Other headlines (e.g. call signalling) are not reported here.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type * as Stream from "effect/Stream"
import { CubeJid } from "./CubeJid.ts"
import * as ExtraParams from "./ExtraParams.ts"
import { type Incoming, messages } from "./internal/incoming.ts"
import * as ObjectId from "./ObjectId.ts"
import * as Stanza from "./Stanza.ts"
import { type SendOptions, XmppConnection } from "./XmppConnection.ts"
import type * as XmppError from "./XmppError.ts"

const MODULE = "SystemNotifications"

/**
 * A system message to send.
 *
 * @since 0.1.0
 * @category models
 */
export interface Outgoing {
  readonly id?: string | undefined
  readonly body?: string | undefined
  readonly extension?: ExtraParams.Params | undefined
}

/**
 * A system message received.
 *
 * @since 0.1.0
 * @category models
 */
export interface SystemMessage {
  readonly id: string | undefined
  readonly senderId: number | undefined
  readonly body: string | undefined
  /** The extraParams fields without `moduleIdentifier`. */
  readonly extension: { readonly [key: string]: ExtraParams.Value }
  readonly from: string
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Shape {
  readonly send: (
    userId: number | string,
    message: Outgoing,
    options?: SendOptions,
  ) => Effect.Effect<{ readonly id: string }, XmppError.XmppError>
  readonly incoming: Stream.Stream<SystemMessage>
}

/**
 * @since 0.1.0
 * @category services
 */
export class SystemMessages extends Context.Service<SystemMessages, Shape>()(
  "@cube/realtime/SystemMessages",
) {}

/**
 * The system message stanza (pure). `moduleIdentifier` is always written, so the official SDK reports
 * system messages without custom fields too.
 *
 * @since 0.1.0
 * @category constructors
 */
export const toStanza = (to: string, message: Outgoing & { readonly id: string }): Stanza.Element =>
  Stanza.xml(
    "message",
    { to, type: "headline", id: message.id },
    message.body === undefined || message.body === "" ? null : Stanza.xml("body", null, message.body),
    ExtraParams.encode({ moduleIdentifier: MODULE, ...message.extension }),
  )

/**
 * Reads a system message out of an incoming message, if it is one.
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromIncoming = (message: Incoming): SystemMessage | undefined => {
  if (message.type !== "headline" || message.extraParams === undefined) return undefined
  const { moduleIdentifier, ...extension } = ExtraParams.decode(message.extraParams)
  if (moduleIdentifier !== MODULE) return undefined
  return {
    id: message.id,
    senderId: message.senderId,
    body: message.stanza.getChildText("body") ?? undefined,
    extension,
    from: message.from,
  }
}

/**
 * @since 0.1.0
 * @category constructors
 */
export const make = /*#__PURE__*/ Effect.gen(function* () {
  const connection = yield* XmppConnection
  const jids = yield* CubeJid
  return SystemMessages.of({
    send: (userId, message, options) =>
      Effect.suspend(() => {
        const id = message.id ?? ObjectId.make()
        return Effect.as(connection.send(toStanza(jids.user(userId), { ...message, id }), options), { id })
      }),
    incoming: messages(connection, jids, fromIncoming),
  })
})

/**
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<SystemMessages, never, XmppConnection | CubeJid> = /*#__PURE__*/ Layer.effect(
  SystemMessages,
  make,
)
