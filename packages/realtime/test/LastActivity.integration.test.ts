import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Stream from "effect/Stream"
import { LastActivity } from "../src/LastActivity.ts"
import { XmppConnection } from "../src/XmppConnection.ts"
import { collect, createUser, openClient, type TestServer, withTestServer } from "./support/server.ts"

let server: TestServer
withTestServer((started) => {
  server = started
})

describe("LastActivity against @cube/server", () => {
  it.live("query: 0 seconds while online, more once gone", () =>
    Effect.gen(function* () {
      const [alice, bob] = yield* Effect.promise(() => Promise.all([createUser(server), createUser(server)]))
      const watcher = yield* openClient(server, alice)
      const watched = yield* openClient(server, bob)
      const online = yield* watcher.use(Effect.flatMap(LastActivity, (service) => service.query(bob.userId)))
      assert.deepStrictEqual(online, { userId: bob.userId, seconds: 0 })
      yield* watched.use(Effect.flatMap(XmppConnection, (connection) => connection.disconnect))
      const away = yield* watcher.use(Effect.flatMap(LastActivity, (service) => service.query(bob.userId)))
      assert.isAtLeast(away.seconds, 1)
    }),
  )

  it.live(
    "status streaming: subscribed users report coming online and going away; unsubscribe stops it",
    () =>
      Effect.gen(function* () {
        const [alice, bob] = yield* Effect.promise(() =>
          Promise.all([createUser(server), createUser(server)]),
        )
        const watcher = yield* openClient(server, alice)
        yield* watcher.use(Effect.flatMap(LastActivity, (service) => service.subscribe(bob.userId)))
        const updates = yield* watcher.use(
          Effect.flatMap(LastActivity, (service) =>
            collect(service.updates.pipe(Stream.filter((update) => update.userId === bob.userId)), 2),
          ),
        )
        const watched = yield* openClient(server, bob)
        yield* watched.use(Effect.flatMap(XmppConnection, (connection) => connection.disconnect))
        const [cameOnline, wentAway] = yield* Fiber.join(updates)
        assert.strictEqual(cameOnline?.seconds, 0)
        assert.isAtLeast(wentAway?.seconds ?? 0, 1)
        yield* watcher.use(Effect.flatMap(LastActivity, (service) => service.unsubscribe(bob.userId)))
      }),
  )
})
