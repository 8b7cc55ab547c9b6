/**
 * Message edits (`<replace xmlns="urn:xmpp:message-correct:0" id last/>`, ConnectyCube style): the new body
 * goes in a new message that names the original id; `last` says whether it was the dialog's last message.
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

const NS = "urn:xmpp:message-correct:0"

/**
 * An edit to send.
 *
 * @since 0.1.0
 * @category models
 */
export interface Edit {
  readonly messageId: string
  readonly body: string
  /** Whether the edited message is the dialog's last one. Default false. */
  readonly last?: boolean | undefined
  readonly dialogId?: string | undefined
  readonly extension?: ExtraParams.Params | undefined
}

/**
 * An edit received.
 *
 * @since 0.1.0
 * @category models
 */
export interface Correction {
  readonly messageId: string
  readonly body: string | undefined
  readonly last: boolean
  readonly dialogId: string | undefined
  readonly senderId: number | undefined
  readonly extension: { readonly [key: string]: ExtraParams.Value }
  readonly from: string
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Shape {
  readonly edit: (to: Target, edit: Edit, options?: SendOptions) => Effect.Effect<void, XmppError.XmppError>
  readonly incoming: Stream.Stream<Correction>
}

/**
 * @since 0.1.0
 * @category services
 */
export class Corrections extends Context.Service<Corrections, Shape>()("@cube/realtime/Corrections") {}

/**
 * The edit stanza (pure).
 *
 * @since 0.1.0
 * @category constructors
 */
export const toStanza = (
  address: { readonly to: string; readonly type: string },
  edit: Edit,
): Stanza.Element =>
  Stanza.xml(
    "message",
    { to: address.to, type: address.type, id: ObjectId.make() },
    Stanza.xml("body", null, edit.body),
    Stanza.xml("replace", { xmlns: NS, id: edit.messageId, last: edit.last === true ? "true" : "false" }),
    ExtraParams.encode({ dialog_id: edit.dialogId, ...edit.extension }),
  )

/**
 * Reads an edit out of an incoming message, if it is one.
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromIncoming = (message: Incoming): Correction | undefined => {
  const replace = message.stanza.getChild("replace", NS)
  const messageId = replace?.attrs.id
  if (replace === undefined || messageId === undefined) return undefined
  const { dialog_id: _, ...extension } = message.extraParams ? ExtraParams.decode(message.extraParams) : {}
  return {
    messageId,
    body: message.stanza.getChildText("body") ?? undefined,
    last: replace.attrs.last === "true",
    dialogId: message.dialogId,
    senderId: message.senderId,
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
  return Corrections.of({
    edit: (to, edit, options) => connection.send(toStanza(jids.address(to), edit), options),
    incoming: messages(connection, jids, fromIncoming),
  })
})

/**
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<Corrections, never, XmppConnection | CubeJid> = /*#__PURE__*/ Layer.effect(
  Corrections,
  make,
)
