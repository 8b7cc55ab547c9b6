import { afterAll, beforeAll, describe, expect, test } from "vitest"
import { type OfficialClient, officialClient } from "../support/officialSdk.ts"
import { startTestServer, type TestServer, testApp } from "../support/testServer.ts"
import { createUser, type TestUser } from "../support/users.ts"

let server: TestServer
let alice: OfficialClient
let bob: OfficialClient
let carol: OfficialClient
let dave: TestUser
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
  carol = await officialClient(server)
  dave = await createUser(server)
  const dialog = await alice.chat.dialog.create({
    type: 2,
    name: "Team",
    occupants_ids: [bob.user.userId, carol.user.userId, dave.userId],
  })
  dialogId = dialog._id
})

afterAll(async () => {
  for (const client of [alice, bob, carol]) await client?.disconnect()
  await server?.dispose()
})

describe("official SDK: group chat", () => {
  test("a group message reaches every occupant without a join, the sender's own copy included, and is stored", async () => {
    const id = alice.chat.send(dialogId, {
      type: "groupchat",
      body: "Hello team",
      extension: { save_to_history: 1 },
    })
    for (const client of [bob, carol, alice]) {
      const [from, message] = await client.next("onMessageListener", (_from, received) => received.id === id)
      expect(from).toBe(alice.user.userId)
      expect(message).toMatchObject({ id, type: "groupchat", body: "Hello team", dialog_id: dialogId })
      expect(Number(message.extension.date_sent)).toBeGreaterThan(1_600_000_000)
    }
    const [lost] = await alice.next("onSentMessageCallback", (_lost, message) => message?.id === id)
    expect(lost).toBeNull()
    expect((await history(bob)).find((item) => item._id === id)).toMatchObject({
      message: "Hello team",
      sender_id: alice.user.userId,
    })
    // Receivers confirm delivery 1-1 to the sender with the group's dialog id; the server records it.
    const [, deliveredDialog, deliveredBy] = await alice.next(
      "onDeliveredStatusListener",
      (messageId, _dialog, by) => messageId === id && by === bob.user.userId,
    )
    expect([deliveredDialog, deliveredBy]).toEqual([dialogId, bob.user.userId])
    const stored = (await history(alice)).find((item) => item._id === id)
    expect(stored?.delivered_ids).toEqual(expect.arrayContaining([bob.user.userId]))
  })

  test("muc.join and muc.leave resolve; joined occupants see each other come and go; online users are listed", async () => {
    await alice.chat.muc.join(dialogId)
    await bob.chat.muc.join(dialogId)
    expect(
      await alice.next(
        "onJoinOccupant",
        (dialog, userId) => dialog === dialogId && userId === bob.user.userId,
      ),
    ).toEqual([dialogId, bob.user.userId])
    const online = await carol.chat.muc.listOnlineUsers(dialogId)
    expect(online).toEqual([alice.user.userId, bob.user.userId, carol.user.userId].sort((a, b) => a - b))
    await bob.chat.muc.leave(dialogId)
    expect(
      await alice.next(
        "onLeaveOccupant",
        (dialog, userId) => dialog === dialogId && userId === bob.user.userId,
      ),
    ).toEqual([dialogId, bob.user.userId])
    await alice.chat.muc.leave(dialogId)
  })

  test("group typing reaches the other occupants", async () => {
    carol.chat.sendIsTypingStatus(dialogId)
    expect(
      await alice.next(
        "onMessageTypingListener",
        (composing, userId) => composing && userId === carol.user.userId,
      ),
    ).toEqual([true, carol.user.userId, dialogId])
    await bob.next(
      "onMessageTypingListener",
      (composing, userId) => composing && userId === carol.user.userId,
    )
    carol.chat.sendIsStopTypingStatus(dialogId)
    await bob.next(
      "onMessageTypingListener",
      (composing, userId) => !composing && userId === carol.user.userId,
    )
    await carol.chat.ping()
    expect(carol.all("onMessageTypingListener")).toEqual([])
  })

  test("edit and delete in a group reach the other occupants", async () => {
    const id = bob.chat.send(dialogId, {
      type: "groupchat",
      body: "draft",
      extension: { save_to_history: 1 },
    })
    await alice.next("onMessageListener", (_from, received) => received.id === id)
    bob.chat.editMessage({ to: dialogId, dialogId, body: "final", originMessageId: id, last: true })
    expect(
      (await carol.next("onMessageUpdateListener", (messageId) => messageId === id)).slice(0, 5),
    ).toEqual([id, true, "final", dialogId, bob.user.userId])
    expect((await history(alice)).find((item) => item._id === id)?.message).toBe("final")
    bob.chat.deleteMessage({ to: dialogId, dialogId, messageId: id })
    expect(await alice.next("onMessageDeleteListener", (messageId) => messageId === id)).toEqual([
      id,
      dialogId,
      bob.user.userId,
    ])
    expect((await history(alice)).some((item) => item._id === id)).toBe(false)
  })

  test("sending into a dialog one is not in is refused with forbidden and nothing is stored; joining it is refused too", async () => {
    const outsider = await officialClient(server)
    const id = outsider.chat.send(dialogId, {
      type: "groupchat",
      body: "let me in",
      extension: { save_to_history: 1 },
    })
    const [errorId, error] = await outsider.next("onMessageErrorListener")
    expect(errorId).toBe(id)
    expect(error.code).toBe(403)
    await expect(outsider.chat.muc.join(dialogId)).rejects.toMatchObject({ code: "407" })
    await alice.chat.ping()
    expect((await history(alice)).some((item) => item._id === id)).toBe(false)
    expect(alice.all("onMessageListener").some(([, received]) => received.id === id)).toBe(false)
    await outsider.disconnect()
  })

  test("unread counts grow with group messages and mark-all-read clears them", async () => {
    await carol.chat.message.update(null, { chat_dialog_id: dialogId, read: 1 })
    const ids = ["one", "two"].map((body) =>
      alice.chat.send(dialogId, { type: "groupchat", body, extension: { save_to_history: 1 } }),
    )
    for (const id of ids) await carol.next("onMessageListener", (_from, received) => received.id === id)
    expect((await carol.chat.message.unreadCount({ chat_dialog_ids: [dialogId] }))[dialogId]).toBe(2)
    const listed = (await carol.chat.dialog.list({ _id: dialogId })).items[0]
    expect(listed.unread_messages_count).toBe(2)
    expect(listed.last_message).toBe("two")
    await carol.chat.message.update(null, { chat_dialog_id: dialogId, read: 1 })
    expect((await carol.chat.message.unreadCount({ chat_dialog_ids: [dialogId] }))[dialogId]).toBe(0)
  })

  test("an offline occupant gets a chat alert unless they turned notifications off", async () => {
    const first = alice.chat.send(dialogId, {
      type: "groupchat",
      body: "for dave",
      extension: { save_to_history: 1 },
    })
    await alice.next("onMessageListener", (_from, received) => received.id === first)
    await alice.chat.ping()
    const alerts = await server.context.storage.xmpp.listPushEvents(testApp.id, {
      userId: dave.userId,
      limit: 50,
    })
    expect(alerts.find((event) => event.messageId === first)).toMatchObject({
      dialogId,
      senderId: alice.user.userId,
      body: "for dave",
    })
    expect(
      (
        await server.context.storage.xmpp.listPushEvents(testApp.id, { userId: bob.user.userId, limit: 50 })
      ).some((event) => event.messageId === first),
    ).toBe(false)

    const daveClient = await officialClient(server, dave, { connect: false })
    await daveClient.chat.dialog.updateNotificationsSettings(dialogId, 0)
    const second = alice.chat.send(dialogId, {
      type: "groupchat",
      body: "muted",
      extension: { save_to_history: 1 },
    })
    await alice.next("onMessageListener", (_from, received) => received.id === second)
    await alice.chat.ping()
    expect(
      (await server.context.storage.xmpp.listPushEvents(testApp.id, { userId: dave.userId, limit: 50 })).some(
        (event) => event.messageId === second,
      ),
    ).toBe(false)
  })
})
