/**
 * Delivered and read markers (XEP-0333 `received`/`displayed`, ConnectyCube style: always `type="chat"` to
 * the author's user JID, with the dialog in `extraParams/dialog_id`, for group messages too).
 *
 * By default a delivered marker is sent automatically for every markable message received from someone
 * else (`Markers.layerWith({ autoDelivered: false })` turns that off).
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import { CubeJid } from "./CubeJid.ts"
import * as ExtraParams from "./ExtraParams.ts"
import { type Incoming, messages, readMessage, select } from "./internal/incoming.ts"
import { isContent, fromIncoming as readContent } from "./Messages.ts"
import * as ObjectId from "./ObjectId.ts"
import * as Stanza from "./Stanza.ts"
import { type SendOptions, XmppConnection } from "./XmppConnection.ts"
import type * as XmppError from "./XmppError.ts"

const NS = "urn:xmpp:chat-markers:0"

/**
 * @since 0.1.0
 * @category models
 */
export type Kind = "delivered" | "read"

/**
 * Which message a marker is about, and whose it is.
 *
 * @since 0.1.0
 * @category models
 */
export interface MarkerParams {
  /** The author of the message (the marker goes to them). */
  readonly userId: number | string
  readonly messageId: string
  readonly dialogId?: string | undefined
}

/**
 * A marker received from another user (or from the own user's other device, `forwarded`).
 *
 * @since 0.1.0
 * @category models
 */
export interface Marker {
  readonly kind: Kind
  readonly messageId: string
  readonly dialogId: string | undefined
  readonly senderId: number | undefined
  readonly from: string
  readonly forwarded: boolean
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Shape {
  readonly delivered: (
    params: MarkerParams,
    options?: SendOptions,
  ) => Effect.Effect<void, XmppError.XmppError>
  readonly read: (params: MarkerParams, options?: SendOptions) => Effect.Effect<void, XmppError.XmppError>
  readonly incoming: Stream.Stream<Marker>
}

/**
 * @since 0.1.0
 * @category services
 */
export class Markers extends Context.Service<Markers, Shape>()("@cube/realtime/Markers") {}

/**
 * The marker stanza (pure).
 *
 * @since 0.1.0
 * @category constructors
 */
export const toStanza = (to: string, kind: Kind, params: MarkerParams): Stanza.Element =>
  Stanza.xml(
    "message",
    { type: "chat", to, id: ObjectId.make() },
    Stanza.xml(kind === "delivered" ? "received" : "displayed", { xmlns: NS, id: params.messageId }),
    params.dialogId === undefined ? null : ExtraParams.encode({ dialog_id: params.dialogId }),
  )

/**
 * Reads a marker out of an incoming message, if it is one.
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromIncoming = (message: Incoming): Marker | undefined => {
  if (message.type !== "chat") return undefined
  const received = message.stanza.getChild("received", NS)
  const element = received ?? message.stanza.getChild("displayed", NS)
  const messageId = element?.attrs.id
  if (element === undefined || messageId === undefined) return undefined
  return {
    kind: received ? "delivered" : "read",
    messageId,
    dialogId: message.dialogId,
    senderId: message.senderId,
    from: message.from,
    forwarded: message.forwarded,
  }
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** Send a delivered marker for every markable message received from someone else. Default true. */
  readonly autoDelivered?: boolean | undefined
}

/**
 * Builds the service; with `autoDelivered`, a fiber in the current scope answers markable messages.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options = {}) =>
  Effect.gen(function* () {
    const connection = yield* XmppConnection
    const jids = yield* CubeJid
    const send = (kind: Kind) => (params: MarkerParams, sendOptions?: SendOptions) =>
      connection.send(toStanza(jids.user(params.userId), kind, params), sendOptions)

    if (options.autoDelivered !== false) {
      // Read as each stanza arrives: only markable messages from someone else wake this fiber. Started at
      // once, so it is listening before the service is handed out.
      const toMark = select(connection, (stanza, own) => {
        const incoming = readMessage(stanza, jids, own)
        if (incoming === undefined || !isContent(incoming)) return undefined
        const message = readContent(incoming)
        if (!message.markable || message.forwarded || message.id === undefined) return undefined
        const me = jids.parse(own ?? "")
        if (message.senderId === undefined || (me._tag === "User" && message.senderId === me.userId))
          return undefined
        return { userId: message.senderId, messageId: message.id, dialogId: message.dialogId }
      })
      yield* Stream.runForEach(toMark, (params) =>
        send("delivered")(params, { writtenOnly: true }).pipe(Effect.ignore),
      ).pipe(Effect.forkScoped({ startImmediately: true }))
    }

    return Markers.of({
      delivered: send("delivered"),
      read: send("read"),
      incoming: messages(connection, jids, fromIncoming),
    })
  })

/**
 * The service with automatic delivered markers.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<Markers, never, XmppConnection | CubeJid> = /*#__PURE__*/ Layer.effect(
  Markers,
  /*#__PURE__*/ make(),
)

/**
 * The service with options.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerWith = (options: Options): Layer.Layer<Markers, never, XmppConnection | CubeJid> =>
  Layer.effect(Markers, make(options))
