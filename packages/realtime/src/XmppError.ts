/**
 * The one error of `@cube/realtime`: `XmppError` with a `reason` that says what went wrong. Handle one kind
 * with `Effect.catchReason("XmppError", "Timeout", …)` or all of them with `Effect.catchReasons`.
 *
 * The classes are `Data.TaggedError`s, not `Schema.TaggedError`s: Schema would add about 14 kB (min+gzip)
 * to every app that only connects and sends messages. `_tag`, `reason`, `message`, `instanceof`,
 * `catchTag` and `catchReason` behave the same.
 *
 * @since 0.1.0
 */
import * as Data from "effect/Data"

/**
 * The socket or the stream could not be opened (DNS, refused, TLS, bad URL, no WebSocket available).
 *
 * @since 0.1.0
 * @category errors
 */
export class ConnectFailed extends Data.TaggedError("ConnectFailed")<{
  readonly detail: string
  readonly cause?: unknown
}> {
  override get message(): string {
    return `Could not connect: ${this.detail}`
  }
}

/**
 * The server refused the credentials (SASL `<failure>`); `condition` is the RFC 6120 name, e.g. `not-authorized`.
 *
 * @since 0.1.0
 * @category errors
 */
export class AuthenticationFailed extends Data.TaggedError("AuthenticationFailed")<{
  readonly condition: string
  readonly text?: string | undefined
}> {
  override get message(): string {
    return `Authentication failed: ${this.condition}${this.text ? ` (${this.text})` : ""}`
  }
}

/**
 * An established connection dropped (socket closed or ping/ack timeout) — the reconnect policy decides what next.
 *
 * @since 0.1.0
 * @category errors
 */
export class ConnectionLost extends Data.TaggedError("ConnectionLost")<{
  readonly detail: string
}> {
  override get message(): string {
    return `Connection lost: ${this.detail}`
  }
}

/**
 * There was no usable connection within the operation's deadline, or the connection was closed for good.
 *
 * @since 0.1.0
 * @category errors
 */
export class NotConnected extends Data.TaggedError("NotConnected")<{
  readonly detail: string
}> {
  override get message(): string {
    return `Not connected: ${this.detail}`
  }
}

/**
 * An operation ran past its deadline: `operation` names it (`connect`, `ack`, `request`, `ping`, `join`).
 *
 * @since 0.1.0
 * @category errors
 */
export class Timeout extends Data.TaggedError("Timeout")<{
  readonly operation: string
  readonly timeoutMs: number
}> {
  override get message(): string {
    return `Timed out after ${this.timeoutMs} ms waiting for ${this.operation}`
  }
}

/**
 * The server ended the stream with an error (`conflict`, `system-shutdown`, `policy-violation`, …).
 *
 * @since 0.1.0
 * @category errors
 */
export class StreamError extends Data.TaggedError("StreamError")<{
  readonly condition: string
  readonly text?: string | undefined
}> {
  override get message(): string {
    return `Stream error: ${this.condition}${this.text ? ` (${this.text})` : ""}`
  }
}

/**
 * A stanza came back as an error: RFC 6120 `condition`, error `type`, optional `text` and legacy numeric `code`.
 *
 * @since 0.1.0
 * @category errors
 */
export class StanzaError extends Data.TaggedError("StanzaError")<{
  readonly condition: string
  readonly type?: string | undefined
  readonly text?: string | undefined
  readonly code?: number | undefined
}> {
  override get message(): string {
    return `Stanza error: ${this.condition}${this.text ? ` (${this.text})` : ""}`
  }
}

/**
 * The stanza cannot be sent as is (e.g. text with characters XML 1.0 cannot carry); nothing was written.
 *
 * @since 0.1.0
 * @category errors
 */
export class InvalidStanza extends Data.TaggedError("InvalidStanza")<{
  readonly detail: string
}> {
  override get message(): string {
    return `Invalid stanza: ${this.detail}`
  }
}

/**
 * Every reason an `XmppError` can carry.
 *
 * @since 0.1.0
 * @category errors
 */
export type XmppErrorReason =
  | ConnectFailed
  | AuthenticationFailed
  | ConnectionLost
  | NotConnected
  | Timeout
  | StreamError
  | StanzaError
  | InvalidStanza

/**
 * The error every `@cube/realtime` operation fails with; `reason` tells the kinds apart.
 *
 * @since 0.1.0
 * @category errors
 */
export class XmppError extends Data.TaggedError("XmppError")<{
  readonly reason: XmppErrorReason
}> {
  /** Whether a value is an `XmppError`. */
  static is(u: unknown): u is XmppError {
    return u instanceof XmppError
  }

  override get message(): string {
    return this.reason.message
  }
}

/**
 * Wraps a reason into an `XmppError`.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (reason: XmppErrorReason): XmppError => new XmppError({ reason })

/**
 * Reads a stanza `<error>` child (RFC 6120 §8.3) into a `StanzaError` reason.
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromErrorElement = (error: {
  attrs: Record<string, string | undefined>
  getChildElements(): Array<{ name: string; attrs: Record<string, string | undefined>; getText(): string }>
}): StanzaError => {
  let condition = "undefined-condition"
  let text: string | undefined
  for (const child of error.getChildElements()) {
    if (child.attrs.xmlns !== "urn:ietf:params:xml:ns:xmpp-stanzas") continue
    if (child.name === "text") text = child.getText()
    else condition = child.name
  }
  const code = error.attrs.code === undefined ? undefined : Number.parseInt(error.attrs.code, 10)
  return new StanzaError({
    condition,
    type: error.attrs.type,
    text,
    code: code === undefined || Number.isNaN(code) ? undefined : code,
  })
}
