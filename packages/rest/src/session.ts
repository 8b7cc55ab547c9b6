// Session helpers: create, read and destroy a session, log a user in and out, sign up. They unwrap
// the `{session}` / `{user}` envelopes and keep the client's token in step with the server.
import type { RestCore } from "./client.ts"
import { RestError } from "./errors.ts"
import type { components } from "./generated/api.ts"
import type { CallOptions, RestResponse } from "./types.ts"

type Schemas = components["schemas"]

/** The application's credentials (`appId` as configured, number or numeric string). */
export interface AppCredentials {
  readonly appId: number | string
  readonly authKey: string
}

/** `createSession` input: app credentials alone (an application session) or with a login or an email and a password. */
export type CreateSessionParams = AppCredentials &
  (
    | { readonly login: string; readonly password: string; readonly email?: never }
    | { readonly email: string; readonly password: string; readonly login?: never }
    | { readonly login?: never; readonly email?: never; readonly password?: never }
  )

/** `signUp` input: the new user, and the app's auth key for when there is no session yet. */
export interface SignUpParams {
  readonly user: Schemas["UserCreate"]
  /** Sent as `CB-AuthKey` when the client has no token. */
  readonly authKey?: string
}

/** The session helpers of a RestClient. */
export interface SessionApi {
  /** Creates a session (`POST /session.json`) and keeps its token. */
  createSession(params: CreateSessionParams, options?: CallOptions): Promise<RestResponse<Schemas["Session"]>>
  /** Reads the current session (`GET /session.json`). */
  getSession(options?: CallOptions): Promise<RestResponse<Schemas["Session"]>>
  /** Destroys the current session (`DELETE /session.json`) and forgets its token. */
  destroySession(options?: CallOptions): Promise<RestResponse<undefined>>
  /** Logs a user into the current application session (`POST /login.json`). */
  login(credentials: Schemas["LoginRequest"], options?: CallOptions): Promise<RestResponse<Schemas["User"]>>
  /** Logs the user out; the session stays as an application session (`DELETE /login.json`). */
  logout(options?: CallOptions): Promise<RestResponse<undefined>>
  /** Signs a user up (`POST /users.json`), with `CB-AuthKey` when there is no session. */
  signUp(params: SignUpParams, options?: CallOptions): Promise<RestResponse<Schemas["User"]>>
}

// A 2xx without the expected envelope is a `parse` error, not a crash.
const unwrap = <T, U>(result: RestResponse<T>, key: string): RestResponse<U> => {
  if (result.error) return result
  const data = (result.data as Record<string, unknown> | undefined)?.[key]
  if (data !== null && typeof data === "object") return { data: data as U, response: result.response }
  const error = new RestError({
    reason: "parse",
    status: result.response.status,
    body: result.data,
    response: result.response,
    message: `Expected a {${key}} body`,
  })
  return { error, response: result.response }
}

const done = (result: RestResponse<unknown>): RestResponse<undefined> =>
  result.error ? result : { data: undefined, response: result.response }

/** Builds the session helpers on a client core. */
export const createSessionApi = (core: RestCore): SessionApi => ({
  createSession: async ({ appId, authKey, login, email, password }, options) => {
    const user =
      login !== undefined ? { login, password } : email !== undefined ? { email, password } : undefined
    const result = await core.POST("/session.json", {
      ...options,
      body: {
        application_id: appId,
        auth_key: authKey,
        ...(user ? { user } : {}),
      } as Schemas["SessionCreate"],
    })
    const unwrapped = unwrap<unknown, Schemas["Session"]>(result, "session")
    if (unwrapped.data) core.setToken(unwrapped.data.token)
    return unwrapped
  },
  getSession: async (options) => unwrap(await core.GET("/session.json", options), "session"),
  destroySession: async (options) => {
    const result = await core.DELETE("/session.json", options)
    // Either way the token is dead now.
    if (!result.error || result.error.isSessionExpired) core.setToken(undefined)
    return done(result)
  },
  login: async (credentials, options) =>
    unwrap(await core.POST("/login.json", { ...options, body: credentials }), "user"),
  logout: async (options) => done(await core.DELETE("/login.json", options)),
  signUp: async ({ user, authKey }, options) => {
    const headers =
      core.getToken() === undefined && authKey !== undefined ? { "CB-AuthKey": authKey } : undefined
    const result = await core.POST("/users.json", {
      ...options,
      body: { user },
      ...(headers ? { headers } : {}),
    })
    return unwrap(result, "user")
  },
})
