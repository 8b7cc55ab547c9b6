/**
 * Sending messages: `send` resolves on the server's acknowledgement (through the outbox, so drops,
 * resumes and fresh logins are survived under the same id), `resend` tries a failed one again, `create`
 * stores one over HTTP. A sent message appears in its dialog's timeline at once (`pending`), then moves to
 * `sent`, `delivered`, `read` — or `failed` with the reason. Own 1-1 messages then learn their server
 * position (`date_sent`) over REST, so both sides order them alike.
 *
 * @since 0.1.0
 */
import { ObjectId, XmppConnection } from "@cube/realtime"
import type * as Cause from "effect/Cause"
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as Schedule from "effect/Schedule"
import * as Stream from "effect/Stream"
import { ChatConfig } from "./ChatConfig.ts"
import * as ChatError from "./ChatError.ts"
import { ChatState } from "./ChatState.ts"
import { Dialogs } from "./Dialogs.ts"
import { withLastMessage } from "./internal/dialogCodec.ts"
import { fromRest } from "./internal/messageCodec.ts"
import { findMessage, upsertMessages } from "./internal/timelines.ts"
import { Outbox, type OutboxEntry } from "./Outbox.ts"
import { RestApi } from "./RestApi.ts"
import { Session } from "./Session.ts"
import { targetOf } from "./Typing.ts"
import type { Attachment, ChatMessage } from "./types.ts"

/**
 * A message to send.
 *
 * @since 0.1.0
 * @category models
 */
export interface SendParams<P = unknown> {
  readonly body?: string | undefined
  readonly attachments?: ReadonlyArray<Attachment> | undefined
  /** Custom fields (validated and encoded by the app's schema). */
  readonly properties?: P | undefined
  /** No push notification for offline recipients. */
  readonly silent?: boolean | undefined
  /** Ask for a delivered marker. Default true. */
  readonly markable?: boolean | undefined
  /** Store in history. Default true. */
  readonly saveToHistory?: boolean | undefined
  /** The client id (a new ObjectId by default); the same id twice is one message. */
  readonly id?: string | undefined
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Shape {
  /** Sends; succeeds with the message once the server acknowledged it. */
  readonly send: (
    dialogId: string,
    params: SendParams,
  ) => Effect.Effect<ChatMessage<unknown>, ChatError.ChatError>
  /** Sends a failed message again, under the same id. */
  readonly resend: (
    dialogId: string,
    messageId: string,
  ) => Effect.Effect<ChatMessage<unknown>, ChatError.ChatError>
  /** Creates a message over HTTP (`sendToChat` also delivers it live). */
  readonly create: (
    dialogId: string,
    params: SendParams & { readonly sendToChat?: boolean | undefined },
  ) => Effect.Effect<ChatMessage<unknown>, ChatError.ChatError>
}

/**
 * @since 0.1.0
 * @category services
 */
export class Messages extends Context.Service<Messages, Shape>()("@cube/chat/Messages") {}

const reservedKeys = [
  "save_to_history",
  "dialog_id",
  "date_sent",
  "markable",
  "silent",
  "attachments",
  "send_to_chat",
]
// REST may be briefly unreachable (a restarting server): confirming waits for it a while.
const confirmRetry = Schedule.spaced(500).pipe(Schedule.upTo({ times: 40 }))
const invalid = (detail: string) => ChatError.make(new ChatError.InvalidInput({ detail }))

/**
 * @since 0.1.0
 * @category constructors
 */
export const make = Effect.gen(function* () {
  const config = yield* ChatConfig
  const state = yield* ChatState
  const rest = yield* RestApi
  const session = yield* Session
  const dialogs = yield* Dialogs
  const outbox = yield* Outbox
  const connection = yield* XmppConnection.XmppConnection
  const scope = yield* Effect.scope
  const me = () => state.session.getSnapshot().userId
  const upsert = (dialogId: string, messages: ReadonlyArray<ChatMessage<unknown>>) =>
    upsertMessages(state, dialogId, config.maxMessages, messages)
  const setMessage = (
    dialogId: string,
    id: string,
    f: (message: ChatMessage<unknown>) => ChatMessage<unknown>,
  ) => state.timeline(dialogId).updateMessage(id, f)

  const encode = (properties: unknown) =>
    Effect.suspend(() => {
      if (properties === undefined) return Effect.succeed(undefined)
      const encoded = config.properties.encode(properties)
      if (!encoded.ok) return Effect.fail(invalid(`properties: ${encoded.error}`))
      const clash = Object.keys(encoded.value).find((key) => reservedKeys.includes(key))
      return clash === undefined
        ? Effect.succeed(encoded.value)
        : Effect.fail(invalid(`properties: '${clash}' is reserved`))
    })

  // Own 1-1 messages learn their server position from REST once acknowledged (group ones from their echo).
  const toConfirm = new Map<string, Set<string>>()
  const confirm = (dialogId: string, id: string) =>
    Effect.suspend(() => {
      let ids = toConfirm.get(dialogId)
      if (ids !== undefined) {
        ids.add(id)
        return Effect.void
      }
      ids = new Set([id])
      toConfirm.set(dialogId, ids)
      return Effect.sleep(200).pipe(
        Effect.andThen(
          Effect.suspend(() => {
            const batch = [...(toConfirm.get(dialogId) ?? [])]
            toConfirm.delete(dialogId)
            return Effect.forEach(chunks(batch, 100), (chunk) =>
              rest
                .call((client, signal) =>
                  client.GET("/chat/Message.json", {
                    params: {
                      query: {
                        chat_dialog_id: dialogId,
                        _id: { in: [...chunk] },
                        mark_as_read: 0,
                        limit: chunk.length,
                      },
                    },
                    signal,
                  }),
                )
                .pipe(
                  Effect.map((page) => page.items.map((item) => fromRest(item, me(), config.properties))),
                  // Only copies still shown: not one trimmed or deleted since.
                  Effect.tap((confirmed) =>
                    Effect.sync(() => {
                      const store = state.timeline(dialogId)
                      upsert(
                        dialogId,
                        confirmed.filter((message) => store.get(message.id) !== undefined),
                      )
                    }),
                  ),
                  Effect.retry(confirmRetry),
                  Effect.ignore,
                ),
            )
          }),
        ),
        Effect.forkIn(scope),
        Effect.asVoid,
      )
    })

  // A message trimmed from its timeline while it waited (a busy dialog) still settles, as its local copy.
  const sent = (entry: OutboxEntry, local: ChatMessage<unknown>) => {
    const message =
      setMessage(entry.dialogId, entry.id, (current) =>
        current.status === "pending" || current.status === "failed"
          ? { ...current, status: "sent", error: undefined }
          : current,
      ) ?? ({ ...local, status: "sent" } satisfies ChatMessage<unknown>)
    state.events.emit("message:sent", message)
    return config.confirmOrder && "userId" in entry.target && entry.saveToHistory !== false
      ? Effect.as(confirm(entry.dialogId, entry.id), message)
      : Effect.succeed(message)
  }

  const failed = (
    entry: OutboxEntry,
    local: ChatMessage<unknown>,
    cause: Cause.Cause<ChatError.ChatError>,
  ) => {
    const error = cause.reasons.find((reason) => reason._tag === "Fail")?.error
    if (error === undefined) return Effect.failCause(cause)
    const message =
      setMessage(entry.dialogId, entry.id, (current) =>
        current.confirmed ? current : { ...current, status: "failed", error },
      ) ?? ({ ...local, status: "failed", error } satisfies ChatMessage<unknown>)
    if (message.status === "failed") state.events.emit("message:failed", { message, error })
    return Effect.fail(error)
  }

  // The way back of every send: plain functions, no generator per message.
  const deliver = (entry: OutboxEntry, local: ChatMessage<unknown>) =>
    outbox.submit(entry).pipe(
      Effect.matchCauseEffect({
        onSuccess: () => sent(entry, local),
        onFailure: (cause) => failed(entry, local, cause),
      }),
    )

  const send = (dialogId: string, params: SendParams) =>
    Effect.gen(function* () {
      const userId = yield* session.userId
      if (
        (params.body ?? "") === "" &&
        (params.attachments?.length ?? 0) === 0 &&
        params.properties === undefined
      ) {
        return yield* Effect.fail(invalid("a message needs a body, attachments or properties"))
      }
      const dialog = yield* dialogs.get(dialogId)
      const extension = yield* encode(params.properties)
      const id = params.id ?? ObjectId.make()
      const now = yield* Clock.currentTimeMillis
      const target = targetOf(dialog, userId)
      const entry: OutboxEntry = {
        id,
        dialogId,
        target,
        body: params.body,
        attachments: params.attachments,
        extension,
        silent: params.silent,
        markable: params.markable,
        saveToHistory: params.saveToHistory,
        createdAt: now,
        deadline: now + config.sendTimeoutMs,
      }
      const local: ChatMessage<unknown> = {
        id,
        dialogId,
        senderId: userId,
        recipientId: "userId" in target ? target.userId : undefined,
        body: params.body ?? "",
        attachments: params.attachments ?? [],
        properties: params.properties,
        rawProperties: extension ?? {},
        dateSent: Math.floor(now / 1000),
        confirmed: false,
        status: "pending",
        deliveredIds: [],
        readIds: [],
        read: true,
        reactions: { total: {}, own: [] },
        edited: false,
        silent: params.silent === true,
      }
      state.seen.add(id)
      upsert(dialogId, [local])
      state.dialogs.update((current) => withLastMessage(current, local))
      return yield* deliver(entry, local)
    })

  // Entries a previous run left in the store: shown as pending, sent when the connection is up.
  yield* outbox.settled.pipe(
    Stream.runForEach(({ entry, exit }) =>
      Effect.sync(() => {
        if (Exit.isSuccess(exit)) {
          const sent = setMessage(entry.dialogId, entry.id, (message) => ({ ...message, status: "sent" }))
          if (sent !== undefined) state.events.emit("message:sent", sent)
          return
        }
        const error = exit.cause.reasons.find((reason) => reason._tag === "Fail")?.error
        if (error === undefined) return
        const failed = setMessage(entry.dialogId, entry.id, (message) => ({
          ...message,
          status: "failed",
          error,
        }))
        if (failed !== undefined) state.events.emit("message:failed", { message: failed, error })
      }),
    ),
    Effect.forkScoped({ startImmediately: true }),
  )
  yield* connection.states.pipe(
    Stream.filter((current) => current._tag === "Ready"),
    Stream.take(1),
    Stream.runForEach(() =>
      Effect.gen(function* () {
        const restored = yield* outbox.restore
        const userId = me() ?? 0
        for (const entry of restored) {
          state.seen.add(entry.id)
          const local: ChatMessage<unknown> = {
            id: entry.id,
            dialogId: entry.dialogId,
            senderId: userId,
            recipientId: "userId" in entry.target ? entry.target.userId : undefined,
            body: entry.body ?? "",
            attachments: entry.attachments ?? [],
            properties: config.properties.decode((entry.extension ?? {}) as Record<string, unknown>).value,
            rawProperties: (entry.extension ?? {}) as Record<string, unknown>,
            dateSent: Math.floor(entry.createdAt / 1000),
            confirmed: false,
            status: "pending",
            deliveredIds: [],
            readIds: [],
            read: true,
            reactions: { total: {}, own: [] },
            edited: false,
            silent: entry.silent === true,
          }
          upsert(entry.dialogId, [local])
        }
      }),
    ),
    Effect.forkScoped({ startImmediately: true }),
  )

  return Messages.of({
    send,
    resend: (dialogId, messageId) =>
      Effect.gen(function* () {
        const message = findMessage(state, messageId, dialogId)
        if (message === undefined)
          return yield* Effect.fail(
            ChatError.make(new ChatError.NotFound({ what: "message", id: messageId })),
          )
        setMessage(dialogId, messageId, (current) => ({ ...current, status: "pending", error: undefined }))
        return yield* send(dialogId, {
          id: message.id,
          body: message.body,
          attachments: message.attachments,
          properties: message.properties,
          silent: message.silent,
        })
      }),
    create: (dialogId, params) =>
      Effect.gen(function* () {
        const extension = (yield* encode(params.properties)) ?? {}
        const created = yield* rest.call((client, signal) =>
          client.POST("/chat/Message.json", {
            body: {
              ...extension,
              chat_dialog_id: dialogId,
              ...(params.id === undefined ? {} : { _id: params.id }),
              ...(params.body === undefined ? {} : { message: params.body }),
              ...(params.attachments === undefined ? {} : { attachments: params.attachments as never }),
              ...(params.sendToChat ? { send_to_chat: 1 } : {}),
              ...(params.markable === false ? {} : { markable: 1 }),
              ...(params.silent ? { silent: 1 } : {}),
            } as never,
            signal,
          }),
        )
        const message = fromRest(created as never, me(), config.properties)
        state.seen.add(message.id)
        upsert(dialogId, [message])
        state.dialogs.update((current) => withLastMessage(current, message))
        return message
      }),
  })
})

const chunks = <A>(items: ReadonlyArray<A>, size: number): ReadonlyArray<ReadonlyArray<A>> => {
  const result: Array<ReadonlyArray<A>> = []
  for (let index = 0; index < items.length; index += size) result.push(items.slice(index, index + size))
  return result
}

/**
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<
  Messages,
  never,
  ChatConfig | ChatState | RestApi | Session | Dialogs | Outbox | XmppConnection.XmppConnection
> = Layer.effect(Messages, make)
