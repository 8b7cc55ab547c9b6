import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import { createGroup } from "../../server/test/support/chat.ts"
import { Messages } from "../src/Messages.ts"
import { Retractions } from "../src/Retractions.ts"
import { collect, openClients, type TestServer, withTestServer } from "./support/server.ts"

let server: TestServer
withTestServer((started) => {
  server = started
})

describe("Retractions against @cube/server", () => {
  it.live("a deletion in a group reaches the other occupants", () =>
    Effect.gen(function* () {
      const [alice, bob] = yield* openClients(server, 2)
      const dialog = yield* Effect.promise(() => createGroup(server, alice.user, [bob.user]))
      const removals = yield* bob.use(
        Effect.flatMap(Retractions, (retractions) => collect(retractions.incoming, 1)),
      )
      const sent = yield* alice.use(
        Effect.flatMap(Messages, (messages) => messages.send({ dialogId: dialog._id }, { body: "oops" })),
      )
      yield* alice.use(
        Effect.flatMap(Retractions, (retractions) =>
          retractions.remove({ dialogId: dialog._id }, { messageId: sent.id, dialogId: dialog._id }),
        ),
      )
      const [removal] = yield* Fiber.join(removals)
      assert.strictEqual(removal?.messageId, sent.id)
      assert.strictEqual(removal?.dialogId, dialog._id)
      assert.strictEqual(removal?.senderId, alice.user.userId)
    }),
  )
})
