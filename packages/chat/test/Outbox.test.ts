import { assert, describe, it } from "@effect/vitest"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as PubSub from "effect/PubSub"
import * as Stream from "effect/Stream"
import * as SubscriptionRef from "effect/SubscriptionRef"
import { TestClock } from "effect/testing"
import * as ChatError from "../src/ChatError.ts"
import * as Outbox from "../src/Outbox.ts"

// A transport whose connection the test switches on and off; while on, sends are acknowledged at once.
const setup = (options: { readonly online?: boolean; readonly store?: Outbox.OutboxStore } = {}) =>
  Effect.gen(function* () {
    const online = yield* SubscriptionRef.make(options.online ?? true)
    const bounces = yield* PubSub.unbounded<{ id: string; error: ChatError.ChatError }>()
    const attempts: Array<string> = []
    const awaitReady = SubscriptionRef.changes(online).pipe(
      Stream.filter((on) => on),
      Stream.runHead,
      Effect.asVoid,
    )
    const acked: Array<string> = []
    const transport: Outbox.Transport = {
      send: (entry, timeoutMs) =>
        Effect.gen(function* () {
          attempts.push(entry.id)
          // As realtime does: wait for a connection within the timeout, else "not now".
          const ready = yield* awaitReady.pipe(Effect.timeoutOption(timeoutMs))
          if (ready._tag === "None") return yield* Effect.fail({ _tag: "Retry" } as const)
          acked.push(entry.id)
        }),
      awaitReady,
      bounces: Stream.fromPubSub(bounces),
    }
    const store = options.store ?? Outbox.memoryStore()
    const outbox = yield* Outbox.make(transport, store)
    const goOnline = SubscriptionRef.set(online, true)
    return { outbox, attempts, acked, store, bounces, goOnline, online }
  })

const entry = (id: string, deadline = 30_000): Outbox.OutboxEntry => ({
  id,
  dialogId: "d",
  target: { userId: 2 },
  body: id,
  createdAt: 0,
  deadline,
})

describe("Outbox", () => {
  it.effect("a send resolves when acknowledged and the store forgets it", () =>
    Effect.gen(function* () {
      const { outbox, acked, store } = yield* setup()
      yield* outbox.submit(entry("a"))
      assert.deepStrictEqual(acked, ["a"])
      assert.deepStrictEqual(yield* Effect.promise(async () => store.load()), [])
      assert.deepStrictEqual(yield* outbox.pending, [])
    }),
  )

  it.effect(
    "while offline it waits, keeps the entry stored, and sends the same id once the connection is back",
    () =>
      Effect.gen(function* () {
        const { outbox, acked, store, goOnline } = yield* setup({ online: false })
        const sending = yield* Effect.forkChild(outbox.submit(entry("a", 60_000)))
        yield* TestClock.adjust(20_000)
        assert.isUndefined(sending.pollUnsafe())
        assert.deepStrictEqual(
          (yield* Effect.promise(async () => store.load())).map((e) => e.id),
          ["a"],
        )
        yield* goOnline
        yield* TestClock.adjust(40_000)
        yield* Fiber.join(sending)
        assert.deepStrictEqual(acked, ["a"])
      }),
  )

  it.effect("fails with SendTimeout at its deadline, not before", () =>
    Effect.gen(function* () {
      const { outbox, store } = yield* setup({ online: false })
      const sending = yield* Effect.forkChild(Effect.flip(outbox.submit(entry("a", 10_000))))
      yield* TestClock.adjust(9_999)
      assert.isUndefined(sending.pollUnsafe())
      yield* TestClock.adjust(1)
      const error = yield* Fiber.join(sending)
      assert.strictEqual(error.reason._tag, "SendTimeout")
      if (error.reason._tag === "SendTimeout") {
        assert.strictEqual(error.reason.messageId, "a")
        assert.strictEqual(error.reason.timeoutMs, 10_000)
      }
      assert.deepStrictEqual(yield* Effect.promise(async () => store.load()), [])
    }),
  )

  it.effect("a bounce fails the send with Blocked", () =>
    Effect.gen(function* () {
      const { outbox, bounces } = yield* setup({ online: false })
      const sending = yield* Effect.forkChild(Effect.flip(outbox.submit(entry("a"))))
      yield* TestClock.adjust(1)
      const blocked = ChatError.make(new ChatError.Blocked({ messageId: "a", code: 503, detail: "blocked" }))
      yield* PubSub.publish(bounces, { id: "a", error: blocked })
      const error = yield* Fiber.join(sending)
      assert.strictEqual(error.reason._tag, "Blocked")
    }),
  )

  it.effect("a fatal failure is not retried", () =>
    Effect.gen(function* () {
      const fatal = ChatError.make(new ChatError.InvalidInput({ detail: "bad" }))
      const attempts: Array<string> = []
      const outbox = yield* Outbox.make(
        {
          send: (e) =>
            Effect.sync(() => attempts.push(e.id)).pipe(
              Effect.andThen(Effect.fail({ _tag: "Fatal", error: fatal } as const)),
            ),
          awaitReady: Effect.void,
          bounces: Stream.never,
        },
        Outbox.memoryStore(),
      )
      const error = yield* Effect.flip(outbox.submit(entry("a")))
      assert.strictEqual(error, fatal)
      assert.deepStrictEqual(attempts, ["a"])
    }),
  )

  it.effect("restore sends what a previous run left in the store, and reports each outcome", () =>
    Effect.gen(function* () {
      const store = Outbox.memoryStore()
      store.put(entry("old-1"))
      store.put(entry("old-2", 5_000))
      const { outbox, acked, goOnline } = yield* setup({ online: false, store })
      const settled = yield* Effect.forkChild(outbox.settled.pipe(Stream.take(2), Stream.runCollect), {
        startImmediately: true,
      })
      const restored = yield* outbox.restore
      assert.deepStrictEqual(
        restored.map((e) => e.id),
        ["old-1", "old-2"],
      )
      yield* TestClock.adjust(5_000)
      yield* goOnline
      yield* TestClock.adjust(1)
      const outcomes = yield* Fiber.join(settled)
      const byId = new Map(outcomes.map((item) => [item.entry.id, item.exit]))
      assert.isTrue(Exit.isSuccess(byId.get("old-1")!))
      assert.isTrue(Exit.isFailure(byId.get("old-2")!))
      assert.deepStrictEqual(acked, ["old-1"])
    }),
  )

  it.effect("an interrupted send stays in the store for the next start", () =>
    Effect.gen(function* () {
      const { outbox, store } = yield* setup({ online: false })
      const started = yield* Deferred.make<void>()
      const sending = yield* Effect.forkChild(
        Deferred.succeed(started, undefined).pipe(Effect.andThen(outbox.submit(entry("a")))),
      )
      yield* Deferred.await(started)
      yield* TestClock.adjust(1)
      yield* Fiber.interrupt(sending)
      assert.deepStrictEqual(
        (yield* Effect.promise(async () => store.load())).map((e) => e.id),
        ["a"],
      )
    }),
  )
})
