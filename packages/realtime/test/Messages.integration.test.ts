import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import { createGroup } from "../../server/test/support/chat.ts"
import { Carbons } from "../src/Carbons.ts"
import { Messages } from "../src/Messages.ts"
import {
  collect,
  createUser,
  openClient,
  openClients,
  type TestServer,
  withTestServer,
} from "./support/server.ts"

let server: TestServer
withTestServer((started) => {
  server = started
})

const extension = {
  count: 42,
  ratio: -0.5,
  flag: false,
  nothing: null,
  nested: { deep: { list: [1, "two", { three: true }] }, empty: {} },
  list: [],
  text: '  spaces, <tags> & "quotes"  ',
}

describe("Messages against @cube/server", () => {
  it.live("1-1: every listener gets the message with its fields, attachments and the server's stamps", () =>
    Effect.gen(function* () {
      const [alice, bob] = yield* openClients(server, 2)
      const first = yield* bob.use(Effect.flatMap(Messages, (messages) => collect(messages.incoming, 1)))
      const second = yield* bob.use(Effect.flatMap(Messages, (messages) => collect(messages.incoming, 1)))
      const attachments = [{ uid: "f00d", type: "image", name: "cat.png", size: 2048, width: 640 }]
      const sent = yield* alice.use(
        Effect.flatMap(Messages, (messages) =>
          messages.send({ userId: bob.user.userId }, { body: "Hello Bob <&>", extension, attachments }),
        ),
      )
      const [message] = yield* Fiber.join(first)
      const [copy] = yield* Fiber.join(second)
      assert.isDefined(message)
      assert.deepStrictEqual(copy, message)
      if (message === undefined) return
      assert.strictEqual(message.id, sent.id)
      assert.strictEqual(message.type, "chat")
      assert.strictEqual(message.body, "Hello Bob <&>")
      assert.strictEqual(message.senderId, alice.user.userId)
      assert.isString(message.dialogId)
      assert.isNumber(message.dateSent)
      assert.isTrue(message.markable)
      assert.isFalse(message.forwarded)
      assert.deepStrictEqual(message.attachments, attachments)
      const { save_to_history, markable, dialog_id, date_sent, ...custom } = message.extension
      assert.strictEqual(save_to_history, "1")
      assert.strictEqual(markable, "1")
      assert.deepStrictEqual(custom, extension)
    }),
  )

  it.live("group: occupants receive groupchat messages with the room's dialog and the sender", () =>
    Effect.gen(function* () {
      const [alice, bob, carol] = yield* openClients(server, 3)
      const dialog = yield* Effect.promise(() => createGroup(server, alice.user, [bob.user, carol.user]))
      const atBob = yield* bob.use(Effect.flatMap(Messages, (messages) => collect(messages.incoming, 1)))
      const atCarol = yield* carol.use(Effect.flatMap(Messages, (messages) => collect(messages.incoming, 1)))
      yield* alice.use(
        Effect.flatMap(Messages, (messages) =>
          messages.send({ dialogId: dialog._id }, { body: "Hello team" }),
        ),
      )
      for (const fiber of [atBob, atCarol]) {
        const [message] = yield* Fiber.join(fiber)
        assert.strictEqual(message?.type, "groupchat")
        assert.strictEqual(message?.dialogId, dialog._id)
        assert.strictEqual(message?.senderId, alice.user.userId)
        assert.strictEqual(message?.body, "Hello team")
      }
    }),
  )

  it.live("carbons: the sender's other device gets a forwarded copy", () =>
    Effect.gen(function* () {
      const [alice, bob] = yield* Effect.promise(() => Promise.all([createUser(server), createUser(server)]))
      const phone = yield* openClient(server, alice)
      const laptop = yield* openClient(server, alice)
      yield* openClient(server, bob)
      yield* laptop.use(Effect.flatMap(Carbons, (carbons) => carbons.enable()))
      const copies = yield* laptop.use(Effect.flatMap(Messages, (messages) => collect(messages.incoming, 1)))
      yield* phone.use(
        Effect.flatMap(Messages, (messages) =>
          messages.send({ userId: bob.userId }, { body: "from my phone" }),
        ),
      )
      const [copy] = yield* Fiber.join(copies)
      assert.isTrue(copy?.forwarded)
      assert.strictEqual(copy?.body, "from my phone")
      assert.strictEqual(copy?.senderId, alice.userId)
      assert.strictEqual(copy?.recipientId, bob.userId)
    }),
  )

  it.live("offline: a message sent while the recipient is away arrives at login, stamped with a delay", () =>
    Effect.gen(function* () {
      const [alice, bob] = yield* Effect.promise(() => Promise.all([createUser(server), createUser(server)]))
      const sender = yield* openClient(server, alice)
      yield* sender.use(
        Effect.flatMap(Messages, (messages) =>
          messages.send({ userId: bob.userId }, { body: "while you were away" }),
        ),
      )
      // Subscribe before logging in: offline messages come right after login.
      const receiver = yield* openClient(server, bob, { connect: false })
      const incoming = yield* receiver.use(
        Effect.flatMap(Messages, (messages) => collect(messages.incoming, 1)),
      )
      yield* receiver.connect
      const [message] = yield* Fiber.join(incoming)
      assert.strictEqual(message?.body, "while you were away")
      assert.isString(message?.delay)
    }),
  )
})
