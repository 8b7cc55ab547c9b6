import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { assert, describe, it } from "@effect/vitest"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import type * as ConnectionState from "../src/ConnectionState.ts"
import * as ReconnectPolicy from "../src/ReconnectPolicy.ts"
import * as Stanza from "../src/Stanza.ts"
import { type Shape, XmppConnection } from "../src/XmppConnection.ts"
import {
  connectionLayer,
  createUser,
  credentialsOf,
  openConnection,
  startTestServer,
  type TestServer,
  testApp,
  withTestServer,
} from "./support/server.ts"

let server: TestServer
withTestServer((started) => {
  server = started
})

const chat = (to: number, body: string) =>
  Stanza.xml(
    "message",
    { type: "chat", to: `${to}-${testApp.id}@${server.config.chatDomain}`, id: crypto.randomUUID() },
    Stanza.xml("body", null, body),
  )

/** Bodies of chat messages arriving on a connection, until (and including) `last`. */
const collectBodies = (connection: Shape, last: string) =>
  Effect.gen(function* () {
    const incoming = yield* connection.subscribe
    return yield* incoming.pipe(
      Stream.filter((stanza) => stanza.name === "message" && stanza.getChildText("body") !== null),
      Stream.map((stanza) => stanza.getChildText("body") ?? ""),
      Stream.takeUntil((body) => body === last),
      Stream.runCollect,
      Effect.forkScoped,
    )
  })

const statesOf = (connection: Shape) =>
  Effect.gen(function* () {
    const seen: Array<ConnectionState.ConnectionState> = []
    yield* Effect.forkScoped(
      connection.states.pipe(Stream.runForEach((state) => Effect.sync(() => seen.push(state)))),
      { startImmediately: true },
    )
    return seen
  })

describe("XmppConnection against @cube/server", () => {
  it.live("connects to Ready with stream management and answers an iq request", () =>
    Effect.gen(function* () {
      const user = yield* Effect.promise(() => createUser(server))
      const connection = yield* openConnection(server, user)
      const state = yield* connection.state
      assert.strictEqual(state._tag, "Ready")
      if (state._tag === "Ready") {
        assert.isTrue(state.jid.startsWith(`${user.userId}-${testApp.id}@`))
        assert.isTrue(state.streamManagement)
        assert.isFalse(state.resumed)
      }
      const reply = yield* connection.request(
        Stanza.xml(
          "iq",
          { type: "get", to: server.config.chatDomain },
          Stanza.xml("ping", { xmlns: "urn:xmpp:ping" }),
        ),
      )
      assert.strictEqual(reply.attrs.type, "result")
    }),
  )

  it.live("a REST session token works as the password, also fetched by an Effect before each attempt", () =>
    Effect.gen(function* () {
      const user = yield* Effect.promise(() => createUser(server))
      const context = yield* Layer.build(connectionLayer(server))
      const connection = Context.get(context, XmppConnection)
      const seen = yield* statesOf(connection)
      let fetched = 0
      const token = Effect.sync(() => {
        fetched += 1
        return user.token
      })
      yield* connection.connect({ username: `${user.userId}-${testApp.id}`, password: token })
      assert.strictEqual(fetched, 1)
      assert.deepStrictEqual(
        seen.map((state) => state._tag),
        ["Idle", "Connecting", "Authenticated", "Ready"],
      )
    }),
  )

  it.live("send resolves on the server's acknowledgement; every subscriber receives the stanza", () =>
    Effect.gen(function* () {
      const [alice, bob] = yield* Effect.promise(() => Promise.all([createUser(server), createUser(server)]))
      const a = yield* openConnection(server, alice)
      const b = yield* openConnection(server, bob)
      const first = yield* collectBodies(b, "hello")
      const second = yield* collectBodies(b, "hello")
      yield* a.send(chat(bob.userId, "hello"))
      assert.deepStrictEqual(yield* Fiber.join(first), ["hello"])
      assert.deepStrictEqual(yield* Fiber.join(second), ["hello"])
    }),
  )

  it.live("sockets killed mid-stream on both sides: sessions resume, nothing lost, nothing duplicated", () =>
    Effect.gen(function* () {
      const [alice, bob] = yield* Effect.promise(() => Promise.all([createUser(server), createUser(server)]))
      const a = yield* openConnection(server, alice)
      const b = yield* openConnection(server, bob)
      const aStates = yield* statesOf(a)
      const bStates = yield* statesOf(b)
      const received = yield* collectBodies(b, "end")
      // A burst is written at once and acknowledged a round trip later (an <r/> every 10 stanzas), so
      // killing the socket right after the writes leaves unacknowledged stanzas in flight.
      const burst = (from: number, kill: Effect.Effect<void>) =>
        Effect.gen(function* () {
          const sends = yield* Effect.forkChild(
            Effect.forEach(
              Array.from({ length: 20 }, (_, i) => String(from + i)),
              (body) => a.send(chat(bob.userId, body)),
              { concurrency: "unbounded", discard: true },
            ),
          )
          yield* Effect.sleep(5)
          yield* kill
          yield* Fiber.join(sends)
        })
      yield* burst(0, a.terminate)
      yield* burst(20, b.terminate)
      yield* a.send(chat(bob.userId, "end"))
      const bodies = yield* Fiber.join(received)
      assert.strictEqual(bodies.at(-1), "end")
      const numbers = bodies.slice(0, -1).map(Number)
      assert.deepStrictEqual(
        [...numbers].sort((x, y) => x - y),
        Array.from({ length: 40 }, (_, i) => i),
      )
      // Stanzas flow as soon as the server confirms the resume, a moment before Ready is announced.
      for (const connection of [a, b]) {
        yield* connection.states.pipe(
          Stream.filter((state) => state._tag === "Ready"),
          Stream.runHead,
        )
      }
      assert.deepStrictEqual(
        aStates.map((state) => state._tag),
        ["Ready", "Reconnecting", "Connecting", "Authenticated", "Resumed", "Ready"],
      )
      assert.deepStrictEqual(
        bStates.map((state) => state._tag),
        ["Ready", "Reconnecting", "Connecting", "Authenticated", "Resumed", "Ready"],
      )
    }),
  )

  it.live("a wrong password ends in AuthenticationFailure after one attempt, with no retries", () =>
    Effect.gen(function* () {
      const user = yield* Effect.promise(() => createUser(server))
      const context = yield* Layer.build(
        connectionLayer(server, {
          policy: ReconnectPolicy.fixed({ reconnectionTimeout: 10, totalReconnections: 100 }),
        }),
      )
      const connection = Context.get(context, XmppConnection)
      const seen = yield* statesOf(connection)
      const error = yield* Effect.flip(
        connection.connect({ ...credentialsOf(user), password: "wrong-password" }),
      )
      // Give a retry loop time to show itself, if there were one.
      yield* Effect.sleep(300)
      const result = { error, seen, state: yield* connection.state }
      assert.strictEqual(result.error.reason._tag, "AuthenticationFailed")
      if (result.error.reason._tag === "AuthenticationFailed")
        assert.strictEqual(result.error.reason.condition, "not-authorized")
      assert.strictEqual(result.state._tag, "AuthenticationFailure")
      assert.strictEqual(result.seen.filter((state) => state._tag === "Connecting").length, 1)
    }),
  )
})

describe("XmppConnection across a server restart", () => {
  it.live("restart on the same data directory and port: reconnects to a fresh Ready", () =>
    Effect.gen(function* () {
      const dataDir = mkdtempSync(join(tmpdir(), "cube-realtime-restart-"))
      yield* Effect.addFinalizer(() => Effect.sync(() => rmSync(dataDir, { recursive: true, force: true })))
      let current = yield* Effect.promise(() => startTestServer({ dataDir }))
      yield* Effect.addFinalizer(() => Effect.promise(() => current.dispose()))
      const user = yield* Effect.promise(() => createUser(current))
      const connection = yield* openConnection(current, user)
      const seen = yield* statesOf(connection)
      const port = current.port
      yield* Effect.promise(() => current.close())
      current = yield* Effect.promise(() => startTestServer({ dataDir, port }))
      const ready = yield* connection.states.pipe(
        Stream.filter((state) => state._tag === "Ready" && seen.some((s) => s._tag === "Reconnecting")),
        Stream.runHead,
      )
      assert.strictEqual(ready._tag, "Some")
      if (ready._tag === "Some" && ready.value._tag === "Ready") assert.isFalse(ready.value.resumed)
      // The new server serves the same user from the same data.
      yield* connection.send(chat(user.userId, "to myself after the restart"))
    }),
  )
})
