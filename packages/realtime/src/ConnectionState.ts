/**
 * Where an `XmppConnection` is in its life: a tagged union, published as a stream by
 * `XmppConnection.states`. Terminal states (`AuthenticationFailure`, `ForceClosed`, `Closed`) stay until the
 * next `connect`.
 *
 * @since 0.1.0
 */
import type { XmppError } from "./XmppError.ts"

/**
 * Never connected yet.
 *
 * @since 0.1.0
 * @category models
 */
export interface Idle {
  readonly _tag: "Idle"
}

/**
 * Opening a socket and a stream and authenticating. `attempt` counts from 1 for each outage;
 * `reconnect` is true when a session existed before (a resume will be tried when the server allows it).
 *
 * @since 0.1.0
 * @category models
 */
export interface Connecting {
  readonly _tag: "Connecting"
  readonly attempt: number
  readonly reconnect: boolean
}

/**
 * The server accepted the credentials; binding a resource or resuming the previous session.
 *
 * @since 0.1.0
 * @category models
 */
export interface Authenticated {
  readonly _tag: "Authenticated"
}

/**
 * The server refused the credentials. Nothing is retried until `connect` is called again.
 *
 * @since 0.1.0
 * @category models
 */
export interface AuthenticationFailure {
  readonly _tag: "AuthenticationFailure"
  readonly error: XmppError
}

/**
 * The connection is down and the next attempt waits: `delayMs` by the reconnect policy, or until the network
 * is back when `waitingForNetwork`.
 *
 * @since 0.1.0
 * @category models
 */
export interface Reconnecting {
  readonly _tag: "Reconnecting"
  readonly attempt: number
  readonly delayMs: number
  readonly waitingForNetwork: boolean
  readonly error: XmppError
}

/**
 * The previous session was resumed (XEP-0198): nothing was lost, unacknowledged stanzas were re-sent.
 * `Ready` follows at once.
 *
 * @since 0.1.0
 * @category models
 */
export interface Resumed {
  readonly _tag: "Resumed"
  readonly jid: string
}

/**
 * Online: stanzas flow. `resumed` is false for a fresh session (rooms must be re-joined, history caught up).
 *
 * @since 0.1.0
 * @category models
 */
export interface Ready {
  readonly _tag: "Ready"
  readonly jid: string
  readonly resumed: boolean
  readonly streamManagement: boolean
}

/**
 * The connection ended and will not be retried: the policy gave up or the server forbade it (`conflict`).
 *
 * @since 0.1.0
 * @category models
 */
export interface ForceClosed {
  readonly _tag: "ForceClosed"
  readonly error: XmppError
}

/**
 * Closed by `disconnect`.
 *
 * @since 0.1.0
 * @category models
 */
export interface Closed {
  readonly _tag: "Closed"
}

/**
 * @since 0.1.0
 * @category models
 */
export type ConnectionState =
  | Idle
  | Connecting
  | Authenticated
  | AuthenticationFailure
  | Reconnecting
  | Resumed
  | Ready
  | ForceClosed
  | Closed

/**
 * @since 0.1.0
 * @category constructors
 */
export const idle: ConnectionState = { _tag: "Idle" }

/**
 * @since 0.1.0
 * @category constructors
 */
export const closed: ConnectionState = { _tag: "Closed" }

/**
 * Whether stanzas can be sent now.
 *
 * @since 0.1.0
 * @category guards
 */
export const isReady = (state: ConnectionState): state is Ready => state._tag === "Ready"

/**
 * Whether the connection stays down until the next `connect` (no automatic retry will happen).
 *
 * @since 0.1.0
 * @category guards
 */
export const isTerminal = (
  state: ConnectionState,
): state is Idle | AuthenticationFailure | ForceClosed | Closed =>
  state._tag === "Idle" ||
  state._tag === "AuthenticationFailure" ||
  state._tag === "ForceClosed" ||
  state._tag === "Closed"
