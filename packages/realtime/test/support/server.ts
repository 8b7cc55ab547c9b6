// A real @cube/server for integration tests, and users to log in with (REST sign-up + session).
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import { afterAll, beforeAll } from "vitest"
import { WebSocket } from "ws"
import { startTestServer, type TestServer, testApp } from "../../../server/test/support/testServer.ts"
import { createUser, type TestUser } from "../../../server/test/support/users.ts"
import * as CubeJid from "../../src/CubeJid.ts"
import * as RealtimeClient from "../../src/RealtimeClient.ts"
import * as ReconnectPolicy from "../../src/ReconnectPolicy.ts"
import * as WebSocketConstructor from "../../src/WebSocketConstructor.ts"
import * as XmppConfig from "../../src/XmppConfig.ts"
import * as XmppConnection from "../../src/XmppConnection.ts"
import type { XmppError } from "../../src/XmppError.ts"

export { createUser, startTestServer, type TestServer, type TestUser, testApp }

/** Connection settings for a test server; fast retries so reconnect tests stay short. */
export const connectionLayer = (
  server: TestServer,
  options: { readonly policy?: ReconnectPolicy.Policy; readonly sendTimeout?: number } = {},
) =>
  XmppConnection.layer.pipe(
    Layer.provideMerge(
      Layer.mergeAll(
        XmppConfig.layer({
          service: server.wsUrl,
          domain: server.config.chatDomain,
          ...(options.sendTimeout === undefined ? {} : { sendTimeout: options.sendTimeout }),
        }),
        CubeJid.layer({ appId: testApp.id, domain: server.config.chatDomain }),
        ReconnectPolicy.layer(
          options.policy ?? ReconnectPolicy.fixed({ reconnectionTimeout: 100, totalReconnections: 50 }),
        ),
        // Node 24 has a global WebSocket; `ws` is injected anyway to exercise the seam.
        WebSocketConstructor.layer(WebSocket),
      ),
    ),
  )

/** ConnectyCube credentials of a test user (password login). */
export const credentialsOf = (user: TestUser): XmppConnection.Credentials =>
  CubeJid.credentials({ appId: testApp.id, userId: user.userId, password: user.password })

/** Builds a connection for a user in the current scope and connects it. */
export const openConnection = (
  server: TestServer,
  user: TestUser,
  options: { readonly policy?: ReconnectPolicy.Policy; readonly sendTimeout?: number } = {},
) =>
  Effect.gen(function* () {
    const context = yield* Layer.build(connectionLayer(server, options))
    const connection = Context.get(context, XmppConnection.XmppConnection)
    yield* connection.connect(credentialsOf(user))
    return connection
  })

/** Every feature service of a user, connected; `use` runs an effect against them. */
export interface TestClient {
  readonly user: TestUser
  readonly context: Context.Context<RealtimeClient.Services>
  readonly use: <A, E>(
    effect: Effect.Effect<A, E, RealtimeClient.Services | Scope.Scope>,
  ) => Effect.Effect<A, E, Scope.Scope>
  readonly connect: Effect.Effect<unknown, XmppError>
}

/** Builds `RealtimeClient.layer` for a user in the current scope and connects it. */
export const openClient = (
  server: TestServer,
  user: TestUser,
  options: Partial<RealtimeClient.Options> & {
    readonly policy?: ReconnectPolicy.Policy
    readonly connect?: boolean
  } = {},
) =>
  Effect.gen(function* () {
    const context = yield* Layer.build(
      RealtimeClient.layer({
        service: server.wsUrl,
        domain: server.config.chatDomain,
        appId: testApp.id,
        ping: { idle: false },
        ...options,
      }).pipe(
        Layer.provide(
          Layer.mergeAll(
            ReconnectPolicy.layer(
              options.policy ?? ReconnectPolicy.fixed({ reconnectionTimeout: 100, totalReconnections: 50 }),
            ),
            WebSocketConstructor.layer(WebSocket),
          ),
        ),
      ),
    )
    const connect = Context.get(context, XmppConnection.XmppConnection).connect(credentialsOf(user))
    if (options.connect !== false) yield* connect
    const client: TestClient = { user, context, use: (effect) => Effect.provide(effect, context), connect }
    return client
  })

type Tuple<N extends number, T, R extends Array<T> = []> = R["length"] extends N ? R : Tuple<N, T, [...R, T]>

/** Opens clients for `count` freshly signed-up users. */
export const openClients = <N extends number>(server: TestServer, count: N) =>
  Effect.gen(function* () {
    const users = yield* Effect.promise(() =>
      Promise.all(Array.from({ length: count }, () => createUser(server))),
    )
    return (yield* Effect.forEach(users, (user) => openClient(server, user))) as unknown as Tuple<
      N,
      TestClient
    >
  })

/** Subscribes now (before returning) and collects the first `count` elements in the background. */
export const collect = <A, E>(stream: Stream.Stream<A, E>, count: number) =>
  Effect.forkScoped(stream.pipe(Stream.take(count), Stream.runCollect), { startImmediately: true })

/** For one test file: a real server started before its tests, handed to `onStart`, disposed after them. */
export const withTestServer = (onStart: (server: TestServer) => void): void => {
  let server: TestServer | undefined
  beforeAll(async () => {
    server = await startTestServer()
    onStart(server)
  })
  afterAll(async () => {
    await server?.dispose()
  })
}
