import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Latch from "effect/Latch"
import { TestClock } from "effect/testing"
import { makeOutbox } from "../../src/internal/outbox.ts"
import * as Stanza from "../../src/Stanza.ts"

const setup = (tracked = true) =>
  Effect.gen(function* () {
    const written: Array<Stanza.Element> = []
    const ready = yield* Latch.make(false)
    const outbox = yield* makeOutbox(
      async (stanza) => {
        written.push(stanza)
        return tracked
      },
      ready,
      () => {},
    )
    yield* Effect.forkScoped(outbox.run)
    return { written, ready, outbox }
  })

// Writes go through a Promise: let the event loop run so the writer fiber can finish them.
const flush = Effect.promise(() => new Promise((resolve) => setTimeout(resolve, 5)))

const message = (id: string) => Stanza.xml("message", { id })
const options = { timeoutMs: 30_000, awaitAck: true }

describe("outbox", () => {
  it.effect("a send resolves only when the server acknowledges it", () =>
    Effect.gen(function* () {
      const { written, ready, outbox } = yield* setup()
      yield* ready.open
      const stanza = message("a")
      const sending = yield* Effect.forkChild(outbox.send(stanza, options))
      yield* flush
      assert.deepStrictEqual(written, [stanza])
      assert.isUndefined(sending.pollUnsafe())
      outbox.ack(stanza)
      yield* Fiber.join(sending)
    }),
  )

  it.effect("an unacknowledged send fails with Timeout(ack) at its deadline", () =>
    Effect.gen(function* () {
      const { ready, outbox } = yield* setup()
      yield* ready.open
      const sending = yield* Effect.forkChild(Effect.flip(outbox.send(message("a"), options)))
      yield* TestClock.adjust(29_999)
      assert.isUndefined(sending.pollUnsafe())
      yield* TestClock.adjust(1)
      const error = yield* Fiber.join(sending)
      assert.strictEqual(error.reason._tag, "Timeout")
      if (error.reason._tag === "Timeout") assert.strictEqual(error.reason.operation, "ack")
    }),
  )

  it.effect(
    "sends queued while offline are written in order once ready; without stream management they resolve when written",
    () =>
      Effect.gen(function* () {
        const { written, ready, outbox } = yield* setup(false)
        const stanzas = ["a", "b", "c"].map(message)
        const sending = yield* Effect.forkChild(
          Effect.forEach(stanzas, (stanza) => outbox.send(stanza, options), { concurrency: "unbounded" }),
        )
        yield* TestClock.adjust(1000)
        assert.deepStrictEqual(written, [])
        yield* ready.open
        yield* Fiber.join(sending)
        assert.deepStrictEqual(
          written.map((stanza) => stanza.attrs.id),
          ["a", "b", "c"],
        )
      }),
  )

  it.effect("a stanza of a session that could not be resumed is written again, ahead of newer ones", () =>
    Effect.gen(function* () {
      const { written, ready, outbox } = yield* setup()
      yield* ready.open
      const first = message("first")
      const sendingFirst = yield* Effect.forkChild(outbox.send(first, options))
      yield* flush
      yield* ready.close
      outbox.requeue(first)
      const second = message("second")
      const sendingSecond = yield* Effect.forkChild(outbox.send(second, options))
      yield* flush
      yield* ready.open
      yield* flush
      assert.deepStrictEqual(
        written.map((stanza) => stanza.attrs.id),
        ["first", "first", "second"],
      )
      outbox.ack(first)
      outbox.ack(second)
      yield* Fiber.join(sendingFirst)
      yield* Fiber.join(sendingSecond)
    }),
  )

  it.effect("closing for good fails everything pending with NotConnected", () =>
    Effect.gen(function* () {
      const { ready, outbox } = yield* setup()
      yield* ready.open
      const written = yield* Effect.forkChild(Effect.flip(outbox.send(message("a"), options)))
      yield* flush
      yield* ready.close
      const queued = yield* Effect.forkChild(Effect.flip(outbox.send(message("b"), options)))
      yield* flush
      outbox.failAll("disconnected")
      assert.strictEqual((yield* Fiber.join(written)).reason._tag, "NotConnected")
      assert.strictEqual((yield* Fiber.join(queued)).reason._tag, "NotConnected")
    }),
  )
})
