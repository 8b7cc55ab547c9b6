/**
 * One XMPP-over-WebSocket connection (RFC 7395) for any server: connect with SASL PLAIN, a state stream,
 * ack-resolved sends through a queue that survives reconnects, iq requests, and every incoming stanza as
 * a stream any number of subscribers can read.
 *
 * - Retrying is owned by `ReconnectPolicy` (xmpp.js's reconnect is not installed).
 * - XEP-0198 stream management with resume: after a drop the session is resumed when the server still
 *   holds it (`Resumed`, then `Ready { resumed: true }`) and unacknowledged stanzas are re-sent.
 * - `send` never throws while offline: it waits for `Ready` within its deadline, then for the server's `<a h/>`.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import * as ConnectionState from "./ConnectionState.ts"
import { makeAckRequests } from "./internal/ackRequests.ts"
import { makeControl } from "./internal/control.ts"
import { makeGate } from "./internal/gate.ts"
import { makeHub } from "./internal/hub.ts"
import { makeOutbox } from "./internal/outbox.ts"
import { makeRequests } from "./internal/requests.ts"
import { runSupervisor } from "./internal/supervisor.ts"
import { isElementSafe } from "./internal/xmlChars.ts"
import { makeXmppClient } from "./internal/xmppClient.ts"
import { NetworkMonitor } from "./NetworkMonitor.ts"
import { ReconnectPolicy } from "./ReconnectPolicy.ts"
import type * as Stanza from "./Stanza.ts"
import { WebSocketConstructor } from "./WebSocketConstructor.ts"
import { XmppConfig } from "./XmppConfig.ts"
import * as XmppError from "./XmppError.ts"

/**
 * Who logs in. `password` may be an Effect, run before every attempt (e.g. to fetch a fresh session token).
 * `renew`, when given, is run once after the server refuses `password` (e.g. an expired session token): the
 * next attempt, made at once, logs in with what it returns; a refusal of that one is final.
 *
 * @since 0.1.0
 * @category models
 */
export interface Credentials {
  readonly username: string
  readonly password: string | Effect.Effect<string, XmppError.XmppError>
  readonly renew?: Effect.Effect<string, XmppError.XmppError> | undefined
}

/**
 * @since 0.1.0
 * @category models
 */
export interface SendOptions {
  /** Deadline for a connection plus the server's acknowledgement. Default `XmppConfig.sendTimeout`. */
  readonly timeout?: Duration.Input | undefined
  /** Resolve once written rather than acknowledged (chat states, markers). Default false. */
  readonly writtenOnly?: boolean | undefined
}

/**
 * @since 0.1.0
 * @category models
 */
export interface RequestOptions {
  /** Deadline for a connection plus the reply. Default `XmppConfig.requestTimeout`. */
  readonly timeout?: Duration.Input | undefined
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Shape {
  /** The current state. */
  readonly state: Effect.Effect<ConnectionState.ConnectionState>
  /** The current state, then every change. */
  readonly states: Stream.Stream<ConnectionState.ConnectionState>
  /** Every incoming stanza (message, presence, iq), except replies to this connection's own requests. */
  readonly stanzas: Stream.Stream<Stanza.Element>
  /** Subscribes now (no stanza is missed after this returns); the stream ends with the scope. */
  readonly subscribe: Effect.Effect<Stream.Stream<Stanza.Element>, never, Scope.Scope>
  /**
   * Every incoming stanza (as `stanzas`) that `f` maps to a value, given the connection's JID while it is
   * ready. `f` runs as each stanza arrives, so a subscriber wakes only for what it reads (a stanza `f` throws
   * on is skipped). Optional: without it, the feature services read `stanzas`.
   */
  readonly select?: <B>(
    f: (stanza: Stanza.Element, jid: string | undefined) => B | undefined,
  ) => Stream.Stream<B>
  /** How many elements have been received so far (for idle detection). */
  readonly received: Effect.Effect<number>
  /**
   * Connects; succeeds at `Ready`, fails at a terminal state. While a connection is already running it only
   * waits for that one (its credentials stay): `disconnect` first to switch accounts.
   */
  readonly connect: (credentials: Credentials) => Effect.Effect<ConnectionState.Ready, XmppError.XmppError>
  /** Closes the stream and the socket; queued and unacknowledged sends fail with `NotConnected`. */
  readonly disconnect: Effect.Effect<void>
  /** Drops the socket without closing the stream, as a network loss would; the policy then reconnects and resumes. */
  readonly terminate: Effect.Effect<void>
  /** Sends a stanza; succeeds when the server acknowledged it (or wrote it, without stream management). */
  readonly send: (stanza: Stanza.Element, options?: SendOptions) => Effect.Effect<void, XmppError.XmppError>
  /** Sends an `<iq>` and waits for its `result` (or fails with the `StanzaError` of its `error`). */
  readonly request: (
    iq: Stanza.Element,
    options?: RequestOptions,
  ) => Effect.Effect<Stanza.Element, XmppError.XmppError>
}

/**
 * The connection service.
 *
 * @since 0.1.0
 * @category services
 */
export class XmppConnection extends Context.Service<XmppConnection, Shape>()(
  "@cube/realtime/XmppConnection",
) {}

// Unacknowledged stanzas that trigger an `<r/>` at once (before `ackRequestDelay`): bounds what a burst
// holds in flight, for one small request per this many stanzas.
const ACK_REQUEST_EVERY = 10

const outcome = (
  state: ConnectionState.ConnectionState,
): Effect.Effect<ConnectionState.Ready, XmppError.XmppError> => {
  switch (state._tag) {
    case "Ready":
      return Effect.succeed(state)
    case "AuthenticationFailure":
    case "ForceClosed":
      return Effect.fail(state.error)
    default:
      return Effect.fail(XmppError.make(new XmppError.NotConnected({ detail: "closed while connecting" })))
  }
}

const sameState = (a: ConnectionState.ConnectionState, b: ConnectionState.ConnectionState): boolean => {
  const left = a as unknown as Record<string, unknown>
  const right = b as unknown as Record<string, unknown>
  const keys = Object.keys(left)
  return keys.length === Object.keys(right).length && keys.every((key) => left[key] === right[key])
}

const isOutcome = (state: ConnectionState.ConnectionState): boolean =>
  state._tag === "Ready" ||
  state._tag === "Closed" ||
  state._tag === "AuthenticationFailure" ||
  state._tag === "ForceClosed"

/**
 * Builds a connection; it is closed when the scope closes.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make: Effect.Effect<Shape, never, XmppConfig | Scope.Scope> = Effect.gen(function* () {
  const config = yield* XmppConfig
  const makeSocket = yield* WebSocketConstructor
  const policy = yield* ReconnectPolicy
  const monitor = yield* NetworkMonitor
  const scope = yield* Effect.scope
  let state: ConnectionState.ConnectionState = ConnectionState.idle
  const states = makeHub(() => state)
  const incoming = makeHub<Stanza.Element>()
  const ready = makeGate()
  const control = makeControl()
  let supervisor: Fiber.Fiber<void> | undefined
  const requests = makeRequests()
  let received = 0

  const client = makeXmppClient(config, makeSocket, {
    control: control.offer,
    stanza: (stanza) => {
      if (!requests.route(stanza)) incoming.publish(stanza)
    },
    received: () => {
      received += 1
    },
    ack: (stanza) => outbox.ack(stanza),
    fail: (stanza) => outbox.requeue(stanza),
  })

  const acks = makeAckRequests(client.requestAck, {
    intervalMs: config.ackRequestDelayMs,
    every: ACK_REQUEST_EVERY,
  })
  const write = (stanza: Stanza.Element) =>
    client.send(stanza).then((tracked) => {
      if (tracked) acks.written()
      return tracked
    })
  const outbox = yield* makeOutbox(write, ready, () => {
    ready.closeUnsafe()
    client.kill()
  })
  yield* Effect.forkScoped(outbox.run)
  yield* Effect.forkScoped(acks.run)

  // Consecutive equal states are published once (connect() announces Connecting before the supervisor runs).
  const setState = (next: ConnectionState.ConnectionState) =>
    Effect.sync(() => {
      if (sameState(state, next)) return
      state = next
      states.publish(next)
    })

  const stopSupervisor = Effect.suspend(() => {
    const fiber = supervisor
    supervisor = undefined
    return fiber === undefined ? Effect.void : Fiber.interrupt(fiber)
  })

  const shutdown = (detail: string) =>
    Effect.gen(function* () {
      ready.closeUnsafe()
      outbox.failAll(detail)
      requests.failAll(detail)
      yield* Effect.promise(() => client.close())
    })

  // The platform says the network is gone: the socket is dead even if it has not noticed yet.
  yield* monitor.signals.pipe(
    Stream.runForEach((signal) =>
      signal === "offline" ? Effect.sync(() => ready.isOpen() && client.kill()) : Effect.void,
    ),
    Effect.forkScoped,
  )

  const connect = (credentials: Credentials) =>
    Effect.gen(function* () {
      if (ConnectionState.isTerminal(state)) {
        yield* stopSupervisor
        yield* setState({ _tag: "Connecting", attempt: 1, reconnect: false })
        supervisor = yield* Effect.forkIn(
          runSupervisor({
            client,
            control,
            policy,
            monitor,
            config,
            credentials,
            ready,
            setState,
            shutdown,
          }),
          scope,
          { startImmediately: true },
        )
      }
      const end = yield* states.stream.pipe(Stream.filter(isOutcome), Stream.runHead)
      if (end._tag === "None") return yield* outcome(ConnectionState.closed)
      return yield* outcome(end.value)
    })

  const disconnect = Effect.gen(function* () {
    yield* stopSupervisor
    if (state._tag === "Idle" || state._tag === "Closed") return
    yield* shutdown("disconnected")
    yield* setState(ConnectionState.closed)
  })

  yield* Effect.addFinalizer(() => disconnect)

  const send = (stanza: Stanza.Element, options?: SendOptions) =>
    isElementSafe(stanza)
      ? outbox.send(stanza, {
          timeoutMs: millis(options?.timeout, config.sendTimeoutMs),
          awaitAck: options?.writtenOnly !== true,
        })
      : Effect.fail(
          XmppError.make(new XmppError.InvalidStanza({ detail: "contains characters XML 1.0 cannot carry" })),
        )

  const request = (iq: Stanza.Element, options?: RequestOptions) =>
    requests.request(iq, millis(options?.timeout, config.requestTimeoutMs), (stanza, timeoutMs) =>
      send(stanza, { timeout: timeoutMs, writtenOnly: true }),
    )

  return {
    state: Effect.sync(() => state),
    states: states.stream,
    stanzas: incoming.stream,
    subscribe: incoming.subscribe,
    select: (f) => incoming.select((stanza) => f(stanza, state._tag === "Ready" ? state.jid : undefined)),
    received: Effect.sync(() => received),
    connect,
    disconnect,
    terminate: Effect.sync(() => client.kill()),
    send,
    request,
  } satisfies Shape
})

const millis = (input: Duration.Input | undefined, fallback: number): number =>
  input === undefined ? fallback : Duration.toMillis(input)

/**
 * The connection, closed with the layer.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<XmppConnection, never, XmppConfig> = /*#__PURE__*/ Layer.effect(
  XmppConnection,
  make,
)
