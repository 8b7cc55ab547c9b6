import { afterAll, beforeAll, describe, expect, test } from "vitest"
import { type OfficialClient, officialClient } from "../support/officialSdk.ts"
import { startTestServer, type TestServer, testApp } from "../support/testServer.ts"

let server: TestServer
let alice: OfficialClient
let bob: OfficialClient
let dialogId: string

const history = async (client: OfficialClient) =>
  (
    await client.chat.message.list({
      chat_dialog_id: dialogId,
      sort_asc: "date_sent",
      limit: 100,
      mark_as_read: 0,
    })
  ).items as Array<Record<string, unknown>>

beforeAll(async () => {
  server = await startTestServer()
  alice = await officialClient(server)
  bob = await officialClient(server)
  dialogId = (await alice.chat.dialog.create({ type: 3, occupants_ids: [bob.user.userId] }))._id
})

afterAll(async () => {
  await alice?.disconnect()
  await bob?.disconnect()
  await server?.dispose()
})

describe("official SDK: 1-1 chat", () => {
  test("a message keeps its id, attachments and custom fields; the server adds dialog_id and date_sent and stores it", async () => {
    const id = alice.chat.send(bob.user.userId, {
      type: "chat",
      body: "Hello Bob <&>",
      extension: {
        save_to_history: 1,
        attachments: [{ uid: "f00dfeed", type: "image", name: "cat.png", size: 2048, width: 640 }],
        custom_prop: "custom value",
        nested_obj: { a: 1, b: { c: "two" } },
      },
    })
    const [from, message] = await bob.next("onMessageListener", (_from, received) => received.id === id)
    expect(from).toBe(alice.user.userId)
    expect(message).toMatchObject({
      id,
      type: "chat",
      body: "Hello Bob <&>",
      dialog_id: dialogId,
      recipient_id: bob.user.userId,
      is_forwarded: false,
    })
    expect(message.extension).toMatchObject({
      save_to_history: "1",
      dialog_id: dialogId,
      custom_prop: "custom value",
      nested_obj: { a: "1", b: { c: "two" } },
      attachments: [{ uid: "f00dfeed", type: "image", name: "cat.png", size: 2048, width: "640" }],
    })
    expect(Number(message.extension.date_sent)).toBeGreaterThan(1_600_000_000)

    const stored = (await history(bob)).find((item) => item._id === id)
    expect(stored).toMatchObject({
      message: "Hello Bob <&>",
      sender_id: alice.user.userId,
      chat_dialog_id: dialogId,
    })
    expect(stored?.date_sent).toBe(Number(message.extension.date_sent))
    expect(stored?.attachments).toEqual([expect.objectContaining({ uid: "f00dfeed", type: "image" })])
  })

  test("a message without dialog_id and without history still gets the private dialog's id", async () => {
    const id = alice.chat.send(bob.user.userId, { type: "chat", body: "not kept" })
    const [, message] = await bob.next("onMessageListener", (_from, received) => received.id === id)
    expect(message.dialog_id).toBe(dialogId)
    expect((await history(alice)).some((item) => item._id === id)).toBe(false)
  })

  test("the same id twice is one message, delivered once", async () => {
    const id = alice.chat.send(bob.user.userId, {
      type: "chat",
      body: "once",
      extension: { save_to_history: 1 },
    })
    alice.chat.send(bob.user.userId, { id, type: "chat", body: "once", extension: { save_to_history: 1 } })
    const after = alice.chat.send(bob.user.userId, {
      type: "chat",
      body: "after",
      extension: { save_to_history: 1 },
    })
    await bob.next("onMessageListener", (_from, received) => received.id === after)
    expect(bob.all("onMessageListener").filter(([, received]) => received.id === id)).toHaveLength(1)
    expect((await history(alice)).filter((item) => item._id === id)).toHaveLength(1)
  })

  test("delivered and read markers reach the sender and update delivered_ids, read_ids and unread counts", async () => {
    const id = alice.chat.send(bob.user.userId, {
      type: "chat",
      body: "read me",
      extension: { save_to_history: 1 },
    })
    await bob.next("onMessageListener", (_from, received) => received.id === id)
    // The SDK sends `received` by itself for every incoming content message.
    const [deliveredId, deliveredDialog, deliveredBy] = await alice.next(
      "onDeliveredStatusListener",
      (messageId) => messageId === id,
    )
    expect([deliveredId, deliveredDialog, deliveredBy]).toEqual([id, dialogId, bob.user.userId])
    expect((await bob.chat.message.unreadCount({ chat_dialog_ids: [dialogId] }))[dialogId]).toBeGreaterThan(0)

    bob.chat.sendReadStatus({ messageId: id, userId: alice.user.userId, dialogId })
    const [readId, readDialog, readBy] = await alice.next(
      "onReadStatusListener",
      (messageId) => messageId === id,
    )
    expect([readId, readDialog, readBy]).toEqual([id, dialogId, bob.user.userId])
    const stored = (await history(alice)).find((item) => item._id === id)
    expect(stored?.delivered_ids).toContain(bob.user.userId)
    expect(stored?.read_ids).toContain(bob.user.userId)

    await bob.chat.message.update(null, { chat_dialog_id: dialogId, read: 1 })
    expect((await bob.chat.message.unreadCount({ chat_dialog_ids: [dialogId] }))[dialogId]).toBe(0)
  })

  test("typing: composing and paused reach the peer", async () => {
    alice.chat.sendIsTypingStatus(bob.user.userId)
    expect(await bob.next("onMessageTypingListener", (composing) => composing === true)).toEqual([
      true,
      alice.user.userId,
      null,
    ])
    alice.chat.sendIsStopTypingStatus(bob.user.userId)
    expect(await bob.next("onMessageTypingListener", (composing) => composing === false)).toEqual([
      false,
      alice.user.userId,
      null,
    ])
  })

  test("edit: the author's edit changes the stored message and reaches the peer; anyone else is refused", async () => {
    const id = alice.chat.send(bob.user.userId, {
      type: "chat",
      body: "typo",
      extension: { save_to_history: 1 },
    })
    await bob.next("onMessageListener", (_from, received) => received.id === id)

    bob.chat.editMessage({
      to: alice.user.userId,
      dialogId,
      body: "hijacked",
      originMessageId: id,
      last: true,
    })
    const [, error] = await bob.next("onMessageErrorListener", (_id, failure) => failure.code === 403)
    expect(error.info).toMatch(/author/i)

    alice.chat.editMessage({
      to: bob.user.userId,
      dialogId,
      body: "fixed",
      originMessageId: id,
      last: true,
      extension: { edited_by: "alice" },
    })
    const [originalId, last, body, editDialog, editor, extension] = await bob.next(
      "onMessageUpdateListener",
      (messageId) => messageId === id,
    )
    expect([originalId, last, body, editDialog, editor]).toEqual([
      id,
      true,
      "fixed",
      dialogId,
      alice.user.userId,
    ])
    expect(extension).toMatchObject({ edited_by: "alice" })
    expect((await history(alice)).find((item) => item._id === id)?.message).toBe("fixed")
    expect(alice.all("onMessageUpdateListener").some(([messageId]) => messageId === id)).toBe(false)
  })

  test("delete: the author's delete removes the message and tells the peer; anyone else is refused", async () => {
    const id = alice.chat.send(bob.user.userId, {
      type: "chat",
      body: "regret",
      extension: { save_to_history: 1 },
    })
    await bob.next("onMessageListener", (_from, received) => received.id === id)

    bob.chat.deleteMessage({ to: alice.user.userId, dialogId, messageId: id })
    await bob.next("onMessageErrorListener", (_id, failure) => failure.code === 403)
    expect((await history(alice)).some((item) => item._id === id)).toBe(true)

    alice.chat.deleteMessage({ to: bob.user.userId, dialogId, messageId: id })
    expect(await bob.next("onMessageDeleteListener", (messageId) => messageId === id)).toEqual([
      id,
      dialogId,
      alice.user.userId,
    ])
    expect((await history(alice)).some((item) => item._id === id)).toBe(false)
  })

  test("a second device of the sender gets a <sent> carbon copy", async () => {
    const aliceTablet = await officialClient(server, alice.user)
    const id = alice.chat.send(bob.user.userId, {
      type: "chat",
      body: "from my phone",
      extension: { save_to_history: 1 },
    })
    const [from, copy] = await aliceTablet.next("onMessageListener", (_from, received) => received.id === id)
    expect(from).toBe(alice.user.userId)
    expect(copy).toMatchObject({
      is_forwarded: true,
      recipient_id: bob.user.userId,
      body: "from my phone",
      dialog_id: dialogId,
    })
    await bob.next("onMessageListener", (_from, received) => received.id === id)
    expect(alice.all("onMessageListener").some(([, received]) => received.id === id)).toBe(false)
    await aliceTablet.disconnect()
  })

  test("messages to an offline user wait and arrive at their next login with a delay stamp; alerts unless silent", async () => {
    const bobUser = bob.user
    await bob.disconnect()
    const kept = alice.chat.send(bobUser.userId, {
      type: "chat",
      body: "while you were out",
      extension: { save_to_history: 1 },
    })
    const quiet = alice.chat.send(bobUser.userId, {
      type: "chat",
      body: "no alert",
      extension: { silent: 1 },
    })
    for (const id of [kept, quiet])
      await alice.next("onSentMessageCallback", (_lost, message) => message?.id === id)

    const alerts = await server.context.storage.xmpp.listPushEvents(testApp.id, {
      userId: bobUser.userId,
      limit: 50,
    })
    expect(alerts.some((event) => event.messageId === kept)).toBe(true)
    expect(alerts.some((event) => event.messageId === quiet)).toBe(false)

    bob = await officialClient(server, bobUser)
    const [, first] = await bob.next("onMessageListener", (_from, received) => received.id === kept)
    const [, second] = await bob.next("onMessageListener", (_from, received) => received.id === quiet)
    expect(first.body).toBe("while you were out")
    expect(first.delay?.attrs?.stamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    expect(second.delay?.attrs?.stamp).toBeDefined()
    expect(bob.events.findIndex((event) => event.args[1]?.id === kept)).toBeLessThan(
      bob.events.findIndex((event) => event.args[1]?.id === quiet),
    )
    // The returning SDK confirms the delayed message like any other.
    await alice.next("onDeliveredStatusListener", (messageId) => messageId === kept)
    expect(await server.context.storage.xmpp.countOffline(testApp.id, bobUser.userId)).toBe(0)
  })
})
