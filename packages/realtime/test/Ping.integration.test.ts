import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { Ping } from "../src/Ping.ts"
import { openClients, type TestServer, withTestServer } from "./support/server.ts"

let server: TestServer
withTestServer((started) => {
  server = started
})

describe("Ping against @cube/server", () => {
  it.live("the server answers a ping", () =>
    Effect.gen(function* () {
      const [alice] = yield* openClients(server, 1)
      const result = yield* alice.use(
        Effect.result(Effect.flatMap(Ping, (ping) => ping.ping({ timeout: 5000 }))),
      )
      assert.strictEqual(result._tag, "Success")
    }),
  )
})
