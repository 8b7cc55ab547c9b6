/**
 * The one Schedule that owns retrying. `XmppConnection` steps it with the error that ended each attempt;
 * when it stops, the connection is `ForceClosed`. xmpp.js's own reconnect is never installed.
 *
 * - `fixed` (the default) behaves like the official SDK: 5 reconnections, 5 s apart; `totalReconnections: 0`
 *   disables reconnecting.
 * - `exponential` backs off with jitter, capped.
 * - Any `Schedule.Schedule<unknown, XmppError>` works: `ReconnectPolicy.layer(mySchedule)`.
 *
 * A wrong password is never retried, whatever the policy (it ends in `AuthenticationFailure`).
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import type * as Duration from "effect/Duration"
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
  /** Reconnections per outage; 0 disables reconnecting. Default 5. */
  readonly totalReconnections?: number | undefined
  /** Delay before each reconnection. Default 5000 ms. */
  readonly reconnectionTimeout?: Duration.Input | undefined
}

/**
 * A fixed delay between attempts, a fixed number of attempts (the official SDK's behaviour).
 *
 * @since 0.1.0
 * @category constructors
 */
export const fixed = (options: FixedOptions = {}): Policy => {
  const total = options.totalReconnections ?? 5
  if (total <= 0) return Schedule.recurs(0)
  return Schedule.spaced(options.reconnectionTimeout ?? 5000).pipe(Schedule.upTo({ times: total }))
}

/**
 * Options of the exponential policy.
 *
 * @since 0.1.0
 * @category models
 */
export interface ExponentialOptions {
  /** First delay. Default 500 ms. */
  readonly base?: Duration.Input | undefined
  /** Largest delay before jitter. Default 30 s. */
  readonly max?: Duration.Input | undefined
  /** Reconnections per outage; `Infinity` never gives up. Default 10. */
  readonly totalReconnections?: number | undefined
  /** Scale each delay by a random factor in [0.8, 1.2] so clients do not reconnect in lockstep. Default true. */
  readonly jitter?: boolean | undefined
}

/**
 * Exponential backoff (×2), capped at `max`, jittered.
 *
 * @since 0.1.0
 * @category constructors
 */
export const exponential = (options: ExponentialOptions = {}): Policy => {
  const capped = Schedule.min([
    Schedule.exponential(options.base ?? 500),
    Schedule.spaced(options.max ?? 30_000),
  ])
  const total = options.totalReconnections ?? 10
  const jittered = options.jitter === false ? capped : Schedule.jittered(capped)
  if (total === Number.POSITIVE_INFINITY) return jittered
  if (total <= 0) return Schedule.recurs(0)
  return jittered.pipe(Schedule.upTo({ times: total }))
}

/**
 * The policy in use; defaults to `fixed()` (5 × 5 s, like the official SDK).
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
