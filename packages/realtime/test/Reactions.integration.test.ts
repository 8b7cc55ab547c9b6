import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import { createGroup } from "../../server/test/support/chat.ts"
import { raw } from "../../server/test/support/http.ts"
import { Messages } from "../src/Messages.ts"
import { Reactions } from "../src/Reactions.ts"
import { collect, openClients, type TestServer, withTestServer } from "./support/server.ts"

let server: TestServer
withTestServer((started) => {
  server = started
})

describe("Reactions against @cube/server", () => {
  it.live("a reaction set over REST is pushed to the dialog's participants", () =>
    Effect.gen(function* () {
      const [alice, bob] = yield* openClients(server, 2)
      const dialog = yield* Effect.promise(() => createGroup(server, alice.user, [bob.user]))
      const updates = yield* alice.use(
        Effect.flatMap(Reactions, (reactions) => collect(reactions.incoming, 1)),
      )
      const sent = yield* alice.use(
        Effect.flatMap(Messages, (messages) =>
          messages.send({ dialogId: dialog._id }, { body: "react to me" }),
        ),
      )
      const response = yield* Effect.promise(() =>
        raw(server.url, "PUT", `/chat/Message/${sent.id}/reactions.json`, {
          token: bob.user.token,
          body: { add: "🔥" },
        }),
      )
      assert.isBelow(response.status, 300)
      const [update] = yield* Fiber.join(updates)
      assert.strictEqual(update?.messageId, sent.id)
      assert.strictEqual(update?.userId, bob.user.userId)
      assert.strictEqual(update?.add, "🔥")
      assert.isUndefined(update?.remove)
      assert.strictEqual(update?.dialogId, dialog._id)
    }),
  )
})
