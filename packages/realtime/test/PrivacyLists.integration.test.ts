import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import { Messages } from "../src/Messages.ts"
import { type Item, PrivacyLists } from "../src/PrivacyLists.ts"
import { collect, openClients, type TestServer, withTestServer } from "./support/server.ts"

let server: TestServer
withTestServer((started) => {
  server = started
})

describe("PrivacyLists against @cube/server", () => {
  it.live("create, read back (mutual blocks kept), set default, update, decline default, delete", () =>
    Effect.gen(function* () {
      const [alice, bob, carol] = yield* openClients(server, 3)
      yield* alice.use(
        Effect.gen(function* () {
          const lists = yield* PrivacyLists
          yield* lists.create({
            name: "blocked",
            items: [
              { userId: carol.user.userId, action: "deny" },
              { userId: bob.user.userId, action: "deny", mutualBlock: true },
            ],
          })
          const list = yield* lists.getList("blocked")
          assert.deepStrictEqual(
            [...list.items].sort((a, b) => a.userId - b.userId),
            (
              [
                { userId: bob.user.userId, action: "deny", mutualBlock: true },
                { userId: carol.user.userId, action: "deny" },
              ] satisfies Array<Item>
            ).sort((a, b) => a.userId - b.userId),
          )
          yield* lists.setDefault("blocked")
          const names = yield* lists.getNames()
          assert.strictEqual(names.default, "blocked")
          assert.deepStrictEqual(names.names, ["blocked"])
          // Unblock carol: bob's mutual block survives the read-merge-write.
          const updated = yield* lists.update({
            name: "blocked",
            items: [{ userId: carol.user.userId, action: "allow" }],
          })
          assert.deepStrictEqual(updated.items, [
            { userId: bob.user.userId, action: "deny", mutualBlock: true },
          ])
          assert.deepStrictEqual((yield* lists.getList("blocked")).items, updated.items)
          assert.strictEqual((yield* lists.getNames()).default, "blocked")
          yield* lists.declineDefault()
          assert.isUndefined((yield* lists.getNames()).default)
          yield* lists.remove("blocked")
          assert.deepStrictEqual((yield* lists.getNames()).names, [])
        }),
      )
    }),
  )

  it.live("a blocked sender's message bounces back as a typed error; unblocking lets messages through", () =>
    Effect.gen(function* () {
      const [alice, bob] = yield* openClients(server, 2)
      yield* alice.use(
        Effect.gen(function* () {
          const lists = yield* PrivacyLists
          yield* lists.create({ name: "DEFAULT", items: [{ userId: bob.user.userId, action: "deny" }] })
          yield* lists.setDefault("DEFAULT")
        }),
      )
      const bounces = yield* bob.use(Effect.flatMap(Messages, (messages) => collect(messages.errors, 1)))
      const blocked = yield* bob.use(
        Effect.flatMap(Messages, (messages) =>
          messages.send({ userId: alice.user.userId }, { body: "let me in" }),
        ),
      )
      const [bounce] = yield* Fiber.join(bounces)
      assert.strictEqual(bounce?.id, blocked.id)
      assert.strictEqual(bounce?.error.condition, "service-unavailable")
      assert.strictEqual(bounce?.error.code, 503)

      yield* alice.use(
        Effect.flatMap(PrivacyLists, (lists) =>
          lists.update({ name: "DEFAULT", items: [{ userId: bob.user.userId, action: "allow" }] }),
        ),
      )
      const received = yield* alice.use(Effect.flatMap(Messages, (messages) => collect(messages.incoming, 1)))
      yield* bob.use(
        Effect.flatMap(Messages, (messages) =>
          messages.send({ userId: alice.user.userId }, { body: "thanks" }),
        ),
      )
      const [message] = yield* Fiber.join(received)
      assert.strictEqual(message?.body, "thanks")
    }),
  )
})
