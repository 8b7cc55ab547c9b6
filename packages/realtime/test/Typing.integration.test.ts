import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import { createGroup } from "../../server/test/support/chat.ts"
import { Typing } from "../src/Typing.ts"
import {
  collect,
  createUser,
  openClient,
  openClients,
  type TestServer,
  withTestServer,
} from "./support/server.ts"

let server: TestServer
withTestServer((started) => {
  server = started
})

describe("Typing against @cube/server", () => {
  it.live("composing reaches the peer, and a quiet typist is paused automatically", () =>
    Effect.gen(function* () {
      const [alice, bob] = yield* Effect.promise(() => Promise.all([createUser(server), createUser(server)]))
      const typist = yield* openClient(server, alice, { typing: { quietPeriod: 200 } })
      const reader = yield* openClient(server, bob)
      const events = yield* reader.use(Effect.flatMap(Typing, (typing) => collect(typing.incoming, 2)))
      yield* typist.use(Effect.flatMap(Typing, (typing) => typing.composing({ userId: bob.userId })))
      yield* typist.use(Effect.flatMap(Typing, (typing) => typing.composing({ userId: bob.userId })))
      const [composing, paused] = yield* Fiber.join(events)
      assert.deepStrictEqual([composing?.state, paused?.state], ["composing", "paused"])
      assert.strictEqual(composing?.senderId, alice.userId)
      assert.isUndefined(composing?.dialogId)
    }),
  )

  it.live("group typing carries the dialog", () =>
    Effect.gen(function* () {
      const [alice, bob] = yield* openClients(server, 2)
      const dialog = yield* Effect.promise(() => createGroup(server, alice.user, [bob.user]))
      const events = yield* bob.use(Effect.flatMap(Typing, (typing) => collect(typing.incoming, 2)))
      yield* alice.use(Effect.flatMap(Typing, (typing) => typing.composing({ dialogId: dialog._id })))
      yield* alice.use(Effect.flatMap(Typing, (typing) => typing.paused({ dialogId: dialog._id })))
      const [composing, paused] = yield* Fiber.join(events)
      assert.strictEqual(composing?.state, "composing")
      assert.strictEqual(paused?.state, "paused")
      assert.strictEqual(composing?.dialogId, dialog._id)
      assert.strictEqual(composing?.senderId, alice.user.userId)
    }),
  )
})
