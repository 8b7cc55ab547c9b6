// The connection's life as one fiber: attempt, Ready, wait for the drop, ask the ReconnectPolicy, wait
// (or wake early when the network or the app comes back), attempt again. It is the only place that retries.
// Every attempt is bounded by `connectTimeout`; a defect ends in `ForceClosed` rather than a silent hang.
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Option from "effect/Option"
import * as Pull from "effect/Pull"
import * as Schedule from "effect/Schedule"
import * as Stream from "effect/Stream"
import type * as ConnectionState from "../ConnectionState.ts"
import type { Monitor } from "../NetworkMonitor.ts"
import type { Policy } from "../ReconnectPolicy.ts"
import type { Config } from "../XmppConfig.ts"
import type { Credentials } from "../XmppConnection.ts"
import * as XmppError from "../XmppError.ts"
import { classify, isRetryable } from "./classify.ts"
import type { ControlQueue } from "./control.ts"
import type { Gate } from "./gate.ts"
import type { XmppClient } from "./xmppClient.ts"

export interface SupervisorDeps {
  readonly client: XmppClient
  readonly control: ControlQueue
  readonly policy: Policy
  readonly monitor: Monitor
  readonly config: Config
  readonly credentials: Credentials
  readonly ready: Gate
  readonly setState: (state: ConnectionState.ConnectionState) => Effect.Effect<void>
  readonly shutdown: (detail: string) => Effect.Effect<void>
}

interface Session {
  readonly generation: number
  readonly jid: string
  readonly resumed: boolean
  readonly streamManagement: boolean
}

/**
 * When a drop starts a fresh outage (the policy from its start: an immediate attempt) rather than continuing
 * the last one's backoff: the session must have lasted `minSessionMs`, and fresh starts are rationed by a
 * bucket of `burst` refilled one per `refillMs`. Blips are recovered at once; a server that accepts and
 * drops every session (at once, or every few seconds) is backed off instead of hammered.
 */
export const freshOutage = { minSessionMs: 1_000, burst: 10, refillMs: 6_000 } as const

const fail = (reason: XmppError.XmppErrorReason) => Effect.fail(XmppError.make(reason))

/**
 * One attempt: socket, stream, SASL, then resume or bind; succeeds when the session is usable. With `renew`
 * the password comes from `credentials.renew` (the last one was refused). Bounded by `connectTimeout` as a
 * whole, whichever phase stalls (the password's Effect included).
 */
const establish = (deps: SupervisorDeps, renew: boolean): Effect.Effect<Session, XmppError.XmppError> =>
  Effect.gen(function* () {
    const { client, control, config, credentials } = deps
    const source = renew && credentials.renew !== undefined ? credentials.renew : credentials.password
    const password = typeof source === "string" ? source : yield* source
    yield* Effect.tryPromise({
      try: () => client.connect({ username: credentials.username, password }),
      catch: (error) => XmppError.make(classify(error, config.streamTimeoutMs)),
    })
    const generation = client.generation()
    while (true) {
      const event = yield* control.take(generation)
      switch (event._tag) {
        case "Authenticated":
          yield* deps.setState({ _tag: "Authenticated" })
          break
        case "Negotiated":
          return event
        case "Error": {
          const reason = classify(event.error, config.streamTimeoutMs)
          // Socket errors are followed by Disconnected; these end the attempt by themselves.
          if (reason._tag !== "ConnectFailed") return yield* fail(reason)
          break
        }
        case "Disconnected":
          return yield* fail(
            event.lastError === undefined
              ? new XmppError.ConnectFailed({ detail: "the connection closed during negotiation" })
              : classify(event.lastError, config.streamTimeoutMs),
          )
      }
    }
  }).pipe(
    Effect.timeoutOrElse({
      duration: deps.config.connectTimeoutMs,
      orElse: () =>
        fail(new XmppError.Timeout({ operation: "connect", timeoutMs: deps.config.connectTimeoutMs })),
    }),
  )

/** Waits until the established session drops; returns why. */
const awaitEnd = (deps: SupervisorDeps, generation: number): Effect.Effect<XmppError.XmppError> =>
  Effect.gen(function* () {
    let lastError: unknown
    while (true) {
      const event = yield* deps.control.take(generation)
      if (event._tag === "Error") lastError = event.error
      if (event._tag !== "Disconnected") continue
      const cause = event.lastError ?? lastError
      const reason = cause === undefined ? undefined : classify(cause, deps.config.streamTimeoutMs)
      return XmppError.make(
        reason?._tag === "StreamError"
          ? reason
          : new XmppError.ConnectionLost({ detail: reason?.message ?? "socket closed" }),
      )
    }
  })

const firstSignal = (deps: SupervisorDeps, wanted: ReadonlyArray<string>) =>
  deps.monitor.signals.pipe(
    Stream.filter((signal) => wanted.includes(signal)),
    Stream.runHead,
    Effect.asVoid,
  )

/** While the platform reports no network, wait for it instead of spending attempts. */
const awaitNetwork = (deps: SupervisorDeps) =>
  Effect.scoped(
    Effect.gen(function* () {
      while (!deps.monitor.isOnline()) {
        // Subscribe first, then look again: an `online` between the two is not missed.
        const online = yield* Effect.forkScoped(firstSignal(deps, ["online"]), { startImmediately: true })
        if (deps.monitor.isOnline()) return
        // Re-check now and then in case the platform's event never comes.
        yield* Fiber.join(online).pipe(Effect.raceFirst(Effect.sleep(30_000)))
      }
    }),
  )

/** Runs the connection until a terminal state (or interruption); a defect ends in `ForceClosed`, not a hang. */
export const runSupervisor = (deps: SupervisorDeps): Effect.Effect<void> =>
  supervise(deps).pipe(
    Effect.catchDefect((defect) => {
      const error = XmppError.make(
        new XmppError.ConnectFailed({ detail: "the connection failed", cause: defect }),
      )
      return Effect.andThen(deps.shutdown(error.message), deps.setState({ _tag: "ForceClosed", error }))
    }),
  )

const supervise = (deps: SupervisorDeps): Effect.Effect<void> =>
  Effect.gen(function* () {
    let step = yield* Schedule.toStep(deps.policy)
    // Whether `step` has been stepped since it was made, and the fresh-outage bucket.
    let stepped = false
    let fresh: number = freshOutage.burst
    let refilledAt = yield* Clock.currentTimeMillis
    let attempts = 0
    let reconnect = false
    // The next attempt logs in with `credentials.renew`: the server refused the password.
    let renew = false
    let lastError = XmppError.make(new XmppError.ConnectionLost({ detail: "network offline" }))

    const terminal = (tag: "AuthenticationFailure" | "ForceClosed", error: XmppError.XmppError) =>
      Effect.gen(function* () {
        yield* deps.shutdown(error.message)
        yield* deps.setState({ _tag: tag, error })
      })

    while (true) {
      if (!deps.monitor.isOnline()) {
        yield* deps.setState({
          _tag: "Reconnecting",
          attempt: attempts + 1,
          delayMs: 0,
          waitingForNetwork: true,
          error: lastError,
        })
        yield* awaitNetwork(deps)
      }
      attempts += 1
      yield* deps.setState({ _tag: "Connecting", attempt: attempts, reconnect })
      const result = yield* Effect.result(establish(deps, renew))
      let error: XmppError.XmppError
      if (result._tag === "Success") {
        const session = result.success
        reconnect = true
        renew = false
        attempts = 0
        if (session.resumed) yield* deps.setState({ _tag: "Resumed", jid: session.jid })
        yield* deps.setState({
          _tag: "Ready",
          jid: session.jid,
          resumed: session.resumed,
          streamManagement: session.streamManagement,
        })
        const readyAt = yield* Clock.currentTimeMillis
        deps.ready.openUnsafe()
        error = yield* awaitEnd(deps, session.generation)
        deps.ready.closeUnsafe()
        const endedAt = yield* Clock.currentTimeMillis
        fresh = Math.min(freshOutage.burst, fresh + (endedAt - refilledAt) / freshOutage.refillMs)
        refilledAt = endedAt
        // A session that held ends the outage; a short-lived one leaves its backoff where it was.
        if (stepped && endedAt - readyAt >= freshOutage.minSessionMs && fresh >= 1) {
          fresh -= 1
          stepped = false
          step = yield* Schedule.toStep(deps.policy)
        }
      } else {
        error = result.failure
        // An attempt that failed half-way leaves a socket or a stream open.
        yield* Effect.sync(() => deps.client.kill())
      }
      lastError = error
      if (error.reason._tag === "AuthenticationFailed") {
        // One renewal, tried at once; a refusal after it (or of it) is final, never retried.
        if (renew || deps.credentials.renew === undefined)
          return yield* terminal("AuthenticationFailure", error)
        renew = true
        continue
      }
      if (!isRetryable(error.reason)) return yield* terminal("ForceClosed", error)
      const now = yield* Clock.currentTimeMillis
      stepped = true
      const delay = yield* step(now, error).pipe(
        Effect.map(([, duration]) => Option.some(duration)),
        Pull.catchDone(() => Effect.succeed(Option.none())),
      )
      if (Option.isNone(delay)) return yield* terminal("ForceClosed", error)
      const delayMs = Duration.toMillis(delay.value)
      yield* deps.setState({
        _tag: "Reconnecting",
        attempt: attempts + 1,
        delayMs,
        waitingForNetwork: false,
        error,
      })
      // The network or the app coming back is a good moment to try at once.
      if (delayMs > 0) {
        yield* Effect.sleep(delay.value).pipe(Effect.raceFirst(firstSignal(deps, ["online", "foreground"])))
      }
    }
  })
