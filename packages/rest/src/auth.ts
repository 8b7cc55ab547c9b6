// The session token and what happens when the server forgets it. The token travels as `CB-Token`
// (added by a middleware so that every call, typed or raw, carries the current one). A 401
// `Required session does not exist` on any URL but `/session` asks the app for a new token once.
import type { Middleware } from "openapi-fetch"
import { SESSION_EXPIRED_MESSAGE } from "./errors.ts"

/** Called when the server reports the session expired; resolve a new token, or undefined to give up. */
export type SessionExpiredHandler = () => Promise<string | undefined> | string | undefined

/** The client's token state and its session-expired policy. */
export interface Auth {
  /** The current session token. */
  getToken(): string | undefined
  /** Replaces (or with undefined, forgets) the session token. */
  setToken(token: string | undefined): void
  /** Adds `CB-Token` to every request that does not carry its own credentials. */
  readonly middleware: Middleware
  /** Whether a failed call qualifies for the session-expired flow (status, body and URL). */
  isSessionExpired(schemaPath: string, status: number, body: unknown): boolean
  /**
   * A token to retry with: the current one if it changed since `sentWith`, otherwise the
   * handler's answer (one handler call shared by every request failing meanwhile).
   */
  renew(sentWith: string | undefined): Promise<string | undefined>
}

// The session endpoints carry their own credentials (or create them) and never retry.
const isSessionPath = (schemaPath: string): boolean => schemaPath.startsWith("/session")

/** Creates the token holder, the CB-Token middleware and the session-expired policy. */
export const createAuth = (initialToken?: string, onSessionExpired?: SessionExpiredHandler): Auth => {
  let token = initialToken
  let renewing: Promise<string | undefined> | undefined

  const ask = async (): Promise<string | undefined> => {
    try {
      const next = await onSessionExpired?.()
      if (next) token = next
      return next || undefined
    } catch {
      // A handler that throws gives up like one that resolves undefined.
      return undefined
    }
  }

  return {
    getToken: () => token,
    setToken: (next) => {
      token = next
    },
    middleware: {
      onRequest: ({ request, schemaPath }) => {
        const headers = request.headers
        if (token === undefined || headers.has("CB-Token") || headers.has("CB-AuthKey")) return
        if (request.method === "POST" && isSessionPath(schemaPath)) return
        headers.set("CB-Token", token)
      },
    },
    isSessionExpired: (schemaPath, status, body) =>
      onSessionExpired !== undefined &&
      status === 401 &&
      !isSessionPath(schemaPath) &&
      (body as { errors?: { base?: unknown[] } } | null)?.errors?.base?.[0] === SESSION_EXPIRED_MESSAGE,
    renew: (sentWith) => {
      if (token !== sentWith) return Promise.resolve(token)
      renewing ??= ask().finally(() => {
        renewing = undefined
      })
      return renewing
    },
  }
}
