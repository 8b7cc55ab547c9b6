// The same capabilities as Effect services: provide `ChatClient.layer(options)` and use the services.
import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import { afterAll, beforeAll } from "vitest"
import { ChatClient, Connection, Dialogs, History, Messages, Session } from "../src/effect.ts"
import { chatOptions, createUser, startTestServer, type TestServer } from "./support/chat.ts"

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})

afterAll(async () => {
  await server?.dispose()
})

describe("@cube/chat/effect", () => {
  it.live("connects, streams its state, sends and reads history through the services", () =>
    Effect.gen(function* () {
      const [alice, bob] = yield* Effect.promise(() => Promise.all([createUser(server), createUser(server)]))
      const context = yield* Layer.build(ChatClient.layer(chatOptions(server)))
      const program = Effect.gen(function* () {
        const connection = yield* Connection.Connection
        const states = yield* connection.states.pipe(
          Stream.map((state) => state.status),
          Stream.takeUntil((status) => status === "connected"),
          Stream.runCollect,
          Effect.forkScoped({ startImmediately: true }),
        )
        yield* connection.connect({ login: alice.login, password: alice.password })
        assert.deepStrictEqual([...(yield* Fiber.join(states))], ["idle", "connecting", "connected"])
        assert.strictEqual(yield* (yield* Session.Session).userId, alice.userId)
        const dialog = yield* (yield* Dialogs.Dialogs).create({ type: 3, occupantIds: [bob.userId] })
        const sent = yield* (yield* Messages.Messages).send(dialog.id, { body: "from Effect" })
        const history = yield* (yield* History.History).list(dialog.id)
        assert.deepStrictEqual(
          history.map((message) => message.id),
          [sent.id],
        )
        const failure = yield* (yield* Dialogs.Dialogs).get("000000000000000000000000").pipe(Effect.flip)
        assert.strictEqual(failure._tag, "ChatError")
        assert.strictEqual(failure.reason._tag, "NotFound")
      })
      yield* Effect.provide(program, context)
    }),
  )
})
