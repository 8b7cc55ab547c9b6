/**
 * The one error of `@cube/chat`: `ChatError` with a `reason` that says what went wrong. The Promise API
 * rejects with these same errors (`error._tag === "ChatError"`, `error instanceof ChatError`); Effect code
 * handles one kind with `Effect.catchReason("ChatError", "SendTimeout", …)`.
 *
 * The classes are `Data.TaggedError`s (as realtime's): Schema would weigh on every app that only chats.
 *
 * @since 0.1.0
 */

import type { XmppError } from "@cube/realtime"
import type { RestError } from "@cube/rest"
import * as Data from "effect/Data"

/**
 * A REST call failed: `kind` is `http` (the server answered `status` with `errors`), `network`, `timeout`,
 * `aborted` or `parse`.
 *
 * @since 0.1.0
 * @category errors
 */
export class RequestFailed extends Data.TaggedError("RequestFailed")<{
  readonly kind: string
  readonly status: number
  readonly errors?: unknown | undefined
  readonly detail: string
}> {
  override get message(): string {
    return this.status > 0
      ? `Request failed (${this.status}): ${this.detail}`
      : `Request failed: ${this.detail}`
  }
}

/**
 * The chat connection or a chat operation failed: `kind` is the realtime reason (`ConnectFailed`,
 * `NotConnected`, `Timeout`, `StreamError`, `StanzaError`, …), `condition` the XMPP condition when there is one.
 *
 * @since 0.1.0
 * @category errors
 */
export class RealtimeFailed extends Data.TaggedError("RealtimeFailed")<{
  readonly kind: string
  readonly detail: string
  readonly condition?: string | undefined
}> {
  override get message(): string {
    return this.detail
  }
}

/**
 * The server refused the credentials (REST session or chat login).
 *
 * @since 0.1.0
 * @category errors
 */
export class AuthenticationFailed extends Data.TaggedError("AuthenticationFailed")<{
  readonly detail: string
}> {
  override get message(): string {
    return `Authentication failed: ${this.detail}`
  }
}

/**
 * The operation needs a logged-in user (call `login` or `connect` first).
 *
 * @since 0.1.0
 * @category errors
 */
export class NotLoggedIn extends Data.TaggedError("NotLoggedIn")<{
  readonly detail: string
}> {
  override get message(): string {
    return `Not logged in: ${this.detail}`
  }
}

/**
 * A message was not acknowledged by the server before its deadline (it may still be re-sent under the
 * same id by a later `resend`; the server keeps one copy).
 *
 * @since 0.1.0
 * @category errors
 */
export class SendTimeout extends Data.TaggedError("SendTimeout")<{
  readonly messageId: string
  readonly timeoutMs: number
}> {
  override get message(): string {
    return `Message ${this.messageId} was not acknowledged within ${this.timeoutMs} ms`
  }
}

/**
 * The recipient blocks the sender (privacy list): the server bounced the message and did not store it.
 *
 * @since 0.1.0
 * @category errors
 */
export class Blocked extends Data.TaggedError("Blocked")<{
  readonly messageId: string
  readonly code?: number | undefined
  readonly detail: string
}> {
  override get message(): string {
    return `Message ${this.messageId} was refused: ${this.detail}`
  }
}

/**
 * The input was refused before anything was sent (e.g. custom fields that do not match the app's schema).
 *
 * @since 0.1.0
 * @category errors
 */
export class InvalidInput extends Data.TaggedError("InvalidInput")<{
  readonly detail: string
}> {
  override get message(): string {
    return `Invalid input: ${this.detail}`
  }
}

/**
 * Something the operation needs does not exist (or is not visible to the user).
 *
 * @since 0.1.0
 * @category errors
 */
export class NotFound extends Data.TaggedError("NotFound")<{
  readonly what: string
  readonly id: string
}> {
  override get message(): string {
    return `${this.what} ${this.id} not found`
  }
}

/**
 * The client was destroyed while the operation ran.
 *
 * @since 0.1.0
 * @category errors
 */
export class Destroyed extends Data.TaggedError("Destroyed")<Record<never, never>> {
  override get message(): string {
    return "The chat client was destroyed"
  }
}

/**
 * Every reason a `ChatError` can carry.
 *
 * @since 0.1.0
 * @category errors
 */
export type ChatErrorReason =
  | RequestFailed
  | RealtimeFailed
  | AuthenticationFailed
  | NotLoggedIn
  | SendTimeout
  | Blocked
  | InvalidInput
  | NotFound
  | Destroyed

/**
 * The error every `@cube/chat` operation fails (or rejects) with; `reason` tells the kinds apart.
 *
 * @since 0.1.0
 * @category errors
 */
export class ChatError extends Data.TaggedError("ChatError")<{
  readonly reason: ChatErrorReason
}> {
  /** Whether a value is a `ChatError`. */
  static is(u: unknown): u is ChatError {
    return u instanceof ChatError
  }

  override get message(): string {
    return this.reason.message
  }
}

/**
 * Wraps a reason into a `ChatError`.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (reason: ChatErrorReason): ChatError => new ChatError({ reason })

/**
 * Whether a value is a `ChatError` (also across copies of this package).
 *
 * @since 0.1.0
 * @category guards
 */
export const isChatError = (u: unknown): u is ChatError =>
  u instanceof ChatError ||
  (typeof u === "object" && u !== null && (u as { _tag?: unknown })._tag === "ChatError")

/**
 * A `ChatError` from a failed REST call; a 401 on login is an authentication failure, a 404 `NotFound`.
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromRest = (error: RestError): ChatError =>
  make(
    new RequestFailed({
      kind: error.reason,
      status: error.status,
      ...(error.errors === undefined ? {} : { errors: error.errors }),
      detail: error.message,
    }),
  )

/**
 * A `ChatError` from a realtime failure.
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromXmpp = (error: XmppError.XmppError): ChatError => {
  const reason = error.reason
  if (reason._tag === "AuthenticationFailed")
    return make(new AuthenticationFailed({ detail: reason.condition }))
  const condition = "condition" in reason ? reason.condition : undefined
  return make(
    new RealtimeFailed({
      kind: reason._tag,
      detail: reason.message,
      ...(condition === undefined ? {} : { condition }),
    }),
  )
}
