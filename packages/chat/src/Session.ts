/**
 * The REST session: log in with a login (or email) and password, or adopt an existing session token; sign
 * up; log out. With a password, an expired session is renewed transparently (REST retries the call once,
 * the chat renews it when the server refuses the expired token).
 *
 * @since 0.1.0
 */
import type { components } from "@cube/rest"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { ChatConfig } from "./ChatConfig.ts"
import * as ChatError from "./ChatError.ts"
import { ChatState } from "./ChatState.ts"
import { RestApi } from "./RestApi.ts"

/**
 * A user as the REST API describes them.
 *
 * @since 0.1.0
 * @category models
 */
export type User = components["schemas"]["User"]

/**
 * Who logs in: a login or an email with a password.
 *
 * @since 0.1.0
 * @category models
 */
export type Credentials =
  | { readonly login: string; readonly password: string; readonly email?: undefined }
  | { readonly email: string; readonly password: string; readonly login?: undefined }

/**
 * A new user.
 *
 * @since 0.1.0
 * @category models
 */
export type SignUp = components["schemas"]["UserCreate"]

/**
 * @since 0.1.0
 * @category models
 */
export interface Shape {
  /** Opens a user session; the password is kept in memory to renew it and to log in to the chat. */
  readonly login: (credentials: Credentials) => Effect.Effect<User, ChatError.ChatError>
  /** Adopts an existing session token (no password: the chat logs in with the token). */
  readonly useToken: (token: string) => Effect.Effect<number, ChatError.ChatError>
  /** Destroys the session on the server and forgets it. */
  readonly logout: Effect.Effect<void, ChatError.ChatError>
  /** Creates a user (with the app's auth key when there is no session). */
  readonly signUp: (user: SignUp) => Effect.Effect<User, ChatError.ChatError>
  /** The logged-in user's id, or `NotLoggedIn`. */
  readonly userId: Effect.Effect<number, ChatError.ChatError>
  /** The password given to `login`, if any (kept to renew the session; the chat logs in with the token). */
  readonly password: () => string | undefined
  /** Opens a new session with the kept credentials (or checks the token); fails without any. */
  readonly renew: Effect.Effect<void, ChatError.ChatError>
}

/**
 * @since 0.1.0
 * @category services
 */
export class Session extends Context.Service<Session, Shape>()("@cube/chat/Session") {}

const authFailure = (error: ChatError.ChatError): ChatError.ChatError =>
  error.reason._tag === "RequestFailed" && (error.reason.status === 401 || error.reason.status === 422)
    ? ChatError.make(new ChatError.AuthenticationFailed({ detail: error.reason.detail }))
    : error

/**
 * @since 0.1.0
 * @category constructors
 */
export const make = Effect.gen(function* () {
  const config = yield* ChatConfig
  const rest = yield* RestApi
  const state = yield* ChatState
  let credentials: Credentials | undefined

  const setSession = (userId: number | undefined) =>
    state.session.set({ userId, token: rest.client.getToken() })

  const openSession = (given: Credentials) =>
    rest
      .call((client, signal) =>
        client.createSession(
          given.login !== undefined
            ? { appId: config.appId, authKey: config.authKey, login: given.login, password: given.password }
            : { appId: config.appId, authKey: config.authKey, email: given.email, password: given.password },
          { signal },
        ),
      )
      .pipe(Effect.mapError(authFailure))

  const login = (given: Credentials) =>
    Effect.gen(function* () {
      const session = yield* openSession(given)
      credentials = given
      setSession(session.user_id)
      if (session.user) return session.user
      return yield* rest
        .call((client, signal) =>
          client.GET("/users/{userId}.json", { params: { path: { userId: session.user_id } }, signal }),
        )
        .pipe(Effect.map((body) => (body as { user: User }).user))
    })

  // An expired session is renewed with the kept credentials, once per expiry, for REST's retry.
  rest.setRenewer(async () => {
    if (credentials === undefined) return undefined
    const renewed = await Effect.runPromiseExit(openSession(credentials))
    if (renewed._tag === "Failure") return undefined
    setSession(renewed.value.user_id)
    return renewed.value.token
  })

  const useToken = (token: string) =>
    Effect.gen(function* () {
      rest.client.setToken(token)
      credentials = undefined
      const session = yield* rest
        .call((client, signal) => client.getSession({ signal }))
        .pipe(Effect.mapError(authFailure))
      if (!session.user_id) {
        return yield* Effect.fail(
          ChatError.make(new ChatError.NotLoggedIn({ detail: "the token is an application session" })),
        )
      }
      setSession(session.user_id)
      return session.user_id
    })

  const userId = Effect.suspend(() => {
    const id = state.session.getSnapshot().userId
    return id === undefined
      ? Effect.fail(ChatError.make(new ChatError.NotLoggedIn({ detail: "log in or connect first" })))
      : Effect.succeed(id)
  })

  return Session.of({
    login,
    useToken,
    logout: Effect.gen(function* () {
      credentials = undefined
      if (rest.client.getToken() !== undefined) {
        yield* rest.call((client, signal) => client.destroySession({ signal })).pipe(Effect.ignore)
      }
      rest.client.setToken(undefined)
      setSession(undefined)
    }),
    signUp: (user) =>
      rest.call((client, signal) => client.signUp({ user, authKey: config.authKey }, { signal })),
    userId,
    password: () => credentials?.password,
    renew: Effect.suspend(() => {
      if (credentials !== undefined) return Effect.asVoid(login(credentials))
      const token = rest.client.getToken()
      if (token !== undefined) return Effect.asVoid(useToken(token))
      return Effect.fail(
        ChatError.make(new ChatError.NotLoggedIn({ detail: "no credentials to log in again" })),
      )
    }),
  })
})

/**
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<Session, never, ChatConfig | RestApi | ChatState> = Layer.effect(
  Session,
  make,
)
