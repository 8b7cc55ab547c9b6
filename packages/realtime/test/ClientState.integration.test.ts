import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { ClientState } from "../src/ClientState.ts"
import { Messages } from "../src/Messages.ts"
import { openClients, type TestServer, testApp, withTestServer } from "./support/server.ts"

let server: TestServer
withTestServer((started) => {
  server = started
})

const pushes = (userId: number) =>
  Effect.promise(() => server.context.storage.xmpp.listPushEvents(testApp.id, { userId, limit: 100 }))

describe("ClientState against @cube/server", () => {
  it.live("inactive: messages also raise a push alert; active again: they do not", () =>
    Effect.gen(function* () {
      const [alice, bob] = yield* openClients(server, 2)
      const send = (body: string) =>
        alice.use(
          Effect.flatMap(Messages, (messages) => messages.send({ userId: bob.user.userId }, { body })),
        )
      yield* bob.use(Effect.flatMap(ClientState, (state) => state.inactive()))
      yield* send("in the background")
      const whileInactive = (yield* pushes(bob.user.userId)).length
      assert.isAtLeast(whileInactive, 1)
      yield* bob.use(Effect.flatMap(ClientState, (state) => state.active()))
      yield* send("in the foreground")
      assert.strictEqual((yield* pushes(bob.user.userId)).length, whileInactive)
    }),
  )
})
