import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import { Messages } from "../src/Messages.ts"
import { SystemMessages } from "../src/SystemMessages.ts"
import { collect, openClients, type TestServer, withTestServer } from "./support/server.ts"

let server: TestServer
withTestServer((started) => {
  server = started
})

describe("SystemMessages against @cube/server", () => {
  it.live("a system message arrives with its custom fields and is not a chat message", () =>
    Effect.gen(function* () {
      const [alice, bob] = yield* openClients(server, 2)
      const system = yield* bob.use(Effect.flatMap(SystemMessages, (service) => collect(service.incoming, 1)))
      const chat = yield* bob.use(Effect.flatMap(Messages, (messages) => collect(messages.incoming, 1)))
      const sent = yield* alice.use(
        Effect.flatMap(SystemMessages, (service) =>
          service.send(bob.user.userId, {
            body: "dialog/NEW_DIALOG",
            extension: { dialogId: "abc", members: [1, 2] },
          }),
        ),
      )
      // A chat message afterwards: it must be the first thing on the chat stream.
      yield* alice.use(
        Effect.flatMap(Messages, (messages) => messages.send({ userId: bob.user.userId }, { body: "after" })),
      )
      const [message] = yield* Fiber.join(system)
      assert.strictEqual(message?.id, sent.id)
      assert.strictEqual(message?.body, "dialog/NEW_DIALOG")
      assert.deepStrictEqual(message?.extension, { dialogId: "abc", members: [1, 2] })
      assert.strictEqual(message?.senderId, alice.user.userId)
      const [next] = yield* Fiber.join(chat)
      assert.strictEqual(next?.body, "after")
    }),
  )
})
