// Errors are values: every call resolves `{ data, error, response }` and `error` is a RestError,
// whether the server answered non-2xx or the request never got an answer.

/** The exact message ConnectyCube puts in `errors.base[0]` when the session token is unknown or expired. */
export const SESSION_EXPIRED_MESSAGE = "Required session does not exist"

/** The server's `errors` body: messages by field (`base` for general ones), or a plain list. */
export type RestErrors = { readonly [field: string]: ReadonlyArray<string> } | ReadonlyArray<string>

/**
 * Why a call failed: `http` (the server answered non-2xx), `network` (no answer), `timeout`
 * (the client's or the call's `timeout` passed), `aborted` (the caller's `signal`), `parse`
 * (a 2xx whose body is not the JSON the endpoint promises).
 */
export type RestErrorReason = "http" | "network" | "timeout" | "aborted" | "parse"

/** Everything a RestError is built from. */
export interface RestErrorOptions {
  readonly reason: RestErrorReason
  /** HTTP status; 0 when there was no response. */
  readonly status: number
  readonly body?: unknown
  readonly response?: Response | undefined
  readonly cause?: unknown
  readonly message?: string
}

const errorsOf = (body: unknown): RestErrors | undefined => {
  if (body === null || typeof body !== "object" || !("errors" in body)) return undefined
  const errors = body.errors
  return errors !== null && typeof errors === "object" ? (errors as RestErrors) : undefined
}

const describe = (errors: RestErrors | undefined, status: number): string => {
  if (errors === undefined) return `HTTP ${status}`
  const lines = Array.isArray(errors)
    ? (errors as ReadonlyArray<string>)
    : Object.entries(errors).flatMap(([field, messages]) =>
        (Array.isArray(messages) ? messages : [String(messages)]).map((text) =>
          field === "base" ? text : `${field} ${text}`,
        ),
      )
  return lines.length > 0 ? lines.join("; ") : `HTTP ${status}`
}

/** A failed REST call: a non-2xx answer (with the server's `errors`), a network failure, a timeout or an abort. */
export class RestError extends Error {
  readonly _tag = "RestError" as const
  override readonly name = "RestError"
  readonly reason: RestErrorReason
  /** HTTP status; 0 when the request got no answer (`network`, `timeout`, `aborted`). */
  readonly status: number
  /** The server's `errors` body, when it sent one. */
  readonly errors: RestErrors | undefined
  /** The parsed (or raw text) error body. */
  readonly body: unknown
  readonly response: Response | undefined

  constructor(options: RestErrorOptions) {
    const errors = errorsOf(options.body)
    super(
      options.message ?? describe(errors, options.status),
      options.cause === undefined ? undefined : { cause: options.cause },
    )
    this.reason = options.reason
    this.status = options.status
    this.errors = errors
    this.body = options.body
    this.response = options.response
  }

  /** True for the 401 `Required session does not exist` answer: the token is unknown or expired. */
  get isSessionExpired(): boolean {
    const errors = this.errors
    return (
      this.status === 401 &&
      errors !== undefined &&
      !Array.isArray(errors) &&
      (errors as { base?: ReadonlyArray<string> }).base?.[0] === SESSION_EXPIRED_MESSAGE
    )
  }
}

/** True when `value` is a RestError (also across copies of this package). */
export const isRestError = (value: unknown): value is RestError =>
  value instanceof RestError ||
  (typeof value === "object" && value !== null && (value as { _tag?: unknown })._tag === "RestError")
