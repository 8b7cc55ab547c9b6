/**
 * The outbox: every message waits here until the server acknowledged it (XEP-0198, through realtime),
 * across drops, resumes and fresh logins, under its client-generated id — the server keeps one copy of the
 * same id, so re-sending is always safe. Each message has a deadline; past it the send fails with
 * `SendTimeout`. A bounce (the recipient blocks the sender) fails it with `Blocked`. Entries are written to
 * a pluggable `OutboxStore` so that an app restart can send what was still pending (`restore`).
 *
 * @since 0.1.0
 */
import { Messages, XmppConnection, type XmppError } from "@cube/realtime"
import * as Context from "effect/Context"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as Queue from "effect/Queue"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import { ChatConfig } from "./ChatConfig.ts"
import * as ChatError from "./ChatError.ts"
import type { Attachment } from "./types.ts"

/**
 * A message waiting for the server's acknowledgement; plain data, so a store can persist it as JSON.
 *
 * @since 0.1.0
 * @category models
 */
export interface OutboxEntry {
  readonly id: string
  readonly dialogId: string
  /** A user (private dialog) or the dialog's room (group, public). */
  readonly target: { readonly userId: number } | { readonly dialogId: string }
  readonly body?: string | undefined
  readonly attachments?: ReadonlyArray<Attachment> | undefined
  /** Custom fields, already encoded (JSON values). */
  readonly extension?: Readonly<Record<string, unknown>> | undefined
  readonly silent?: boolean | undefined
  readonly markable?: boolean | undefined
  readonly saveToHistory?: boolean | undefined
  /** When it was created and when it gives up, in epoch milliseconds. */
  readonly createdAt: number
  readonly deadline: number
}

/**
 * Where pending messages are kept between app starts (IndexedDB, AsyncStorage, a file…). Every method may
 * be asynchronous; failures are reported, never fatal.
 *
 * @since 0.1.0
 * @category models
 */
export interface OutboxStore {
  load(): Promise<ReadonlyArray<OutboxEntry>> | ReadonlyArray<OutboxEntry>
  put(entry: OutboxEntry): Promise<void> | void
  remove(id: string): Promise<void> | void
}

/**
 * A store in memory (the default): pending messages survive reconnects, not a restart.
 *
 * @since 0.1.0
 * @category constructors
 */
export const memoryStore = (): OutboxStore => {
  const entries = new Map<string, OutboxEntry>()
  return {
    load: () => [...entries.values()],
    put: (entry) => {
      entries.set(entry.id, entry)
    },
    remove: (id) => {
      entries.delete(id)
    },
  }
}

/**
 * Why one attempt failed: `retry` waits for the next connection and tries again until the deadline.
 *
 * @since 0.1.0
 * @category models
 */
export type AttemptFailure =
  | { readonly _tag: "Retry" }
  | { readonly _tag: "Fatal"; readonly error: ChatError.ChatError }

/**
 * What the outbox sends with (realtime in the client, a fake in tests).
 *
 * @since 0.1.0
 * @category models
 */
export interface Transport {
  /** One attempt; succeeds when the server acknowledged it. */
  readonly send: (entry: OutboxEntry, timeoutMs: number) => Effect.Effect<void, AttemptFailure>
  /** Waits until the connection is usable. */
  readonly awaitReady: Effect.Effect<void>
  /** Messages the server bounced: id and why. */
  readonly bounces: Stream.Stream<{ readonly id: string; readonly error: ChatError.ChatError }>
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Shape {
  /** Keeps the entry until it is acknowledged; fails with `SendTimeout` at its deadline or `Blocked`. */
  readonly submit: (entry: OutboxEntry) => Effect.Effect<void, ChatError.ChatError>
  /** What is waiting now. */
  readonly pending: Effect.Effect<ReadonlyArray<OutboxEntry>>
  /** Loads the store and sends, in the background, every entry not already in flight; returns them. */
  readonly restore: Effect.Effect<ReadonlyArray<OutboxEntry>>
  /** Settled restored entries (success or failure), for whoever shows them. */
  readonly settled: Stream.Stream<{
    readonly entry: OutboxEntry
    readonly exit: Exit.Exit<void, ChatError.ChatError>
  }>
}

/**
 * @since 0.1.0
 * @category services
 */
export class Outbox extends Context.Service<Outbox, Shape>()("@cube/chat/Outbox") {}

/**
 * Builds an outbox over a transport and a store; background work lives in the current scope.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (transport: Transport, store: OutboxStore): Effect.Effect<Shape, never, Scope.Scope> =>
  Effect.gen(function* () {
    const scope = yield* Effect.scope
    const inFlight = new Map<string, OutboxEntry>()
    const bounceWaiters = new Map<string, Deferred.Deferred<ChatError.ChatError>>()
    const settledListeners = new Set<
      (item: { entry: OutboxEntry; exit: Exit.Exit<void, ChatError.ChatError> }) => void
    >()

    // A store failure must not lose the message in memory: report it and carry on. A synchronous store
    // (the default one) costs no promise and no suspension.
    const storeFailed = (error: unknown) => Effect.logWarning("@cube/chat outbox store failed", error)
    const persist = (f: () => Promise<void> | void): Effect.Effect<void> =>
      Effect.suspend(() => {
        let result: Promise<void> | void
        try {
          result = f()
        } catch (error) {
          return storeFailed(error)
        }
        if (result === undefined || typeof (result as { then?: unknown }).then !== "function")
          return Effect.void
        const pending = result
        return Effect.tryPromise(() => pending).pipe(Effect.catch(storeFailed))
      })

    yield* transport.bounces.pipe(
      Stream.runForEach(({ id, error }) =>
        Effect.sync(() => {
          const waiter = bounceWaiters.get(id)
          if (waiter !== undefined) Deferred.doneUnsafe(waiter, Exit.succeed(error))
        }),
      ),
      Effect.forkIn(scope, { startImmediately: true }),
    )

    // Attempts until acknowledged, refused or past the deadline; a message that goes through at once costs
    // no generator.
    const attempt = (entry: OutboxEntry, bounced: Deferred.Deferred<ChatError.ChatError>) => {
      // Built only when needed: an error captures a stack trace.
      const timeout = () =>
        ChatError.make(
          new ChatError.SendTimeout({
            messageId: entry.id,
            timeoutMs: Math.max(0, entry.deadline - entry.createdAt),
          }),
        )
      const once: Effect.Effect<void, ChatError.ChatError> = Effect.clockWith((clock) => {
        const remaining = entry.deadline - clock.currentTimeMillisUnsafe()
        if (remaining <= 0) return Effect.fail(timeout())
        return transport
          .send(entry, remaining)
          .pipe(Effect.catch((failure) => (failure._tag === "Fatal" ? Effect.fail(failure.error) : retry)))
      })
      // Not now: wait for the next connection (or the deadline) and try again, same id.
      const retry: Effect.Effect<void, ChatError.ChatError> = Effect.clockWith((clock) => {
        const left = entry.deadline - clock.currentTimeMillisUnsafe()
        if (left <= 0) return Effect.fail(timeout())
        return transport.awaitReady.pipe(Effect.timeoutOption(left), Effect.andThen(once))
      })
      return once.pipe(
        Effect.raceFirst(Deferred.await(bounced).pipe(Effect.flatMap((error) => Effect.fail(error)))),
      )
    }

    const submit = (entry: OutboxEntry): Effect.Effect<void, ChatError.ChatError> =>
      Effect.suspend(() => {
        inFlight.set(entry.id, entry)
        const bounced = Deferred.makeUnsafe<ChatError.ChatError>()
        bounceWaiters.set(entry.id, bounced)
        return persist(() => store.put(entry)).pipe(
          Effect.andThen(attempt(entry, bounced)),
          // Settled either way (acknowledged, refused, too late): the store forgets it. An interruption
          // (the client shutting down) keeps it for the next start.
          Effect.onExit((exit) => {
            inFlight.delete(entry.id)
            bounceWaiters.delete(entry.id)
            return Exit.hasInterrupts(exit) ? Effect.void : persist(() => store.remove(entry.id))
          }),
        )
      })

    const restore = Effect.gen(function* () {
      const loaded = yield* Effect.tryPromise(async () => store.load()).pipe(
        Effect.catch((error) =>
          Effect.as(
            Effect.logWarning("@cube/chat outbox store failed", error),
            [] as ReadonlyArray<OutboxEntry>,
          ),
        ),
      )
      const waiting = loaded.filter((entry) => !inFlight.has(entry.id))
      for (const entry of waiting) {
        yield* submit(entry).pipe(
          Effect.exit,
          Effect.tap((exit) =>
            Effect.sync(() => {
              for (const listener of settledListeners) listener({ entry, exit })
            }),
          ),
          Effect.forkIn(scope),
        )
      }
      return waiting
    })

    return {
      submit,
      pending: Effect.sync(() => [...inFlight.values()]),
      restore,
      settled: Stream.callback<{ entry: OutboxEntry; exit: Exit.Exit<void, ChatError.ChatError> }>((queue) =>
        Effect.acquireRelease(
          Effect.sync(() => {
            const listener = (item: { entry: OutboxEntry; exit: Exit.Exit<void, ChatError.ChatError> }) => {
              Queue.offerUnsafe(queue, item)
            }
            settledListeners.add(listener)
            return listener
          }),
          (listener) => Effect.sync(() => settledListeners.delete(listener)),
        ),
      ),
    } satisfies Shape
  })

const retryable = new Set(["NotConnected", "Timeout", "ConnectionLost", "ConnectFailed", "StreamError"])

/**
 * One attempt's failure, sorted: connection trouble is retried, anything else is final.
 *
 * @since 0.1.0
 * @category constructors
 */
export const classify = (error: XmppError.XmppError): AttemptFailure => {
  if (retryable.has(error.reason._tag)) return { _tag: "Retry" }
  if (error.reason._tag === "InvalidStanza") {
    return {
      _tag: "Fatal",
      error: ChatError.make(new ChatError.InvalidInput({ detail: error.reason.detail })),
    }
  }
  return { _tag: "Fatal", error: ChatError.fromXmpp(error) }
}

/**
 * A bounce as a `ChatError`: `service-unavailable` (code 503) is how a blocking recipient refuses.
 *
 * @since 0.1.0
 * @category constructors
 */
export const bounceError = (id: string, error: XmppError.StanzaError): ChatError.ChatError =>
  error.condition === "service-unavailable" || error.code === 503
    ? ChatError.make(
        new ChatError.Blocked({
          messageId: id,
          ...(error.code === undefined ? {} : { code: error.code }),
          detail: error.text ?? error.condition,
        }),
      )
    : ChatError.make(
        new ChatError.RealtimeFailed({
          kind: "StanzaError",
          detail: error.message,
          condition: error.condition,
        }),
      )

/**
 * The outbox over realtime messages, with the configured store.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<
  Outbox,
  never,
  ChatConfig | Messages.Messages | XmppConnection.XmppConnection
> = Layer.effect(
  Outbox,
  Effect.gen(function* () {
    const config = yield* ChatConfig
    const messages = yield* Messages.Messages
    const connection = yield* XmppConnection.XmppConnection
    const transport: Transport = {
      send: (entry, timeoutMs) =>
        messages
          .send(
            entry.target,
            {
              id: entry.id,
              body: entry.body,
              dialogId: entry.dialogId,
              attachments: entry.attachments,
              extension: entry.extension as never,
              saveToHistory: entry.saveToHistory,
              markable: entry.markable,
              silent: entry.silent,
            },
            { timeout: timeoutMs },
          )
          .pipe(Effect.asVoid, Effect.mapError(classify)),
      awaitReady: connection.states.pipe(
        Stream.filter((state) => state._tag === "Ready"),
        Stream.runHead,
        Effect.asVoid,
      ),
      bounces: messages.errors.pipe(
        Stream.filter((bounce) => bounce.id !== undefined),
        Stream.map((bounce) => ({ id: bounce.id!, error: bounceError(bounce.id!, bounce.error) })),
      ),
    }
    return Outbox.of(yield* make(transport, config.store))
  }),
)
