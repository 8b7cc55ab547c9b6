import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import { Corrections } from "../src/Corrections.ts"
import { Messages } from "../src/Messages.ts"
import { collect, openClients, type TestServer, withTestServer } from "./support/server.ts"

let server: TestServer
withTestServer((started) => {
  server = started
})

describe("Corrections against @cube/server", () => {
  it.live("an edit reaches the peer with the original id, the new body and its custom fields", () =>
    Effect.gen(function* () {
      const [alice, bob] = yield* openClients(server, 2)
      const received = yield* bob.use(Effect.flatMap(Messages, (messages) => collect(messages.incoming, 1)))
      const edits = yield* bob.use(
        Effect.flatMap(Corrections, (corrections) => collect(corrections.incoming, 1)),
      )
      const sent = yield* alice.use(
        Effect.flatMap(Messages, (messages) => messages.send({ userId: bob.user.userId }, { body: "Helo" })),
      )
      const [original] = yield* Fiber.join(received)
      yield* alice.use(
        Effect.flatMap(Corrections, (corrections) =>
          corrections.edit(
            { userId: bob.user.userId },
            {
              messageId: sent.id,
              body: "Hello",
              last: true,
              dialogId: original?.dialogId,
              extension: { edits: 1 },
            },
          ),
        ),
      )
      const [edit] = yield* Fiber.join(edits)
      assert.strictEqual(edit?.messageId, sent.id)
      assert.strictEqual(edit?.body, "Hello")
      assert.isTrue(edit?.last)
      assert.strictEqual(edit?.senderId, alice.user.userId)
      assert.strictEqual(edit?.dialogId, original?.dialogId)
      assert.strictEqual(edit?.extension.edits, 1)
    }),
  )
})
