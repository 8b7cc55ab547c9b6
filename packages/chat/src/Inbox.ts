/**
 * What arrives over the chat connection, applied to the stores: messages (merged by id, so an echo, a
 * carbon, an offline replay or a re-send after resume is one message and one `message` event), delivered
 * and read markers, edits, deletions and reactions. Unread counters and the dialogs' last messages follow.
 *
 * @since 0.1.0
 */
import {
  Corrections,
  Markers,
  ObjectId,
  Reactions,
  Messages as RealtimeMessages,
  Retractions,
} from "@cube/realtime"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import { ChatConfig } from "./ChatConfig.ts"
import { ChatState } from "./ChatState.ts"
import { Dialogs } from "./Dialogs.ts"
import { withLastMessage } from "./internal/dialogCodec.ts"
import { expectedEchoes } from "./internal/expectedEchoes.ts"
import { fromRealtime } from "./internal/messageCodec.ts"
import { findMessage, upsertMessages } from "./internal/timelines.ts"
import { privateDialogWith, Typing } from "./Typing.ts"
import type { ChatMessage, Reactions as MessageReactions, MessageStatus } from "./types.ts"
import { Unread } from "./Unread.ts"

/**
 * @since 0.1.0
 * @category models
 */
export interface Shape {
  /** Applies a reaction change to a message (idempotent for the user's own reactions). */
  readonly applyReaction: (
    messageId: string,
    dialogId: string | undefined,
    userId: number | undefined,
    add: string | undefined,
    remove: string | undefined,
  ) => boolean
  /** Applies the user's own change once its request succeeded; the server's echo of it is then skipped. */
  readonly applyOwnReaction: (
    messageId: string,
    dialogId: string | undefined,
    add: string | undefined,
    remove: string | undefined,
  ) => boolean
}

/**
 * @since 0.1.0
 * @category services
 */
export class Inbox extends Context.Service<Inbox, Shape>()("@cube/chat/Inbox") {}

/**
 * A message's reactions after a user's change; own reactions already applied are not counted twice.
 *
 * @since 0.1.0
 * @category constructors
 */
export const react = (
  reactions: MessageReactions,
  own: boolean,
  add: string | undefined,
  remove: string | undefined,
): MessageReactions => {
  const total = { ...reactions.total }
  let mine = [...reactions.own]
  if (remove !== undefined && (!own || mine.includes(remove))) {
    const left = (total[remove] ?? 0) - 1
    if (left > 0) total[remove] = left
    else delete total[remove]
    if (own) mine = mine.filter((reaction) => reaction !== remove)
  }
  if (add !== undefined && (!own || !mine.includes(add))) {
    total[add] = (total[add] ?? 0) + 1
    if (own) mine.push(add)
  }
  return { total, own: mine }
}

const rank: Record<MessageStatus, number> = { failed: 0, pending: 1, sent: 2, delivered: 3, read: 4 }

/**
 * @since 0.1.0
 * @category constructors
 */
export const make = Effect.gen(function* () {
  const config = yield* ChatConfig
  const state = yield* ChatState
  const dialogs = yield* Dialogs
  const unread = yield* Unread
  const typing = yield* Typing
  const messages = yield* RealtimeMessages.Messages
  const markers = yield* Markers.Markers
  const corrections = yield* Corrections.Corrections
  const retractions = yield* Retractions.Retractions
  const reactions = yield* Reactions.Reactions
  const recent = state.seen
  const me = () => state.session.getSnapshot().userId
  const background = Effect.forkScoped({ startImmediately: true })

  const dialogOf = (dialogId: string | undefined, peer: number | undefined) =>
    dialogId ??
    (peer === undefined
      ? undefined
      : privateDialogWith(Object.values(state.dialogs.getSnapshot().byId), peer)?.id)

  // A new conversation: fetch it, so lists show it.
  const discover = (dialogId: string, message: ChatMessage<unknown>) =>
    dialogs.refresh(dialogId).pipe(
      Effect.tap((dialog) =>
        Effect.sync(() => {
          if (dialog === undefined) return
          state.dialogs.update((current) => withLastMessage(current, message))
          state.events.emit("dialog", {
            kind: "created",
            dialogId,
            dialog: state.dialogs.getSnapshot().byId[dialogId],
          })
        }),
      ),
      Effect.ignore,
      Effect.forkScoped,
      Effect.asVoid,
    )

  // The hot path of a receiver: synchronous but for the few steps that need an Effect.
  const onMessage = (incoming: RealtimeMessages.Message) =>
    Effect.clockWith((clock) => {
      const self = me()
      const peer = incoming.senderId === self ? incoming.recipientId : incoming.senderId
      const dialogId = dialogOf(incoming.dialogId, peer)
      if (dialogId === undefined) return Effect.void
      const withId =
        incoming.id === undefined
          ? { ...incoming, id: ObjectId.make() }
          : (incoming as RealtimeMessages.Message & { readonly id: string })
      const id = withId.id
      const now = Math.floor(clock.currentTimeMillisUnsafe() / 1000)
      const message = fromRealtime(withId, dialogId, self, config.properties, now)
      const known = recent.has(id) || state.timeline(dialogId).get(id) !== undefined
      recent.add(id)
      const timeline = upsertMessages(state, dialogId, config.maxMessages, [message])
      if (known) return Effect.void
      const merged = timeline.get(id) ?? message
      state.dialogs.update((current) => withLastMessage(current, merged))
      const fresh = !(dialogId in state.dialogs.getSnapshot().byId)
      state.events.emit("message", merged as ChatMessage<unknown>)
      let next = fresh ? discover(dialogId, merged) : Effect.void
      if (merged.senderId !== self) {
        next = next.pipe(
          Effect.andThen(unread.increment(dialogId)),
          Effect.andThen(typing.clear(dialogId, merged.senderId)),
        )
      }
      return incoming.delay === undefined ? next : Effect.andThen(next, unread.settle)
    })

  const onMarker = (marker: Markers.Marker) =>
    Effect.sync(() => {
      const userId = marker.senderId
      const found = findMessage(state, marker.messageId, marker.dialogId)
      const dialogId = found?.dialogId ?? marker.dialogId
      if (found !== undefined && userId !== undefined) {
        state.timeline(found.dialogId).updateMessage(marker.messageId, (message) => {
          const read = marker.kind === "read"
          const withUser = (ids: ReadonlyArray<number>) => (ids.includes(userId) ? ids : [...ids, userId])
          // Read implies delivered.
          const deliveredIds = withUser(message.deliveredIds)
          const readIds = read ? withUser(message.readIds) : message.readIds
          const reached: MessageStatus = read ? "read" : "delivered"
          const own = message.senderId === me() && userId !== me()
          const status =
            own && message.status !== undefined && rank[reached] > rank[message.status]
              ? reached
              : message.status
          const isRead = message.read || (read && userId === me())
          if (
            deliveredIds === message.deliveredIds &&
            readIds === message.readIds &&
            status === message.status &&
            isRead === message.read
          )
            return message
          return { ...message, deliveredIds, readIds, status, read: isRead }
        })
      }
      state.events.emit(marker.kind === "read" ? "message:read" : "message:delivered", {
        messageId: marker.messageId,
        dialogId,
        userId,
      })
    })

  const onEdit = (edit: Corrections.Correction) =>
    Effect.sync(() => {
      const found = findMessage(state, edit.messageId, edit.dialogId)
      const body = edit.body ?? ""
      if (found !== undefined) {
        state
          .timeline(found.dialogId)
          .updateMessage(edit.messageId, (message) => ({ ...message, body, edited: true }))
      }
      state.events.emit("message:edited", {
        messageId: edit.messageId,
        dialogId: found?.dialogId ?? edit.dialogId,
        userId: edit.senderId,
        body,
      })
    })

  const onDelete = (retraction: Retractions.Retraction) =>
    Effect.sync(() => {
      const found = findMessage(state, retraction.messageId, retraction.dialogId)
      if (found !== undefined) state.timeline(found.dialogId).remove([retraction.messageId])
      state.events.emit("message:deleted", {
        messageId: retraction.messageId,
        dialogId: found?.dialogId ?? retraction.dialogId,
        userId: retraction.senderId,
      })
    })

  const applyReaction: Shape["applyReaction"] = (messageId, dialogId, userId, add, remove) => {
    const found = findMessage(state, messageId, dialogId)
    if (found === undefined) return false
    const own = userId !== undefined && userId === me()
    let changed = false
    state.timeline(found.dialogId).updateMessage(messageId, (message) => {
      const next = react(message.reactions, own, add, remove)
      changed = JSON.stringify(next) !== JSON.stringify(message.reactions)
      return changed ? { ...message, reactions: next } : message
    })
    return changed
  }

  const echoes = expectedEchoes()
  const echoKey = (messageId: string, add: string | undefined, remove: string | undefined) =>
    `${messageId} ${add ?? ""} ${remove ?? ""}`
  const applyOwnReaction: Shape["applyOwnReaction"] = (messageId, dialogId, add, remove) => {
    const changed = applyReaction(messageId, dialogId, me(), add, remove)
    // Unchanged: the echo came first (or the change was a no-op), so none is still owed.
    if (changed) echoes.expect(echoKey(messageId, add, remove))
    return changed
  }

  yield* messages.incoming.pipe(
    Stream.runForEach((message) => Effect.ignore(onMessage(message))),
    background,
  )
  yield* markers.incoming.pipe(Stream.runForEach(onMarker), background)
  yield* corrections.incoming.pipe(Stream.runForEach(onEdit), background)
  yield* retractions.incoming.pipe(Stream.runForEach(onDelete), background)
  yield* reactions.incoming.pipe(
    Stream.runForEach((change) =>
      Effect.sync(() => {
        if (change.userId === me() && echoes.consume(echoKey(change.messageId, change.add, change.remove)))
          return
        const changed = applyReaction(
          change.messageId,
          change.dialogId,
          change.userId,
          change.add,
          change.remove,
        )
        // An own change from another device that this one already shows is not news either.
        if (change.userId === me() && !changed) return
        state.events.emit("reaction", {
          messageId: change.messageId,
          dialogId: change.dialogId,
          userId: change.userId,
          add: change.add,
          remove: change.remove,
        })
      }),
    ),
    background,
  )

  return Inbox.of({ applyReaction, applyOwnReaction })
})

/**
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<
  Inbox,
  never,
  | ChatConfig
  | ChatState
  | Dialogs
  | Unread
  | Typing
  | RealtimeMessages.Messages
  | Markers.Markers
  | Corrections.Corrections
  | Retractions.Retractions
  | Reactions.Reactions
> = Layer.effect(Inbox, make)
