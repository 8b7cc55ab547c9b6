/**
 * What is done to messages once they exist: read and delivered statuses, mark all read, edits and
 * deletions over chat or HTTP, and reactions. Every change is applied to the timeline at once and sent to
 * the server; other users learn of it from the server.
 *
 * @since 0.1.0
 */
import { Corrections, Markers, Retractions } from "@cube/realtime"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type { ChatConfig } from "./ChatConfig.ts"
import * as ChatError from "./ChatError.ts"
import { ChatState } from "./ChatState.ts"
import { Dialogs } from "./Dialogs.ts"
import { Inbox } from "./Inbox.ts"
import { findMessage } from "./internal/timelines.ts"
import { RestApi } from "./RestApi.ts"
import { Session } from "./Session.ts"
import { targetOf } from "./Typing.ts"
import type { ChatMessage } from "./types.ts"
import { Unread } from "./Unread.ts"

/**
 * How an edit or a deletion travels: as a chat stanza (the default) or over HTTP.
 *
 * @since 0.1.0
 * @category models
 */
export type Via = "chat" | "http"

/**
 * @since 0.1.0
 * @category models
 */
export interface Shape {
  /** Tells the authors these messages were read (over chat) and counts them read. */
  readonly markRead: (
    dialogId: string,
    messageIds: ReadonlyArray<string>,
  ) => Effect.Effect<void, ChatError.ChatError>
  /** Tells an author a message arrived (when it was not sent `markable`). */
  readonly markDelivered: (dialogId: string, messageId: string) => Effect.Effect<void, ChatError.ChatError>
  /** Marks every message of the dialog read (over HTTP). */
  readonly markAllRead: (dialogId: string) => Effect.Effect<void, ChatError.ChatError>
  readonly edit: (
    dialogId: string,
    messageId: string,
    body: string,
    options?: { readonly via?: Via | undefined },
  ) => Effect.Effect<void, ChatError.ChatError>
  /** Deletes for everyone (over chat by default) or, with `forEveryone: false`, for the user only (HTTP). */
  readonly remove: (
    dialogId: string,
    messageIds: ReadonlyArray<string>,
    options?: { readonly forEveryone?: boolean | undefined; readonly via?: Via | undefined },
  ) => Effect.Effect<void, ChatError.ChatError>
  /** Adds and/or removes the user's reaction. */
  readonly react: (
    messageId: string,
    change: { readonly add?: string | undefined; readonly remove?: string | undefined },
  ) => Effect.Effect<void, ChatError.ChatError>
  /** Who reacted with what. */
  readonly reactions: (
    messageId: string,
  ) => Effect.Effect<Readonly<Record<string, ReadonlyArray<number>>>, ChatError.ChatError>
}

/**
 * @since 0.1.0
 * @category services
 */
export class MessageActions extends Context.Service<MessageActions, Shape>()("@cube/chat/MessageActions") {}

const toChat = Effect.mapError(ChatError.fromXmpp)
const notFound = (id: string) => ChatError.make(new ChatError.NotFound({ what: "message", id }))

/**
 * @since 0.1.0
 * @category constructors
 */
export const make = Effect.gen(function* () {
  const state = yield* ChatState
  const rest = yield* RestApi
  const session = yield* Session
  const dialogs = yield* Dialogs
  const unread = yield* Unread
  const inbox = yield* Inbox
  const markers = yield* Markers.Markers
  const corrections = yield* Corrections.Corrections
  const retractions = yield* Retractions.Retractions
  const me = () => state.session.getSnapshot().userId
  const setMessage = (
    dialogId: string,
    id: string,
    f: (message: ChatMessage<unknown>) => ChatMessage<unknown>,
  ) => state.timeline(dialogId).updateMessage(id, f)

  const peerTarget = (dialogId: string) =>
    Effect.gen(function* () {
      const dialog = yield* dialogs.get(dialogId)
      return { dialog, target: targetOf(dialog, me()) }
    })

  const markRead = (dialogId: string, messageIds: ReadonlyArray<string>) =>
    Effect.gen(function* () {
      const self = yield* session.userId
      let counted = 0
      yield* Effect.forEach(
        messageIds,
        (messageId) =>
          Effect.gen(function* () {
            const message = findMessage(state, messageId, dialogId)
            if (message === undefined || message.senderId === self || message.read) return
            yield* toChat(markers.read({ userId: message.senderId, messageId, dialogId }))
            counted += 1
            setMessage(dialogId, messageId, (current) => ({
              ...current,
              read: true,
              readIds: current.readIds.includes(self) ? current.readIds : [...current.readIds, self],
            }))
          }),
        { discard: true },
      )
      unread.read(dialogId, counted)
    })

  const removeLocal = (dialogId: string, messageIds: ReadonlyArray<string>) =>
    Effect.sync(() => state.timeline(dialogId).remove(messageIds))

  return MessageActions.of({
    markRead,
    markDelivered: (dialogId, messageId) =>
      Effect.gen(function* () {
        const message = findMessage(state, messageId, dialogId)
        if (message === undefined) return yield* Effect.fail(notFound(messageId))
        yield* toChat(markers.delivered({ userId: message.senderId, messageId, dialogId }))
      }),
    markAllRead: (dialogId) =>
      Effect.gen(function* () {
        yield* rest.call((client, signal) =>
          client.PUT("/chat/Message.json", { body: { chat_dialog_id: dialogId, read: 1 }, signal }),
        )
        const self = me()
        state.timeline(dialogId).updateEach((message) =>
          message.read
            ? message
            : {
                ...message,
                read: true,
                readIds: self === undefined ? message.readIds : [...message.readIds, self],
              },
        )
        unread.read(dialogId, "all")
      }),
    edit: (dialogId, messageId, body, options = {}) =>
      Effect.gen(function* () {
        if (options.via === "http") {
          yield* rest.call((client, signal) =>
            client.PUT("/chat/Message/{messageIds}.json", {
              params: { path: { messageIds: messageId } },
              body: { chat_dialog_id: dialogId, message: body },
              signal,
            }),
          )
        } else {
          const { target } = yield* peerTarget(dialogId)
          const last = state.timeline(dialogId).last()?.id === messageId
          yield* toChat(corrections.edit(target, { messageId, body, last, dialogId }))
        }
        setMessage(dialogId, messageId, (message) => ({ ...message, body, edited: true }))
      }),
    remove: (dialogId, messageIds, options = {}) =>
      Effect.gen(function* () {
        if (messageIds.length === 0) return
        const forEveryone = options.forEveryone !== false
        if (forEveryone && options.via !== "http") {
          const { target } = yield* peerTarget(dialogId)
          yield* Effect.forEach(
            messageIds,
            (messageId) => toChat(retractions.remove(target, { messageId, dialogId })),
            {
              discard: true,
            },
          )
        } else {
          yield* rest.call((client, signal) =>
            client.DELETE("/chat/Message/{messageIds}.json", {
              params: { path: { messageIds: [...messageIds] } },
              body: { force: forEveryone ? 1 : 0 },
              signal,
            }),
          )
        }
        yield* removeLocal(dialogId, messageIds)
      }),
    react: (messageId, change) =>
      Effect.gen(function* () {
        if (change.add === undefined && change.remove === undefined) return
        yield* rest.call((client, signal) =>
          client.PUT("/chat/Message/{messageId}/reactions.json", {
            params: { path: { messageId } },
            body: {
              ...(change.add === undefined ? {} : { add: change.add }),
              ...(change.remove === undefined ? {} : { remove: change.remove }),
            },
            signal,
          }),
        )
        const message = findMessage(state, messageId)
        if (inbox.applyOwnReaction(messageId, message?.dialogId, change.add, change.remove)) {
          state.events.emit("reaction", {
            messageId,
            dialogId: message?.dialogId,
            userId: me(),
            add: change.add,
            remove: change.remove,
          })
        }
      }),
    reactions: (messageId) =>
      rest.call((client, signal) =>
        client.GET("/chat/Message/{messageId}/reactions.json", { params: { path: { messageId } }, signal }),
      ) as Effect.Effect<Readonly<Record<string, ReadonlyArray<number>>>, ChatError.ChatError>,
  })
})

/**
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<
  MessageActions,
  never,
  | ChatConfig
  | ChatState
  | RestApi
  | Session
  | Dialogs
  | Unread
  | Inbox
  | Markers.Markers
  | Corrections.Corrections
  | Retractions.Retractions
> = Layer.effect(MessageActions, make)
