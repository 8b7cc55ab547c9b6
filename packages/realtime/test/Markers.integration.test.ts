import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Stream from "effect/Stream"
import { Markers } from "../src/Markers.ts"
import { Messages } from "../src/Messages.ts"
import { collect, openClients, type TestServer, withTestServer } from "./support/server.ts"

let server: TestServer
withTestServer((started) => {
  server = started
})

describe("Markers against @cube/server", () => {
  it.live(
    "a markable message is acknowledged with a delivered marker automatically; a non-markable one is not",
    () =>
      Effect.gen(function* () {
        const [alice, bob] = yield* openClients(server, 2)
        const markers = yield* alice.use(Effect.flatMap(Markers, (service) => collect(service.incoming, 1)))
        const send = (markable: boolean) =>
          alice.use(
            Effect.flatMap(Messages, (messages) =>
              messages.send({ userId: bob.user.userId }, { body: "hi", markable }),
            ),
          )
        yield* send(false)
        const markable = yield* send(true)
        const [marker] = yield* Fiber.join(markers)
        assert.strictEqual(marker?.kind, "delivered")
        // The first marker is for the markable message: the other one got none.
        assert.strictEqual(marker?.messageId, markable.id)
        assert.strictEqual(marker?.senderId, bob.user.userId)
        assert.isString(marker?.dialogId)
      }),
  )

  it.live("read markers reach the author", () =>
    Effect.gen(function* () {
      const [alice, bob] = yield* openClients(server, 2)
      const received = yield* bob.use(Effect.flatMap(Messages, (messages) => collect(messages.incoming, 1)))
      const reads = yield* alice.use(
        Effect.flatMap(Markers, (service) =>
          collect(service.incoming.pipe(Stream.filter((marker) => marker.kind === "read")), 1),
        ),
      )
      yield* alice.use(
        Effect.flatMap(Messages, (messages) =>
          messages.send({ userId: bob.user.userId }, { body: "read me" }),
        ),
      )
      const [message] = yield* Fiber.join(received)
      yield* bob.use(
        Effect.flatMap(Markers, (service) =>
          service.read({
            userId: alice.user.userId,
            messageId: message?.id ?? "",
            dialogId: message?.dialogId,
          }),
        ),
      )
      const [read] = yield* Fiber.join(reads)
      assert.strictEqual(read?.messageId, message?.id)
      assert.strictEqual(read?.dialogId, message?.dialogId)
      assert.strictEqual(read?.senderId, bob.user.userId)
    }),
  )
})
