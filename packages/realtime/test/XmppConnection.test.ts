import { assert, describe, it } from "@effect/vitest"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import { TestClock } from "effect/testing"
import type * as ConnectionState from "../src/ConnectionState.ts"
import * as ReconnectPolicy from "../src/ReconnectPolicy.ts"
import * as Stanza from "../src/Stanza.ts"
import * as WebSocketConstructor from "../src/WebSocketConstructor.ts"
import * as XmppConfig from "../src/XmppConfig.ts"
import * as XmppConnection from "../src/XmppConnection.ts"

// A WebSocket whose connection is always refused (no network involved): error, then close.
const makeRefusing = () => {
  const opened: Array<string> = []
  class Refusing extends EventTarget {
    constructor(url: string) {
      super()
      opened.push(url)
      setTimeout(() => {
        this.dispatchEvent(new Event("error"))
        this.dispatchEvent(Object.assign(new Event("close"), { wasClean: false }))
      }, 0)
    }
    send() {}
    close() {}
  }
  return { opened, Refusing }
}

const build = (policy: ReconnectPolicy.Policy) =>
  Effect.gen(function* () {
    const { opened, Refusing } = makeRefusing()
    const context = yield* Layer.build(
      XmppConnection.layer.pipe(
        Layer.provide(
          Layer.mergeAll(
            XmppConfig.layer({ service: "ws://127.0.0.1:9/ws", domain: "chat.example" }),
            ReconnectPolicy.layer(policy),
            WebSocketConstructor.layer(Refusing),
          ),
        ),
      ),
    )
    return { opened, connection: Context.get(context, XmppConnection.XmppConnection) }
  })

/** The first state (the current one included) that satisfies the predicate. */
const until = (
  connection: XmppConnection.Shape,
  predicate: (state: ConnectionState.ConnectionState) => boolean,
) =>
  Effect.map(connection.states.pipe(Stream.filter(predicate), Stream.runHead), (state) =>
    state._tag === "Some" ? state.value : undefined,
  )

const next = (connection: XmppConnection.Shape, tag: ConnectionState.ConnectionState["_tag"]) =>
  until(connection, (state) => state._tag === tag)

/** Waiting before attempt number `attempt`. */
const waitingFor = (connection: XmppConnection.Shape, attempt: number) =>
  until(connection, (state) => state._tag === "Reconnecting" && state.attempt === attempt)

const credentials = { username: "1-4242", password: "secret" }

describe("XmppConnection (refused sockets, virtual time)", () => {
  it.effect(
    "retries exactly as the policy says (the first at once), then ends ForceClosed and fails connect",
    () =>
      Effect.gen(function* () {
        const { opened, connection } = yield* build(
          ReconnectPolicy.fixed({ totalReconnections: 2, reconnectionTimeout: "1 second" }),
        )
        const connecting = yield* Effect.forkChild(Effect.flip(connection.connect(credentials)))
        const first = yield* next(connection, "Reconnecting")
        assert.deepInclude(first, { attempt: 2, delayMs: 0, waitingForNetwork: false })
        assert.strictEqual(
          first?._tag === "Reconnecting" ? first.error.reason._tag : undefined,
          "ConnectFailed",
        )
        const second = yield* waitingFor(connection, 3)
        assert.deepInclude(second, { attempt: 3, delayMs: 1000 })
        assert.strictEqual(opened.length, 2)
        yield* TestClock.adjust(999)
        assert.strictEqual(opened.length, 2)
        yield* TestClock.adjust(1)
        const error = yield* Fiber.join(connecting)
        assert.strictEqual(error.reason._tag, "ConnectFailed")
        assert.strictEqual((yield* connection.state)._tag, "ForceClosed")
        assert.strictEqual(opened.length, 3)
      }),
  )

  it.effect("immediate: false waits before the first reconnection too (the official SDK's timing)", () =>
    Effect.gen(function* () {
      const { opened, connection } = yield* build(
        ReconnectPolicy.fixed({ totalReconnections: 1, reconnectionTimeout: "1 second", immediate: false }),
      )
      const connecting = yield* Effect.forkChild(Effect.flip(connection.connect(credentials)))
      const first = yield* next(connection, "Reconnecting")
      assert.deepInclude(first, { attempt: 2, delayMs: 1000 })
      yield* TestClock.adjust(999)
      assert.strictEqual(opened.length, 1)
      yield* TestClock.adjust(1)
      yield* Fiber.join(connecting)
      assert.strictEqual(opened.length, 2)
    }),
  )

  it.effect("totalReconnections 0: one attempt, no retry", () =>
    Effect.gen(function* () {
      const { opened, connection } = yield* build(ReconnectPolicy.fixed({ totalReconnections: 0 }))
      const error = yield* Effect.flip(connection.connect(credentials))
      assert.strictEqual(error.reason._tag, "ConnectFailed")
      assert.strictEqual((yield* connection.state)._tag, "ForceClosed")
      assert.strictEqual(opened.length, 1)
    }),
  )

  it.effect("exponential backoff without jitter: at once, then base growing by factor up to max", () =>
    Effect.gen(function* () {
      const { connection } = yield* build(
        ReconnectPolicy.exponential({ base: 100, factor: 2, max: 300, jitter: false, totalReconnections: 5 }),
      )
      const delays: Array<number> = []
      const connecting = yield* Effect.forkChild(Effect.flip(connection.connect(credentials)))
      for (let attempt = 2; attempt <= 6; attempt++) {
        const state = yield* waitingFor(connection, attempt)
        const delay = state?._tag === "Reconnecting" ? state.delayMs : -1
        delays.push(delay)
        yield* TestClock.adjust(delay)
      }
      assert.deepStrictEqual(delays, [0, 100, 200, 300, 300])
      assert.strictEqual((yield* Fiber.join(connecting)).reason._tag, "ConnectFailed")
    }),
  )

  it.effect(
    "the default exponential policy: a dozen attempts at most in the first minute, none lost to jitter",
    () =>
      Effect.gen(function* () {
        const { opened, connection } = yield* build(
          ReconnectPolicy.exponential({ totalReconnections: Number.POSITIVE_INFINITY }),
        )
        yield* Effect.forkChild(Effect.ignore(connection.connect(credentials)))
        let elapsed = 0
        for (let attempt = 2; ; attempt++) {
          const state = yield* waitingFor(connection, attempt)
          const delay = state?._tag === "Reconnecting" ? state.delayMs : -1
          assert.isAtLeast(delay, 0)
          assert.isAtMost(delay, 36_000)
          if (elapsed + delay > 60_000) break
          elapsed += delay
          yield* TestClock.adjust(delay)
        }
        assert.isAtMost(opened.length, 14)
        assert.isAtLeast(opened.length, 8)
      }),
  )

  it.effect("a send while there is no connection waits, then fails with NotConnected at its deadline", () =>
    Effect.gen(function* () {
      const { connection } = yield* build(
        ReconnectPolicy.fixed({ totalReconnections: 100, reconnectionTimeout: "1 hour" }),
      )
      yield* Effect.forkChild(Effect.ignore(connection.connect(credentials)))
      yield* next(connection, "Reconnecting")
      const sending = yield* Effect.forkChild(
        Effect.flip(
          connection.send(Stanza.xml("message", { to: "x@chat.example" }), { timeout: "2 seconds" }),
        ),
      )
      yield* TestClock.adjust("1999 millis")
      assert.isUndefined(sending.pollUnsafe())
      yield* TestClock.adjust("1 milli")
      const error = yield* Fiber.join(sending)
      assert.strictEqual(error.reason._tag, "NotConnected")
    }),
  )

  it.effect("a stanza XML cannot carry is refused before anything is written", () =>
    Effect.gen(function* () {
      const { connection } = yield* build(ReconnectPolicy.fixed())
      const error = yield* Effect.flip(
        connection.send(Stanza.xml("message", null, Stanza.xml("body", null, "bell \u0007"))),
      )
      assert.strictEqual(error.reason._tag, "InvalidStanza")
    }),
  )
})
