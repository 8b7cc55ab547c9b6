import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import { fromCallback } from "../../src/internal/callbackStream.ts"
import { makeHub } from "../../src/internal/hub.ts"

describe("hub", () => {
  it.effect("every subscriber gets every value in order, the current value first", () =>
    Effect.gen(function* () {
      let current = 0
      const hub = makeHub(() => current)
      const first = yield* Effect.forkChild(hub.stream.pipe(Stream.take(4), Stream.runCollect), {
        startImmediately: true,
      })
      current = 1
      hub.publish(1)
      const second = yield* Effect.forkChild(hub.stream.pipe(Stream.take(3), Stream.runCollect), {
        startImmediately: true,
      })
      for (const value of [2, 3]) {
        current = value
        hub.publish(value)
      }
      assert.deepStrictEqual(yield* Fiber.join(first), [0, 1, 2, 3])
      assert.deepStrictEqual(yield* Fiber.join(second), [1, 2, 3])
    }),
  )

  it.effect("a subscription misses nothing published after it, and ends with its scope", () =>
    Effect.gen(function* () {
      const hub = makeHub<string>()
      hub.publish("before")
      const scope = yield* Scope.make()
      const stream = yield* hub.subscribe.pipe(Scope.provide(scope))
      hub.publish("a")
      hub.publish("b")
      const reader = yield* Effect.forkChild(Stream.runCollect(stream))
      yield* Effect.yieldNow
      hub.publish("c")
      yield* Scope.close(scope, Exit.void)
      hub.publish("after")
      assert.deepStrictEqual(yield* Fiber.join(reader), ["a", "b", "c"])
    }),
  )

  it.effect("a callback stream registers when it starts and unregisters when it stops", () =>
    Effect.gen(function* () {
      const listeners = new Set<(value: number) => void>()
      const stream = fromCallback<number>((emit) => {
        listeners.add(emit)
        return () => listeners.delete(emit)
      })
      assert.strictEqual(listeners.size, 0)
      const reader = yield* Effect.forkChild(stream.pipe(Stream.take(2), Stream.runCollect), {
        startImmediately: true,
      })
      assert.strictEqual(listeners.size, 1)
      for (const emit of listeners) {
        emit(1)
        emit(2)
        emit(3)
      }
      assert.deepStrictEqual(yield* Fiber.join(reader), [1, 2])
      assert.strictEqual(listeners.size, 0)
    }),
  )

  it.effect("select maps as values are published: dropped and throwing values never reach the reader", () =>
    Effect.gen(function* () {
      const hub = makeHub<number>()
      let mapped = 0
      const reader = yield* Effect.forkChild(
        hub
          .select((value) => {
            mapped += 1
            if (value === 3) throw new Error("unreadable")
            return value % 2 === 0 ? undefined : `odd ${value}`
          })
          .pipe(Stream.take(2), Stream.runCollect),
        { startImmediately: true },
      )
      for (const value of [1, 2, 3, 4, 5]) hub.publish(value)
      // Mapped at publish time, before the reader ran.
      assert.strictEqual(mapped, 5)
      assert.deepStrictEqual(yield* Fiber.join(reader), ["odd 1", "odd 5"])
    }),
  )
})
