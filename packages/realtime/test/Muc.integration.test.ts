import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import { createGroup } from "../../server/test/support/chat.ts"
import { Muc } from "../src/Muc.ts"
import { collect, openClients, type TestServer, withTestServer } from "./support/server.ts"

let server: TestServer
withTestServer((started) => {
  server = started
})

describe("Muc against @cube/server", () => {
  it.live(
    "join and leave resolve on the self-presence (status 110); occupants see each other come and go",
    () =>
      Effect.gen(function* () {
        const [alice, bob] = yield* openClients(server, 2)
        const dialog = yield* Effect.promise(() => createGroup(server, alice.user, [bob.user]))
        yield* alice.use(Effect.flatMap(Muc, (muc) => muc.join(dialog._id)))
        const events = yield* alice.use(Effect.flatMap(Muc, (muc) => collect(muc.events, 2)))
        yield* bob.use(Effect.flatMap(Muc, (muc) => muc.join(dialog._id)))
        const occupants = yield* alice.use(Effect.flatMap(Muc, (muc) => muc.occupants(dialog._id)))
        assert.deepStrictEqual(
          [...occupants].sort((a, b) => a - b),
          [alice.user.userId, bob.user.userId].sort((a, b) => a - b),
        )
        yield* bob.use(Effect.flatMap(Muc, (muc) => muc.leave(dialog._id)))
        const [joined, left] = yield* Fiber.join(events)
        assert.deepStrictEqual(joined, {
          kind: "joined",
          dialogId: dialog._id,
          userId: bob.user.userId,
          actorId: undefined,
        })
        assert.deepStrictEqual(left, {
          kind: "left",
          dialogId: dialog._id,
          userId: bob.user.userId,
          actorId: undefined,
        })
        assert.deepStrictEqual(yield* alice.use(Effect.flatMap(Muc, (muc) => muc.joined)), [dialog._id])
      }),
  )

  it.live("joining a dialog one is not part of fails with the room's stanza error", () =>
    Effect.gen(function* () {
      const [alice, bob, eve] = yield* openClients(server, 3)
      const dialog = yield* Effect.promise(() => createGroup(server, alice.user, [bob.user]))
      const error = yield* eve.use(Effect.flip(Effect.flatMap(Muc, (muc) => muc.join(dialog._id))))
      assert.strictEqual(error.reason._tag, "StanzaError")
    }),
  )
})
