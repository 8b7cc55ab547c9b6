/**
 * The chat connection: connect with a password or a session token (opening the REST session when given a
 * login; the chat then logs in with the session token, renewed once when refused), the connection state
 * as a store and events, disconnect, terminate (drop the socket as a network loss would, then reconnect
 * and resume), ping with a timeout, relogin, and the client state (`markActive` / `markInactive`).
 * Reconnecting is owned by realtime's policy.
 *
 * @since 0.1.0
 */
import {
  ClientState,
  CubeJid,
  Ping,
  type ConnectionState as Realtime,
  XmppConnection,
  XmppError,
} from "@cube/realtime"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import { ChatConfig } from "./ChatConfig.ts"
import * as ChatError from "./ChatError.ts"
import { ChatState } from "./ChatState.ts"
import { changes } from "./internal/storeStream.ts"
import { type Credentials, Session } from "./Session.ts"
import type { ConnectionState } from "./types.ts"

/**
 * How to connect: a login (or email) and password (opens the REST session too), an existing session
 * token, a user id and password (chat only, ConnectyCube style), or nothing (the current session).
 *
 * @since 0.1.0
 * @category models
 */
export type ConnectParams =
  | Credentials
  | { readonly token: string }
  | { readonly userId: number; readonly password: string }
  | undefined

/**
 * @since 0.1.0
 * @category models
 */
export interface Shape {
  /** Connects; succeeds when the chat is online. */
  readonly connect: (params?: ConnectParams) => Effect.Effect<void, ChatError.ChatError>
  /** Closes the chat connection (pending messages wait in the outbox until the next connect or their deadline). */
  readonly disconnect: Effect.Effect<void>
  /** Drops the socket without closing the session; the client reconnects and resumes. */
  readonly terminate: Effect.Effect<void>
  /** Opens a new session with the same credentials and reconnects. */
  readonly relogin: Effect.Effect<void, ChatError.ChatError>
  /** Pings the server; fails after `timeoutMs` (default 5 s). */
  readonly ping: (timeoutMs?: number) => Effect.Effect<void, ChatError.ChatError>
  readonly isConnected: Effect.Effect<boolean>
  /** The app is in the foreground: live delivery. */
  readonly markActive: Effect.Effect<void, ChatError.ChatError>
  /** The app is in the background: the server sends pushes instead. */
  readonly markInactive: Effect.Effect<void, ChatError.ChatError>
  /** The state now and after every change. */
  readonly states: Stream.Stream<ConnectionState>
}

/**
 * @since 0.1.0
 * @category services
 */
export class Connection extends Context.Service<Connection, Shape>()("@cube/chat/Connection") {}

/**
 * The app's view of a realtime state (`previous` fills in what a transient state does not say).
 *
 * @since 0.1.0
 * @category constructors
 */
export const toConnectionState = (
  state: Realtime.ConnectionState,
  previous: ConnectionState,
): ConnectionState => {
  switch (state._tag) {
    case "Idle":
      return { status: "idle" }
    case "Connecting":
      return { status: state.reconnect ? "reconnecting" : "connecting", attempt: state.attempt }
    case "Authenticated":
    case "Resumed":
      return previous
    case "Reconnecting":
      return {
        status: "reconnecting",
        attempt: state.attempt,
        delayMs: state.delayMs,
        error: ChatError.fromXmpp(state.error),
      }
    case "Ready":
      return { status: "connected", resumed: state.resumed }
    case "AuthenticationFailure":
    case "ForceClosed":
      return { status: "failed", error: ChatError.fromXmpp(state.error) }
    case "Closed":
      return { status: "disconnected" }
  }
}

// A failed renewal, as the realtime supervisor reads it: refused credentials end the connection, anything
// else (the REST server unreachable) is retried by the policy.
const toXmppError = (error: ChatError.ChatError): XmppError.XmppError =>
  XmppError.make(
    error.reason._tag === "AuthenticationFailed" || error.reason._tag === "NotLoggedIn"
      ? new XmppError.AuthenticationFailed({ condition: "not-authorized", text: error.message })
      : new XmppError.ConnectFailed({ detail: `renewing the session: ${error.message}`, cause: error }),
  )

const sameState = (a: ConnectionState, b: ConnectionState): boolean =>
  a.status === b.status &&
  a.attempt === b.attempt &&
  a.delayMs === b.delayMs &&
  a.resumed === b.resumed &&
  a.error?.message === b.error?.message

/**
 * @since 0.1.0
 * @category constructors
 */
export const make = Effect.gen(function* () {
  const config = yield* ChatConfig
  const state = yield* ChatState
  const session = yield* Session
  const connection = yield* XmppConnection.XmppConnection
  const ping = yield* Ping.Ping
  const clientState = yield* ClientState.ClientState
  let last: ConnectParams

  const publish = (realtime: Realtime.ConnectionState) => {
    const previous = state.connection.getSnapshot()
    const next = toConnectionState(realtime, previous)
    if (sameState(next, previous)) return
    state.connection.set(next)
    state.events.emit("connection", next)
  }
  // The store follows every change; connect and disconnect also bring it up to date before they return.
  const sync = Effect.flatMap(connection.state, (realtime) => Effect.sync(() => publish(realtime)))
  yield* connection.states.pipe(
    Stream.runForEach((realtime) => Effect.sync(() => publish(realtime))),
    Effect.forkScoped({ startImmediately: true }),
  )

  // `password` is set only where the chat must log in with it (ConnectyCube's chat-only `{ userId, password }`);
  // everywhere else the live REST session token is the chat password (no password hashing on the server).
  const login = (params: ConnectParams) =>
    Effect.gen(function* () {
      if (params !== undefined && "token" in params) {
        const userId = yield* session.useToken(params.token)
        return { userId, password: undefined }
      }
      if (params !== undefined && "userId" in params) {
        state.session.update((current) => ({ ...current, userId: params.userId }))
        return { userId: params.userId, password: params.password }
      }
      if (params !== undefined) {
        const user = yield* session.login(params)
        return { userId: user.id, password: undefined }
      }
      const chatOnly = last !== undefined && "userId" in last ? last.password : undefined
      return { userId: yield* session.userId, password: chatOnly }
    })

  // Read before every attempt: a session renewed by REST meanwhile is picked up. Falls back to the kept
  // password when there is no token (a chat-only login before any REST session).
  const token = Effect.sync(() => state.session.getSnapshot().token || session.password() || "")

  // A refused token (expired session) is renewed once: a new session from the kept password, or the
  // adopted token checked again (which fails for good when it expired).
  const renew = Effect.gen(function* () {
    yield* session.renew
    return yield* token
  }).pipe(Effect.mapError(toXmppError))

  const connect = (params?: ConnectParams) =>
    Effect.gen(function* () {
      const { userId, password } = yield* login(params)
      last = params ?? last
      const credentials = CubeJid.credentials({
        appId: config.appId,
        userId,
        ...(password === undefined ? { password: token, renew } : { password }),
      })
      yield* connection.connect(credentials).pipe(Effect.mapError(ChatError.fromXmpp), Effect.ensuring(sync))
    })

  const toChat = <A>(effect: Effect.Effect<A, XmppError.XmppError>) =>
    Effect.mapError(effect, ChatError.fromXmpp)

  return Connection.of({
    connect,
    disconnect: Effect.andThen(connection.disconnect, sync),
    terminate: connection.terminate,
    relogin: Effect.gen(function* () {
      const chatOnly = last !== undefined && "userId" in last ? last : undefined
      yield* Effect.andThen(connection.disconnect, sync)
      if (chatOnly === undefined) yield* session.renew
      yield* connect(chatOnly)
    }),
    ping: (timeoutMs) => toChat(ping.ping(timeoutMs === undefined ? undefined : { timeout: timeoutMs })),
    isConnected: Effect.map(connection.state, (current) => current._tag === "Ready"),
    markActive: toChat(clientState.active()),
    markInactive: toChat(clientState.inactive()),
    states: changes(state.connection),
  })
})

/**
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<
  Connection,
  never,
  ChatConfig | ChatState | Session | XmppConnection.XmppConnection | Ping.Ping | ClientState.ClientState
> = Layer.effect(Connection, make)
