import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { assert, describe, it } from "@effect/vitest"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import { WebSocket, WebSocketServer } from "ws"
import type * as ConnectionState from "../src/ConnectionState.ts"
import { freshOutage } from "../src/internal/supervisor.ts"
import * as ReconnectPolicy from "../src/ReconnectPolicy.ts"
import * as WebSocketConstructor from "../src/WebSocketConstructor.ts"
import * as XmppConfig from "../src/XmppConfig.ts"
import * as XmppConnection from "../src/XmppConnection.ts"
import {
  connectionLayer,
  createUser,
  credentialsOf,
  type TestServer,
  withTestServer,
} from "./support/server.ts"

let server: TestServer
withTestServer((started) => {
  server = started
})

const statesOf = (connection: XmppConnection.Shape) =>
  Effect.gen(function* () {
    const seen: Array<ConnectionState.ConnectionState> = []
    yield* Effect.forkScoped(
      connection.states.pipe(Stream.runForEach((state) => Effect.sync(() => seen.push(state)))),
      { startImmediately: true },
    )
    return seen
  })

const nextState = (
  connection: XmppConnection.Shape,
  predicate: (state: ConnectionState.ConnectionState) => boolean,
) =>
  Effect.map(connection.states.pipe(Stream.filter(predicate), Stream.runHead), (state) =>
    state._tag === "Some" ? state.value : undefined,
  )

const STREAM_FEATURES =
  "<open xmlns='urn:ietf:params:xml:ns:xmpp-framing' from='chat.example' id='s1' version='1.0'/>" +
  "<stream:features xmlns:stream='http://etherx.jabber.org/streams'>" +
  "<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>PLAIN</mechanism></mechanisms>" +
  "</stream:features>"

/** Where a silent server stops answering. */
type Silence = "upgrade" | "stream" | "sasl"

/** A server on 127.0.0.1 that accepts connections and goes silent at one phase of the login. */
const silentServer = (silence: Silence) =>
  Effect.acquireRelease(
    Effect.promise(async () => {
      let accepted = 0
      const http: Server = createServer()
      const sockets = new Set<import("node:net").Socket>()
      http.on("connection", (socket) => {
        sockets.add(socket)
        socket.on("close", () => sockets.delete(socket))
      })
      const wss = new WebSocketServer({ noServer: true, handleProtocols: () => "xmpp" })
      http.on("upgrade", (request, socket, head) => {
        accepted += 1
        // "upgrade": the TCP connection is up but the WebSocket handshake never completes.
        if (silence === "upgrade") return
        wss.handleUpgrade(request, socket, head, (ws) => {
          ws.on("message", (data) => {
            const text = data.toString()
            // "sasl": stream features are offered, the <auth/> is never answered.
            if (silence === "sasl" && text.startsWith("<open")) ws.send(STREAM_FEATURES)
          })
        })
      })
      await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve))
      const { port } = http.address() as AddressInfo
      return {
        url: `ws://127.0.0.1:${port}/ws`,
        accepted: () => accepted,
        close: () =>
          new Promise<void>((resolve) => {
            for (const socket of sockets) socket.destroy()
            wss.close()
            http.close(() => resolve())
          }),
      }
    }),
    (silent) => Effect.promise(() => silent.close()),
  )

describe("every connect attempt is bounded by connectTimeout", () => {
  for (const silence of ["upgrade", "stream", "sasl"] as const) {
    it.live(`a server silent at the ${silence} phase: Timeout, then the policy's next attempt`, () =>
      Effect.gen(function* () {
        const silent = yield* silentServer(silence)
        const context = yield* Layer.build(
          XmppConnection.layer.pipe(
            Layer.provide(
              Layer.mergeAll(
                // The stream's own timeout (xmpp.js waiting for <open/>) is far longer: the connect timeout decides.
                XmppConfig.layer({
                  service: silent.url,
                  domain: "chat.example",
                  connectTimeout: 300,
                  streamTimeout: 60_000,
                }),
                ReconnectPolicy.layer(ReconnectPolicy.fixed({ totalReconnections: 1 })),
                WebSocketConstructor.layer(WebSocket),
              ),
            ),
          ),
        )
        const connection = Context.get(context, XmppConnection.XmppConnection)
        const seen = yield* statesOf(connection)
        const error = yield* Effect.flip(connection.connect({ username: "1-4242", password: "secret" }))
        assert.strictEqual(error.reason._tag, "Timeout")
        if (error.reason._tag === "Timeout") assert.strictEqual(error.reason.operation, "connect")
        assert.strictEqual((yield* connection.state)._tag, "ForceClosed")
        assert.strictEqual(seen.filter((state) => state._tag === "Connecting").length, 2)
        assert.strictEqual(silent.accepted(), 2)
      }),
    )
  }
})

describe("reconnect policy and session lifetime", () => {
  it.live(
    "a drop reconnects at once; a drop of a short-lived session continues the backoff; a held one resets it",
    () =>
      Effect.gen(function* () {
        const user = yield* Effect.promise(() => createUser(server))
        const context = yield* Layer.build(
          connectionLayer(server, {
            policy: ReconnectPolicy.fixed({ reconnectionTimeout: 200, totalReconnections: 50 }),
          }),
        )
        const connection = Context.get(context, XmppConnection.XmppConnection)
        yield* connection.connect(credentialsOf(user))
        const seen = yield* statesOf(connection)
        const waits = () =>
          seen.flatMap((state) => (state._tag === "Reconnecting" ? [[state.attempt, state.delayMs]] : []))
        const resumed = () => seen.filter((state) => state._tag === "Ready" && state.resumed).length

        yield* connection.terminate
        yield* nextState(connection, () => resumed() === 1)
        assert.deepStrictEqual(waits(), [[1, 0]])

        // The session above has just begun: this drop continues the same outage.
        yield* connection.terminate
        yield* nextState(connection, () => resumed() === 2)
        assert.deepStrictEqual(waits(), [
          [1, 0],
          [1, 200],
        ])

        // A session that held for a while ends the outage: the next drop is retried at once again.
        yield* Effect.sleep(freshOutage.minSessionMs + 100)
        yield* connection.terminate
        yield* nextState(connection, () => resumed() === 3)
        assert.deepStrictEqual(waits(), [
          [1, 0],
          [1, 200],
          [1, 0],
        ])
      }),
  )

  it.live("a refused password is renewed once and tried again at once; a refused renewal is final", () =>
    Effect.gen(function* () {
      const user = yield* Effect.promise(() => createUser(server))
      const policy = ReconnectPolicy.fixed({ reconnectionTimeout: 10, totalReconnections: 100 })
      const renewing = (renewed: string) =>
        Effect.gen(function* () {
          const context = yield* Layer.build(connectionLayer(server, { policy }))
          const connection = Context.get(context, XmppConnection.XmppConnection)
          const seen = yield* statesOf(connection)
          let renewals = 0
          const renew = Effect.sync(() => {
            renewals += 1
            return renewed
          })
          const result = yield* Effect.result(
            connection.connect({ ...credentialsOf(user), password: "expired-token", renew }),
          )
          const attempts = seen.filter((state) => state._tag === "Connecting").length
          return { result, attempts, renewals, state: (yield* connection.state)._tag }
        })

      const renewed = yield* renewing(user.token)
      assert.strictEqual(renewed.result._tag, "Success")
      assert.deepInclude(renewed, { attempts: 2, renewals: 1, state: "Ready" })

      const refused = yield* renewing("still-wrong")
      assert.strictEqual(refused.result._tag, "Failure")
      assert.deepInclude(refused, { attempts: 2, renewals: 1, state: "AuthenticationFailure" })
    }),
  )
})
