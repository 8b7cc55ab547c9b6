/**
 * Chat messages, ConnectyCube style: 1-1 (`type="chat"` to the user's JID) and group (`type="groupchat"` to
 * the dialog's room), custom fields in `<extraParams>` (see `ExtraParams`), attachments, client-generated
 * ids. `send` resolves when the server acknowledged the message; `incoming` is a stream any number of
 * listeners can read; bounced messages (e.g. to a user who blocked you) arrive on `errors`.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type * as Stream from "effect/Stream"
import { CubeJid, type Target } from "./CubeJid.ts"
import * as ExtraParams from "./ExtraParams.ts"
import { hasChild, type Incoming, messages } from "./internal/incoming.ts"
import * as ObjectId from "./ObjectId.ts"
import * as Stanza from "./Stanza.ts"
import { type SendOptions, XmppConnection } from "./XmppConnection.ts"
import * as XmppError from "./XmppError.ts"

/**
 * A message to send.
 *
 * @since 0.1.0
 * @category models
 */
export interface Outgoing {
  /** Client-generated id; a new ObjectId by default. Re-sending with the same id is one message on the server. */
  readonly id?: string | undefined
  readonly body?: string | undefined
  /** The dialog of a 1-1 message (`extraParams/dialog_id`); group messages take it from the room. */
  readonly dialogId?: string | undefined
  readonly attachments?: ReadonlyArray<ExtraParams.Attachment> | undefined
  /** Custom fields; any JSON-like value round-trips (see `ExtraParams`). */
  readonly extension?: ExtraParams.Params | undefined
  /** Store the message in the history. Default true. */
  readonly saveToHistory?: boolean | undefined
  /** Ask the recipient for a delivered marker. Default true. */
  readonly markable?: boolean | undefined
  /** No push notification. Default false. */
  readonly silent?: boolean | undefined
}

/**
 * A received chat or group message.
 *
 * @since 0.1.0
 * @category models
 */
export interface Message {
  readonly id: string | undefined
  readonly type: "chat" | "groupchat"
  readonly from: string
  readonly senderId: number | undefined
  readonly recipientId: number | undefined
  readonly dialogId: string | undefined
  readonly body: string | undefined
  readonly attachments: ReadonlyArray<ExtraParams.Attachment>
  /** Every extraParams field but the attachments, as decoded by `ExtraParams`. */
  readonly extension: { readonly [key: string]: ExtraParams.Value }
  readonly markable: boolean
  /** `extraParams/date_sent` in seconds, as stamped by the server. */
  readonly dateSent: number | undefined
  /** XEP-0203 stamp of a message delivered late (offline storage). */
  readonly delay: string | undefined
  /** A carbon copy of a message the same user sent from another device. */
  readonly forwarded: boolean
  readonly stanza: Stanza.Element
}

/**
 * A message the server bounced (`type="error"`), e.g. because the recipient blocks the sender.
 *
 * @since 0.1.0
 * @category models
 */
export interface Bounce {
  readonly id: string | undefined
  readonly from: string
  readonly error: XmppError.StanzaError
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Shape {
  /** Sends a message; succeeds with its id once the server acknowledged it. */
  readonly send: (
    to: Target,
    message: Outgoing,
    options?: SendOptions,
  ) => Effect.Effect<{ readonly id: string }, XmppError.XmppError>
  readonly incoming: Stream.Stream<Message>
  readonly errors: Stream.Stream<Bounce>
}

/**
 * @since 0.1.0
 * @category services
 */
export class Messages extends Context.Service<Messages, Shape>()("@cube/realtime/Messages") {}

/**
 * Builds the `<message>` stanza for a message (pure; `send` uses it).
 *
 * @since 0.1.0
 * @category constructors
 */
export const toStanza = (
  address: { readonly to: string; readonly type: string },
  message: Outgoing & { readonly id: string },
) => {
  const params: Record<string, ExtraParams.Value | undefined> = {
    save_to_history: message.saveToHistory === false ? undefined : "1",
    dialog_id: message.dialogId,
    markable: message.markable === false ? undefined : "1",
    silent: message.silent === true ? "1" : undefined,
    ...message.extension,
  }
  if (message.attachments !== undefined && message.attachments.length > 0)
    params.attachments = message.attachments
  return Stanza.xml(
    "message",
    { to: address.to, type: address.type, id: message.id },
    message.body === undefined || message.body === "" ? null : Stanza.xml("body", null, message.body),
    ExtraParams.encode(params),
  )
}

const notContent = ["received", "displayed", "replace", "remove", "reactions", "invite"]

/**
 * Whether an incoming message is content (not a marker, chat state, edit, deletion or reaction).
 *
 * @since 0.1.0
 * @category guards
 */
export const isContent = (message: Incoming): boolean =>
  (message.type === "chat" || message.type === "groupchat") &&
  !hasChild(message.stanza, notContent) &&
  (message.stanza.getChild("body") !== undefined || message.extraParams !== undefined)

const toNumber = (value: ExtraParams.Value | undefined): number | undefined => {
  const number = typeof value === "number" ? value : typeof value === "string" ? Number(value) : Number.NaN
  return Number.isFinite(number) ? number : undefined
}

/**
 * Reads a content message.
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromIncoming = (message: Incoming): Message => {
  const params = message.extraParams ? ExtraParams.decode(message.extraParams) : {}
  const { attachments: _, ...extension } = params
  const marker = extension.markable
  return {
    id: message.id,
    type: message.type === "groupchat" ? "groupchat" : "chat",
    from: message.from,
    senderId: message.senderId,
    recipientId: message.recipientId,
    dialogId: message.dialogId,
    body: message.stanza.getChildText("body") ?? undefined,
    attachments: ExtraParams.attachments(params),
    extension,
    markable:
      marker === "1" ||
      marker === 1 ||
      marker === true ||
      message.stanza.getChild("markable", "urn:xmpp:chat-markers:0") !== undefined,
    dateSent: toNumber(extension.date_sent),
    delay: message.delay,
    forwarded: message.forwarded,
    stanza: message.stanza,
  }
}

/**
 * Builds the service over a connection.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = /*#__PURE__*/ Effect.gen(function* () {
  const connection = yield* XmppConnection
  const jids = yield* CubeJid
  return Messages.of({
    send: (to, message, options) =>
      Effect.suspend(() => {
        const id = message.id ?? ObjectId.make()
        return Effect.as(connection.send(toStanza(jids.address(to), { ...message, id }), options), { id })
      }),
    incoming: messages(connection, jids, (message) =>
      isContent(message) ? fromIncoming(message) : undefined,
    ),
    errors: messages(connection, jids, (message) => {
      if (message.type !== "error") return undefined
      const error = message.stanza.getChild("error")
      return {
        id: message.id,
        from: message.from,
        error: error
          ? XmppError.fromErrorElement(error)
          : new XmppError.StanzaError({ condition: "undefined-condition" }),
      }
    }),
  })
})

/**
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<Messages, never, XmppConnection | CubeJid> = /*#__PURE__*/ Layer.effect(
  Messages,
  make,
)
