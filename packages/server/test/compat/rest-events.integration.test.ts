import { afterAll, beforeAll, describe, expect, test } from "vitest"
import { type OfficialClient, officialClient } from "../support/officialSdk.ts"
import { startTestServer, type TestServer } from "../support/testServer.ts"

let server: TestServer
let alice: OfficialClient
let bob: OfficialClient
let carol: OfficialClient
let privateId: string
let groupId: string

beforeAll(async () => {
  server = await startTestServer()
  alice = await officialClient(server)
  bob = await officialClient(server)
  carol = await officialClient(server)
  privateId = (await alice.chat.dialog.create({ type: 3, occupants_ids: [bob.user.userId] }))._id
  groupId = (
    await alice.chat.dialog.create({
      type: 2,
      name: "Crew",
      occupants_ids: [bob.user.userId, carol.user.userId],
    })
  )._id
})

afterAll(async () => {
  for (const client of [alice, bob, carol]) await client?.disconnect()
  await server?.dispose()
})

describe("official SDK: REST changes delivered over XMPP", () => {
  test("reactions: add, replace and remove are pushed to every occupant; the list reflects them", async () => {
    const id = alice.chat.send(groupId, {
      type: "groupchat",
      body: "react to me",
      extension: { save_to_history: 1 },
    })
    await bob.next("onMessageListener", (_from, received) => received.id === id)

    await bob.chat.message.addReaction(id, "👍")
    for (const client of [alice, carol, bob]) {
      expect(await client.next("onMessageReactionsListener", (messageId) => messageId === id)).toEqual([
        id,
        bob.user.userId,
        groupId,
        "👍",
        undefined,
      ])
    }
    await carol.chat.message.addReaction(id, "🔥")
    await alice.next(
      "onMessageReactionsListener",
      (messageId, userId, _dialog, add) => messageId === id && userId === carol.user.userId && add === "🔥",
    )
    expect(await alice.chat.message.listReactions(id)).toEqual({
      "👍": [bob.user.userId],
      "🔥": [carol.user.userId],
    })

    await bob.chat.message.updateReaction(id, "🎉", "👍")
    const [, , , added, removed] = await alice.next(
      "onMessageReactionsListener",
      (messageId, _userId, _dialog, add) => messageId === id && add === "🎉",
    )
    expect([added, removed]).toEqual(["🎉", "👍"])
    await bob.chat.message.removeReaction(id, "🎉")
    const [, , , , gone] = await carol.next(
      "onMessageReactionsListener",
      (messageId, _user, _dialog, add) => messageId === id && add === undefined,
    )
    expect(gone).toBe("🎉")
    expect(await alice.chat.message.listReactions(id)).toEqual({ "🔥": [carol.user.userId] })
  })

  test("a REST message with send_to_chat is delivered like an XMPP one (1-1 and group)", async () => {
    const direct = await alice.chat.message.create({
      chat_dialog_id: privateId,
      message: "via REST",
      send_to_chat: 1,
      markable: 1,
      custom: "x",
    })
    const [from, message] = await bob.next(
      "onMessageListener",
      (_from, received) => received.id === direct._id,
    )
    expect(from).toBe(alice.user.userId)
    expect(message).toMatchObject({ type: "chat", body: "via REST", dialog_id: privateId })
    expect(message.extension).toMatchObject({
      custom: "x",
      save_to_history: "1",
      date_sent: String(direct.date_sent),
    })

    const group = await carol.chat.message.create({
      chat_dialog_id: groupId,
      message: "REST to group",
      send_to_chat: 1,
    })
    for (const client of [alice, bob, carol]) {
      const [sender, received] = await client.next(
        "onMessageListener",
        (_from, item) => item.id === group._id,
      )
      expect([sender, received.dialog_id, received.body]).toEqual([
        carol.user.userId,
        groupId,
        "REST to group",
      ])
    }
  })

  test("a REST edit and a REST delete for everyone reach the occupants", async () => {
    const message = await alice.chat.message.create({
      chat_dialog_id: privateId,
      message: "to be edited",
      send_to_chat: 1,
    })
    await bob.next("onMessageListener", (_from, received) => received.id === message._id)
    await alice.chat.message.update(message._id, { chat_dialog_id: privateId, message: "edited via REST" })
    const [editedId, , body, dialog, editor] = await bob.next(
      "onMessageUpdateListener",
      (messageId) => messageId === message._id,
    )
    expect([editedId, body, dialog, editor]).toEqual([
      message._id,
      "edited via REST",
      privateId,
      alice.user.userId,
    ])

    await alice.chat.message.delete([message._id], { force: 1 })
    expect(await bob.next("onMessageDeleteListener", (messageId) => messageId === message._id)).toEqual([
      message._id,
      privateId,
      alice.user.userId,
    ])
  })

  test("REST read marks tell the senders over XMPP", async () => {
    const id = alice.chat.send(bob.user.userId, {
      type: "chat",
      body: "mark me",
      extension: { save_to_history: 1 },
    })
    await bob.next("onMessageListener", (_from, received) => received.id === id)
    await bob.chat.message.update(id, { chat_dialog_id: privateId, read: 1 })
    expect(await alice.next("onReadStatusListener", (messageId) => messageId === id)).toEqual([
      id,
      privateId,
      bob.user.userId,
    ])
  })

  test("system messages: client-sent and REST-created both reach the recipient's system listener", async () => {
    const id = alice.chat.sendSystemMessage(bob.user.userId, {
      body: "dialog/NEW_DIALOG",
      extension: { dialogId: groupId, foo: "bar" },
    })
    const [fromClient] = await bob.next("onSystemMessageListener", (message) => message.id === id)
    expect(fromClient).toEqual({
      id,
      userId: alice.user.userId,
      body: "dialog/NEW_DIALOG",
      extension: { dialogId: groupId, foo: "bar" },
    })

    const created = await carol.chat.message.createSystem({
      recipientId: bob.user.userId,
      foo: "baz",
      nested: { k: "v" },
    })
    const [fromRest] = await bob.next(
      "onSystemMessageListener",
      (message) => message.id === created.messageId,
    )
    expect(fromRest.userId).toBe(carol.user.userId)
    expect(fromRest.extension).toMatchObject({ foo: "baz", nested: { k: "v" } })
  })

  test("an attachment uploaded through storage travels with a message", async () => {
    const content = Buffer.from("a tiny note")
    const blob = await alice.sdk.storage.createAndUpload({
      file: content,
      name: "note.txt",
      type: "text/plain",
      size: content.length,
      public: false,
    })
    expect(blob.uid).toBeTruthy()
    const id = alice.chat.send(bob.user.userId, {
      type: "chat",
      body: "see attached",
      extension: {
        save_to_history: 1,
        attachments: [{ uid: blob.uid, type: "file", name: "note.txt", size: content.length }],
      },
    })
    const [, message] = await bob.next("onMessageListener", (_from, received) => received.id === id)
    const attachment = message.extension.attachments[0]
    expect(attachment).toMatchObject({ uid: blob.uid, name: "note.txt", size: content.length })
    const response = await fetch(bob.sdk.storage.privateUrl(attachment.uid))
    expect(response.status).toBe(200)
    expect(await response.text()).toBe("a tiny note")
  })

  test("search finds messages sent over XMPP", async () => {
    const id = alice.chat.send(bob.user.userId, {
      type: "chat",
      body: "a quokka appears",
      extension: { save_to_history: 1 },
    })
    await bob.next("onMessageListener", (_from, received) => received.id === id)
    await alice.chat.ping()
    const found = await bob.chat.search({ search_text: "quokka", chat_dialog_ids: [privateId] })
    expect(found.results.messages.map((message: { _id: string }) => message._id)).toContain(id)
  })
})
