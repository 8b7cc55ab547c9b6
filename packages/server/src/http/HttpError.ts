/** The `{ "errors": … }` body ConnectyCube answers failures with. */
export type ErrorBody = { readonly errors: Record<string, ReadonlyArray<string>> | ReadonlyArray<string> }

/** A failure with its HTTP status and the body the client gets; thrown by handlers, rendered by the app. */
export class HttpError extends Error {
  readonly status: number
  readonly body: ErrorBody

  constructor(status: number, body: ErrorBody) {
    super(Array.isArray(body.errors) ? body.errors.join("; ") : JSON.stringify(body.errors))
    this.status = status
    this.body = body
  }
}

const base = (status: number, message: string) => new HttpError(status, { errors: { base: [message] } })

export const badRequest = (message: string) => base(400, message)
/** The exact text the SDKs' session-expired hook looks for. */
export const sessionMissing = () => base(401, "Required session does not exist")
export const unauthorized = (message = "Unauthorized") => base(401, message)
export const forbidden = (message = "You don't have appropriate permissions to perform this operation") =>
  base(403, message)
export const notFound = (what = "Resource") => base(404, `${what} not found`)
export const conflict = (message: string) => base(409, message)
export const tooLarge = (message: string) => base(413, message)
/** A validation failure of one field (or `base` for the whole request). */
export const invalid = (field: string, message: string) =>
  new HttpError(422, { errors: { [field]: [message] } })
