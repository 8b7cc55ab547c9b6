/**
 * The one Schedule that owns retrying. `XmppConnection` steps it with the error that ended each attempt;
 * when it stops, the connection is `ForceClosed`. xmpp.js's own reconnect is never installed.
 *
 * - Both built-in policies make the first reconnection of an outage at once (`immediate`): a dropped
 *   socket with a live server resumes without waiting. The supervisor starts a fresh outage only after a
 *   session that stayed up for a while, so a server that accepts and drops every session is backed off
 *   rather than hammered.
 * - `fixed` (the default) behaves like the official SDK: 5 reconnections, 5 s apart (the first at once);
 *   `totalReconnections: 0` disables reconnecting.
 * - `exponential` backs off with jitter from a small first delay, capped: at most about a dozen attempts in
 *   the first minute of an outage, then one per `max`.
 * - Any `Schedule.Schedule<unknown, XmppError>` works: `ReconnectPolicy.layer(mySchedule)`.
 *
 * A wrong password is never retried, whatever the policy (it ends in `AuthenticationFailure`).
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Schedule from "effect/Schedule"
import type { XmppError } from "./XmppError.ts"

/**
 * A retry schedule fed with the error that ended the last attempt; its delays space the attempts.
 *
 * @since 0.1.0
 * @category models
 */
export type Policy = Schedule.Schedule<unknown, XmppError>

/**
 * Options of the official SDK's reconnect: how many times and how far apart.
 *
 * @since 0.1.0
 * @category models
 */
export interface FixedOptions {
  /** Reconnections per outage (the immediate one included); 0 disables reconnecting. Default 5. */
  readonly totalReconnections?: number | undefined
  /** Delay before each reconnection after the first. Default 5000 ms. */
  readonly reconnectionTimeout?: Duration.Input | undefined
  /** Make the first reconnection of an outage at once. Default true (false: exactly the official SDK). */
  readonly immediate?: boolean | undefined
}

// The delay before reconnection number `attempt` (1-based) of an outage, from the policy's backoff.
const schedule = (immediate: boolean, total: number, delay: (retry: number) => number): Policy => {
  if (total <= 0) return Schedule.recurs(0)
  const delays = Schedule.fromStepWithMetadata<unknown, number, never, never, never, never>(
    Effect.succeed((meta) => {
      const retry = immediate ? meta.attempt - 1 : meta.attempt
      const millis = retry === 0 ? 0 : delay(retry)
      return Effect.succeed([millis, Duration.millis(millis)] as const)
    }),
  )
  return total === Number.POSITIVE_INFINITY ? delays : delays.pipe(Schedule.upTo({ times: total }))
}

/**
 * A fixed delay between attempts, a fixed number of attempts (the official SDK's behaviour), the first at once.
 *
 * @since 0.1.0
 * @category constructors
 */
export const fixed = (options: FixedOptions = {}): Policy => {
  const spacing = Duration.toMillis(options.reconnectionTimeout ?? 5000)
  return schedule(options.immediate ?? true, options.totalReconnections ?? 5, () => spacing)
}

/**
 * Options of the exponential policy.
 *
 * @since 0.1.0
 * @category models
 */
export interface ExponentialOptions {
  /** Delay before the first reconnection that is not immediate. Default 250 ms. */
  readonly base?: Duration.Input | undefined
  /** Growth of the delay from one attempt to the next. Default 1.5. */
  readonly factor?: number | undefined
  /** Largest delay before jitter. Default 30 s. */
  readonly max?: Duration.Input | undefined
  /** Reconnections per outage (the immediate one included); `Infinity` never gives up. Default 10. */
  readonly totalReconnections?: number | undefined
  /** Scale each delay by a random factor in [0.8, 1.2] so clients do not reconnect in lockstep. Default true. */
  readonly jitter?: boolean | undefined
  /** Make the first reconnection of an outage at once. Default true. */
  readonly immediate?: boolean | undefined
}

/**
 * An immediate first reconnection, then exponential backoff from `base` (×`factor`), capped at `max`, jittered.
 *
 * @since 0.1.0
 * @category constructors
 */
export const exponential = (options: ExponentialOptions = {}): Policy => {
  const base = Duration.toMillis(options.base ?? 250)
  const max = Duration.toMillis(options.max ?? 30_000)
  const factor = options.factor ?? 1.5
  const backoff = schedule(options.immediate ?? true, options.totalReconnections ?? 10, (retry) =>
    Math.min(base * factor ** (retry - 1), max),
  )
  return options.jitter === false ? backoff : Schedule.jittered(backoff)
}

/**
 * The policy in use; defaults to `fixed()` (5 reconnections, the first at once, then 5 s apart).
 *
 * @since 0.1.0
 * @category references
 */
export const ReconnectPolicy = /*#__PURE__*/ Context.Reference<Policy>("@cube/realtime/ReconnectPolicy", {
  defaultValue: () => fixed(),
})

/**
 * Provides a reconnect policy.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (policy: Policy): Layer.Layer<never> => Layer.succeed(ReconnectPolicy, policy)
