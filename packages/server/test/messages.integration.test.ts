import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { objectId } from "../src/ids.ts"
import {
  createDialog,
  createGroup,
  history,
  listedDialog,
  recordEvents,
  sendMessage,
  unread,
} from "./support/chat.ts"
import { raw } from "./support/http.ts"
import { startTestServer, type TestServer, testApp } from "./support/testServer.ts"
import { createUser, type TestUser } from "./support/users.ts"

let server: TestServer
let alice: TestUser
let bob: TestUser
let carol: TestUser

beforeAll(async () => {
  server = await startTestServer()
  ;[alice, bob, carol] = await Promise.all([createUser(server), createUser(server), createUser(server)])
})
afterAll(async () => {
  await server.dispose()
})

const post = (user: TestUser, body: unknown) =>
  raw(server.url, "POST", "/chat/Message.json", { token: user.token, body })

describe("create", () => {
  it("stores custom fields and attachments, and relays with send_to_chat=1 only", async () => {
    const direct = await createDialog(server, alice, { type: 3, occupants_ids: String(bob.userId) })
    const created = recordEvents(server, "chat.messageCreated")
    const response = await post(alice, {
      chat_dialog_id: direct._id,
      message: "via REST",
      recipient_id: bob.userId,
      attachments: [{ type: "image", uid: "abc", size: 2048, public: true }],
      send_to_chat: 1,
      markable: 1,
      custom: "x",
      nested: { k: "v" },
    })
    expect(response.status).toBe(201)
    expect(response.json).toMatchObject({
      chat_dialog_id: direct._id,
      message: "via REST",
      sender_id: alice.userId,
      recipient_id: bob.userId,
      attachments: [{ type: "image", uid: "abc", size: 2048, public: "true" }],
      read_ids: [alice.userId],
      delivered_ids: [alice.userId],
      views_count: 0,
      read: 1,
      reactions: null,
      custom: "x",
      nested: { k: "v" },
    })
    expect(Math.abs(response.json.date_sent - Date.now() / 1000)).toBeLessThan(120)
    await sendMessage(server, alice, direct._id, "quiet")
    await post(alice, { chat_dialog_id: direct._id, message: "hush", send_to_chat: 1, silent: 1 })
    created.stop()
    expect(created.seen).toHaveLength(2)
    expect(created.seen[1]?.message.custom).toEqual({ silent: 1 })
    expect(created.seen[0]?.message).toMatchObject({
      id: response.json._id,
      body: "via REST",
      custom: { custom: "x", nested: { k: "v" } },
    })
    expect(created.seen[0]?.dialog.id).toBe(direct._id)
    const stored = (await history(server, bob, direct._id))[0]
    expect(stored).toMatchObject({ _id: response.json._id, custom: "x", nested: { k: "v" }, read: 0 })
  })

  it("finds or creates the private dialog from recipient_id, and accepts the docs' attachments object", async () => {
    const response = await post(carol, {
      recipient_id: String(bob.userId),
      message: "hello",
      attachments: { "0": { type: "file", url: "u" } },
    })
    expect(response.status).toBe(201)
    expect(response.json.recipient_id).toBe(bob.userId)
    expect(response.json.attachments).toEqual([{ type: "file", url: "u" }])
    const again = await post(carol, { recipient_id: bob.userId, message: "again" })
    expect(again.json.chat_dialog_id).toBe(response.json.chat_dialog_id)
    expect((await listedDialog(server, bob, response.json.chat_dialog_id)).unread_messages_count).toBe(2)
    expect((await post(carol, { recipient_id: carol.userId, message: "me" })).status).toBe(422)
    expect((await post(carol, { recipient_id: 987_654, message: "nobody" })).status).toBe(404)
  })

  it("is idempotent by sender and id: the same id twice is one message", async () => {
    const group = await createGroup(server, alice, [bob, carol])
    const id = objectId()
    const first = await post(alice, { _id: id, chat_dialog_id: group._id, message: "once", send_to_chat: 1 })
    expect(first.status).toBe(201)
    const created = recordEvents(server, "chat.messageCreated")
    const second = await post(alice, {
      _id: id,
      chat_dialog_id: group._id,
      message: "twice?",
      send_to_chat: 1,
    })
    created.stop()
    expect(second.status).toBe(200)
    expect(second.json).toMatchObject({ _id: id, message: "once" })
    expect(created.seen).toHaveLength(0)
    expect((await history(server, bob, group._id)).map((message) => message._id)).toEqual([id])
    expect((await unread(server, bob, group._id)).dialog).toBe(1)

    const saved = await server.context.chat.saveMessage({
      appId: testApp.id,
      senderId: alice.userId,
      id,
      dialogId: group._id,
      body: "xmpp retry",
      attachments: [],
      custom: {},
      markable: false,
      silent: false,
    })
    expect(saved.duplicate).toBe(true)
    const upper = await post(alice, {
      _id: id.toUpperCase(),
      chat_dialog_id: group._id.toUpperCase(),
      message: "shouting",
    })
    expect(upper.status).toBe(200)
    expect(upper.json._id).toBe(id)
    expect(saved.message.body).toBe("once")
    expect((await post(bob, { _id: id, chat_dialog_id: group._id, message: "stolen id" })).status).toBe(409)
    expect(
      (await post(alice, { _id: "not-an-object-id", chat_dialog_id: group._id, message: "x" })).status,
    ).toBe(422)
  })

  it("lets only occupants post to a group, only owner and admins to a broadcast, anyone to a public dialog", async () => {
    const group = await createGroup(server, alice, [bob])
    expect((await post(carol, { chat_dialog_id: group._id, message: "intruder" })).status).toBe(403)
    const news = await createDialog(server, alice, {
      type: 1,
      name: "News",
      occupants_ids: [bob.userId],
      admins_ids: [carol.userId],
    })
    expect((await post(bob, { chat_dialog_id: news._id, message: "reader" })).status).toBe(403)
    expect((await post(carol, { chat_dialog_id: news._id, message: "admin" })).status).toBe(201)
    expect((await post(alice, { chat_dialog_id: news._id, message: "owner" })).status).toBe(201)
    const lobby = await createDialog(server, alice, { type: 4, name: "Lobby" })
    expect((await post(carol, { chat_dialog_id: lobby._id, message: "anyone" })).status).toBe(201)
    expect((await post(carol, { chat_dialog_id: "5f00000000000000000000cc", message: "void" })).status).toBe(
      404,
    )
    expect((await post(carol, { message: "nowhere" })).status).toBe(422)
  })
})

describe("list", () => {
  let group: string
  let sent: Array<{ _id: string; message: string }>

  beforeAll(async () => {
    group = (await createGroup(server, alice, [bob]))._id
    sent = []
    sent.push(await sendMessage(server, alice, group, "first", { attachments: [{ type: "image" }] }))
    sent.push(await sendMessage(server, bob, group, "second"))
    sent.push(
      await sendMessage(server, alice, group, "third words", {
        attachments: [{ type: "video" }, { type: "image" }],
      }),
    )
  })

  const page = async (user: TestUser, query: string) => {
    const response = await raw(server.url, "GET", "/chat/Message.json", {
      token: user.token,
      query: `chat_dialog_id=${group}&mark_as_read=0&${query}`,
    })
    expect(response.status, response.text).toBe(200)
    return response.json
  }
  const bodies = (json: { items: Array<{ message: string }> }) => json.items.map((item) => item.message)

  it("pages in date_sent then id order, ascending by default", async () => {
    expect(await page(alice, "")).toMatchObject({ skip: 0, limit: 100 })
    expect(bodies(await page(alice, ""))).toEqual(["first", "second", "third words"])
    expect(bodies(await page(alice, "sort_desc=date_sent&limit=2"))).toEqual(["third words", "second"])
    expect(bodies(await page(alice, "sort_desc=date_sent&limit=2&skip=2"))).toEqual(["first"])
    expect(bodies(await page(alice, "sort_asc=_id"))).toEqual(["first", "second", "third words"])
  })

  it("filters on every documented field with operators", async () => {
    expect(bodies(await page(alice, `sender_id=${bob.userId}`))).toEqual(["second"])
    expect(bodies(await page(alice, `sender_id[ne]=${bob.userId}`))).toEqual(["first", "third words"])
    expect(bodies(await page(alice, `sender_id[in]=${alice.userId},${bob.userId}`))).toHaveLength(3)
    expect(bodies(await page(alice, "message[ctn]=word"))).toEqual(["third words"])
    expect(bodies(await page(alice, "message=second"))).toEqual(["second"])
    expect(bodies(await page(alice, "attachments.type=image"))).toEqual(["first", "third words"])
    expect(bodies(await page(alice, "attachments.type[nin]=video"))).toEqual(["first", "second"])
    expect(bodies(await page(alice, "attachments.type[all]=image,video"))).toEqual(["third words"])
    expect(bodies(await page(alice, `_id[gt]=${sent[0]?._id}`))).toEqual(["second", "third words"])
    expect(bodies(await page(alice, `_id[in]=${sent[0]?._id},${sent[2]?._id}`))).toEqual([
      "first",
      "third words",
    ])
    expect(bodies(await page(alice, "date_sent[lt]=1000"))).toEqual([])
    expect(bodies(await page(alice, `date_sent[gte]=${Math.floor(Date.now() / 1000) - 600}`))).toHaveLength(3)
    expect(bodies(await page(alice, "updated_at[gt]=2001-01-01T00:00:00Z"))).toHaveLength(3)
    expect(bodies(await page(alice, "recipient_id=0"))).toHaveLength(3)
    expect(bodies(await page(bob, "read=0"))).toEqual(["first", "third words"])
  })

  it("marks fetched messages read by default, which lowers the unread count and announces it", async () => {
    expect((await unread(server, bob, group)).dialog).toBe(2)
    const marked = recordEvents(server, "chat.messagesMarked")
    const response = await raw(server.url, "GET", "/chat/Message.json", {
      token: bob.token,
      query: `chat_dialog_id=${group}&limit=1`,
    })
    marked.stop()
    expect(response.json.items[0]).toMatchObject({ message: "first", read: 1 })
    expect(response.json.items[0].read_ids).toEqual([alice.userId, bob.userId].sort((a, b) => a - b))
    expect((await unread(server, bob, group)).dialog).toBe(1)
    expect(marked.seen).toHaveLength(1)
    expect(marked.seen[0]).toMatchObject({ marker: "read", byUserId: bob.userId })
    expect(marked.seen[0]?.messages.map((message) => message.id)).toEqual([sent[0]?._id])
    await raw(server.url, "GET", "/chat/Message.json", { token: bob.token, query: `chat_dialog_id=${group}` })
    expect((await unread(server, bob, group)).dialog).toBe(0)
    expect((await listedDialog(server, alice, group)).last_message_status).toBe("read")
  })

  it("shows the last 20 messages to non-members only when the dialog allows previews", async () => {
    const open = await createGroup(server, alice, [bob], { permissions: { allow_preview: true } })
    for (let index = 0; index < 22; index++) await sendMessage(server, alice, open._id, `m${index}`)
    const preview = await raw(server.url, "GET", "/chat/Message.json", {
      token: carol.token,
      query: `chat_dialog_id=${open._id}&preview=1`,
    })
    expect(preview.status).toBe(200)
    expect(preview.json.items).toHaveLength(20)
    expect(preview.json.items[0].message).toBe("m2")
    expect(preview.json.items[19].read).toBe(0)
    expect(
      (
        await raw(server.url, "GET", "/chat/Message.json", {
          token: carol.token,
          query: `chat_dialog_id=${open._id}`,
        })
      ).status,
    ).toBe(403)
    const closed = await raw(server.url, "GET", "/chat/Message.json", {
      token: carol.token,
      query: `chat_dialog_id=${group}&preview=1`,
    })
    expect(closed.status).toBe(403)
  })
})
