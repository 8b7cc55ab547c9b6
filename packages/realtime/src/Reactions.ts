/**
 * Reaction pushes. Reactions are set over REST (`PUT /chat/Message/{id}/reactions.json`); the server then
 * pushes `<reactions user_id message_id><reaction add|remove type/></reactions>` to the dialog's
 * participants, which arrive here. `user_id` is authoritative, not `from`.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type * as Stream from "effect/Stream"
import { CubeJid } from "./CubeJid.ts"
import { type Incoming, messages } from "./internal/incoming.ts"
import { XmppConnection } from "./XmppConnection.ts"

/**
 * One reaction change: a user added and/or removed a reaction (a user holds at most one per message).
 *
 * @since 0.1.0
 * @category models
 */
export interface ReactionUpdate {
  readonly messageId: string
  readonly userId: number | undefined
  readonly dialogId: string | undefined
  readonly add: string | undefined
  readonly remove: string | undefined
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Shape {
  readonly incoming: Stream.Stream<ReactionUpdate>
}

/**
 * @since 0.1.0
 * @category services
 */
export class Reactions extends Context.Service<Reactions, Shape>()("@cube/realtime/Reactions") {}

/**
 * Reads a reaction push out of an incoming message, if it is one.
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromIncoming = (message: Incoming): ReactionUpdate | undefined => {
  const reactions = message.stanza.getChild("reactions")
  const messageId = reactions?.attrs.message_id
  if (reactions === undefined || messageId === undefined) return undefined
  // The official SDK ignores carbon copies of group reactions; so do we.
  if (message.forwarded && message.type === "groupchat") return undefined
  let add: string | undefined
  let remove: string | undefined
  for (const reaction of reactions.getChildren("reaction")) {
    if (reaction.attrs.add === "true") add = reaction.attrs.type
    else if (reaction.attrs.remove === "true") remove = reaction.attrs.type
  }
  const userId = Number.parseInt(reactions.attrs.user_id ?? "", 10)
  return {
    messageId,
    userId: Number.isNaN(userId) ? undefined : userId,
    dialogId: message.dialogId,
    add,
    remove,
  }
}

/**
 * @since 0.1.0
 * @category constructors
 */
export const make = /*#__PURE__*/ Effect.gen(function* () {
  const connection = yield* XmppConnection
  const jids = yield* CubeJid
  return Reactions.of({
    incoming: messages(connection, jids, fromIncoming),
  })
})

/**
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<Reactions, never, XmppConnection | CubeJid> = /*#__PURE__*/ Layer.effect(
  Reactions,
  make,
)
