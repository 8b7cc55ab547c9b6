/**
 * Message deletions (`<remove xmlns="urn:xmpp:message-delete:0" id/>`, ConnectyCube style). The server also
 * sends these itself when a message is deleted over REST with `force=1`.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type * as Stream from "effect/Stream"
import { CubeJid, type Target } from "./CubeJid.ts"
import * as ExtraParams from "./ExtraParams.ts"
import { type Incoming, messages } from "./internal/incoming.ts"
import * as ObjectId from "./ObjectId.ts"
import * as Stanza from "./Stanza.ts"
import { type SendOptions, XmppConnection } from "./XmppConnection.ts"
import type * as XmppError from "./XmppError.ts"

const NS = "urn:xmpp:message-delete:0"

/**
 * A deletion received.
 *
 * @since 0.1.0
 * @category models
 */
export interface Retraction {
  readonly messageId: string
  readonly dialogId: string | undefined
  readonly senderId: number | undefined
  readonly from: string
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Shape {
  readonly remove: (
    to: Target,
    params: { readonly messageId: string; readonly dialogId?: string | undefined },
    options?: SendOptions,
  ) => Effect.Effect<void, XmppError.XmppError>
  readonly incoming: Stream.Stream<Retraction>
}

/**
 * @since 0.1.0
 * @category services
 */
export class Retractions extends Context.Service<Retractions, Shape>()("@cube/realtime/Retractions") {}

/**
 * The deletion stanza (pure).
 *
 * @since 0.1.0
 * @category constructors
 */
export const toStanza = (
  address: { readonly to: string; readonly type: string },
  params: { readonly messageId: string; readonly dialogId?: string | undefined },
): Stanza.Element =>
  Stanza.xml(
    "message",
    { to: address.to, type: address.type, id: ObjectId.make() },
    Stanza.xml("remove", { xmlns: NS, id: params.messageId }),
    params.dialogId === undefined ? null : ExtraParams.encode({ dialog_id: params.dialogId }),
  )

/**
 * Reads a deletion out of an incoming message, if it is one.
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromIncoming = (message: Incoming): Retraction | undefined => {
  const messageId = message.stanza.getChild("remove", NS)?.attrs.id
  if (messageId === undefined) return undefined
  return { messageId, dialogId: message.dialogId, senderId: message.senderId, from: message.from }
}

/**
 * @since 0.1.0
 * @category constructors
 */
export const make = /*#__PURE__*/ Effect.gen(function* () {
  const connection = yield* XmppConnection
  const jids = yield* CubeJid
  return Retractions.of({
    remove: (to, params, options) => connection.send(toStanza(jids.address(to), params), options),
    incoming: messages(connection, jids, fromIncoming),
  })
})

/**
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<Retractions, never, XmppConnection | CubeJid> = /*#__PURE__*/ Layer.effect(
  Retractions,
  make,
)
