import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import type * as Fiber from "effect/Fiber"
import * as Latch from "effect/Latch"
import { TestClock } from "effect/testing"
import { makeAckRequests } from "../../src/internal/ackRequests.ts"
import { makeOutbox } from "../../src/internal/outbox.ts"
import * as Stanza from "../../src/Stanza.ts"

const start = (every: number) =>
  Effect.gen(function* () {
    const requests: Array<number> = []
    const acks = makeAckRequests(() => requests.push(0), { intervalMs: 50, every })
    yield* Effect.forkScoped(acks.run)
    // Let the timer fiber reach its first wait.
    yield* Effect.yieldNow
    return { requests, acks }
  })

describe("ack requests", () => {
  it.effect("under continuous sends an <r/> goes out at least every interval", () =>
    Effect.gen(function* () {
      const { requests, acks } = yield* start(1000)
      // One stanza every 10 ms for a second: a pure debounce of 50 ms would never fire.
      for (let i = 0; i < 100; i++) {
        acks.written()
        yield* TestClock.adjust(10)
      }
      assert.isAtLeast(requests.length, 100 / 5 - 1)
    }),
  )

  it.effect("asks at once when `every` stanzas wait, before the interval", () =>
    Effect.gen(function* () {
      const { requests, acks } = yield* start(4)
      for (let i = 0; i < 3; i++) acks.written()
      assert.strictEqual(requests.length, 0)
      acks.written()
      assert.strictEqual(requests.length, 1)
      for (let i = 0; i < 8; i++) acks.written()
      assert.strictEqual(requests.length, 3)
    }),
  )

  it.effect("asks once for a lone stanza after the interval, and not again while idle", () =>
    Effect.gen(function* () {
      const { requests, acks } = yield* start(10)
      acks.written()
      yield* TestClock.adjust(49)
      assert.strictEqual(requests.length, 0)
      yield* TestClock.adjust(1)
      assert.strictEqual(requests.length, 1)
      yield* TestClock.adjust(10_000)
      assert.strictEqual(requests.length, 1)
    }),
  )

  it.effect("sends resolve during steady traffic", () =>
    Effect.gen(function* () {
      // A server that acknowledges everything written so far whenever it is asked.
      const written: Array<Stanza.Element> = []
      let acknowledged = 0
      const ready = yield* Latch.make(true)
      const acks = makeAckRequests(
        () => {
          for (; acknowledged < written.length; acknowledged++) outbox.ack(written[acknowledged]!)
        },
        { intervalMs: 50, every: 1000 },
      )
      const outbox = yield* makeOutbox(
        async (stanza) => {
          written.push(stanza)
          acks.written()
          return true
        },
        ready,
        () => {},
      )
      yield* Effect.forkScoped(outbox.run)
      yield* Effect.forkScoped(acks.run)
      const options = { timeoutMs: 30_000, awaitAck: true }
      const sends: Array<Fiber.Fiber<void, unknown>> = []
      // Writes go through a Promise: let the event loop run so the writer fiber can finish them.
      const flush = Effect.promise(() => new Promise((resolve) => setTimeout(resolve, 0)))
      for (let i = 0; i < 30; i++) {
        sends.push(yield* Effect.forkChild(outbox.send(Stanza.xml("message", { id: `m${i}` }), options)))
        yield* flush
        yield* TestClock.adjust(10)
      }
      // Still sending: the first sends were acknowledged without a pause in traffic.
      assert.isDefined(sends[0]!.pollUnsafe())
      assert.isDefined(sends[19]!.pollUnsafe())
      assert.isAtLeast(acknowledged, 20)
    }),
  )
})
