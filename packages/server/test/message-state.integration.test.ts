import { afterAll, beforeAll, describe, expect, it } from "vitest"
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

const update = (user: TestUser, ids: string, body: unknown) =>
  raw(server.url, "PUT", `/chat/Message/${ids}.json`, { token: user.token, body })
const remove = (user: TestUser, ids: string, force: "0" | "1") =>
  raw(server.url, "DELETE", `/chat/Message/${ids}.json`, { token: user.token, form: { force } })

describe("read and delivered", () => {
  it("moves last_message_status from sent to delivered to read, for its sender only", async () => {
    const direct = await createDialog(server, alice, { type: 3, occupants_ids: String(bob.userId) })
    const message = await sendMessage(server, alice, direct._id, "status?")
    expect((await listedDialog(server, alice, direct._id)).last_message_status).toBe("sent")
    expect((await listedDialog(server, bob, direct._id)).last_message_status).toBeNull()

    const marked = recordEvents(server, "chat.messagesMarked")
    const delivered = await update(bob, message._id, { delivered: 1, chat_dialog_id: direct._id })
    expect(delivered.status).toBe(200)
    expect(delivered.text).toBe("")
    expect((await listedDialog(server, alice, direct._id)).last_message_status).toBe("delivered")
    expect((await unread(server, bob, direct._id)).dialog).toBe(1)
    expect((await update(bob, message._id, { read: 1, chat_dialog_id: direct._id })).status).toBe(200)
    expect((await update(bob, message._id, { read: 1, chat_dialog_id: direct._id })).status).toBe(200)
    marked.stop()
    expect(marked.seen.map((event) => event.marker)).toEqual(["delivered", "read"])
    expect(marked.seen[1]?.messages[0]?.readIds).toEqual([alice.userId, bob.userId].sort((a, b) => a - b))
    expect((await listedDialog(server, alice, direct._id)).last_message_status).toBe("read")
    expect((await unread(server, bob, direct._id)).dialog).toBe(0)
    const [stored] = await history(server, alice, direct._id)
    expect(stored).toMatchObject({ views_count: 1, read: 1 })
    expect(stored.delivered_ids).toContain(bob.userId)
  })

  it("marks a whole dialog with PUT /chat/Message.json, and refuses non-members", async () => {
    const group = await createGroup(server, alice, [bob, carol])
    for (const text of ["a", "b", "c"]) await sendMessage(server, alice, group._id, text)
    await sendMessage(server, bob, group._id, "from bob")
    expect((await unread(server, carol, group._id)).dialog).toBe(4)
    const all = await raw(server.url, "PUT", "/chat/Message.json", {
      token: carol.token,
      body: { read: 1, chat_dialog_id: group._id },
    })
    expect(all.status).toBe(200)
    expect((await unread(server, carol, group._id)).dialog).toBe(0)
    expect((await unread(server, bob, group._id)).dialog).toBe(3)
    const outsider = await createUser(server)
    expect(
      (
        await raw(server.url, "PUT", "/chat/Message.json", {
          token: outsider.token,
          body: { read: 1, chat_dialog_id: group._id },
        })
      ).status,
    ).toBe(403)
    const messages = await history(server, alice, group._id)
    expect((await update(outsider, messages[0]._id, { read: 1 })).status).toBe(403)
    expect((await update(alice, "5f00000000000000000000bb", { read: 1 })).status).toBe(404)
  })

  it("keeps total unread equal to the sum over dialogs", async () => {
    const reader = await createUser(server)
    const one = await createGroup(server, alice, [reader])
    const two = await createDialog(server, bob, { type: 3, occupants_ids: String(reader.userId) })
    await sendMessage(server, alice, one._id, "1")
    await sendMessage(server, alice, one._id, "2")
    await sendMessage(server, bob, two._id, "3")
    const response = await raw(server.url, "GET", "/chat/Message/unread.json", {
      token: reader.token,
      query: `chat_dialog_ids=${one._id}%2C%20${two._id}`,
    })
    expect(response.json).toEqual({ total: 3, [one._id]: 2, [two._id]: 1 })
    expect((await raw(server.url, "GET", "/chat/Message/unread.json", { token: reader.token })).json).toEqual(
      { total: 3 },
    )
  })
})

describe("edit", () => {
  it("lets only the author edit, keeps last_message in step and announces the edit", async () => {
    const group = await createGroup(server, alice, [bob])
    const first = await sendMessage(server, alice, group._id, "first")
    const last = await sendMessage(server, alice, group._id, "last")
    const edited = recordEvents(server, "chat.messageEdited")
    expect(
      (await update(alice, last._id, { message: "last (edited)", chat_dialog_id: group._id })).status,
    ).toBe(200)
    expect((await listedDialog(server, bob, group._id)).last_message).toBe("last (edited)")
    expect((await update(alice, first._id, { message: "first (edited)" })).status).toBe(200)
    expect((await listedDialog(server, bob, group._id)).last_message).toBe("last (edited)")
    edited.stop()
    expect(edited.seen.map((event) => event.message.body)).toEqual(["last (edited)", "first (edited)"])
    expect(edited.seen[0]).toMatchObject({ byUserId: alice.userId, dialog: { id: group._id } })
    expect((await update(bob, first._id, { message: "hijack" })).status).toBe(403)
    expect((await update(alice, `${first._id},${last._id}`, { message: "both" })).status).toBe(422)
    expect((await history(server, bob, group._id)).map((message) => message.message)).toEqual([
      "first (edited)",
      "last (edited)",
    ])
  })
})

describe("delete", () => {
  it("hides for me only without force, lowering my unread count", async () => {
    const group = await createGroup(server, alice, [bob])
    const message = await sendMessage(server, alice, group._id, "hide me")
    expect((await unread(server, bob, group._id)).dialog).toBe(1)
    const response = await remove(bob, message._id, "0")
    expect(response.status).toBe(200)
    expect(JSON.parse(response.text)).toEqual({
      SuccessfullyDeleted: { ids: [message._id] },
      NotFound: { ids: [] },
      WrongPermissions: { ids: [] },
    })
    expect(await history(server, bob, group._id)).toEqual([])
    expect(await history(server, alice, group._id)).toHaveLength(1)
    expect((await unread(server, bob, group._id)).dialog).toBe(0)
  })

  it("deletes for everyone with force (author, owner or admin), keeping counters, pins and last message consistent", async () => {
    const group = await createGroup(server, alice, [bob, carol])
    const older = await sendMessage(server, bob, group._id, "older")
    const newest = await sendMessage(server, bob, group._id, "newest")
    const pinned = await raw(server.url, "PUT", `/chat/Dialog/${group._id}.json`, {
      token: alice.token,
      body: { push_all: { pinned_messages_ids: [newest._id] } },
    })
    expect(pinned.json.pinned_messages_ids).toEqual([newest._id])
    expect((await unread(server, carol, group._id)).dialog).toBe(2)

    const deleted = recordEvents(server, "chat.messagesDeleted")
    const refused = await remove(carol, newest._id, "1")
    expect(refused.json.WrongPermissions.ids).toEqual([newest._id])
    const byOwner = await remove(alice, `${newest._id},5f00000000000000000000bb`, "1")
    expect(byOwner.json).toEqual({
      SuccessfullyDeleted: { ids: [newest._id] },
      NotFound: { ids: ["5f00000000000000000000bb"] },
      WrongPermissions: { ids: [] },
    })
    deleted.stop()
    expect(deleted.seen).toHaveLength(1)
    expect(deleted.seen[0]).toMatchObject({
      appId: testApp.id,
      messageIds: [newest._id],
      byUserId: alice.userId,
    })

    const dialog = await listedDialog(server, carol, group._id)
    expect(dialog).toMatchObject({
      last_message: "older",
      last_message_id: older._id,
      unread_messages_count: 1,
      pinned_messages_ids: [],
    })
    expect((await history(server, alice, group._id)).map((message) => message._id)).toEqual([older._id])
    expect((await remove(bob, older._id, "1")).json.SuccessfullyDeleted.ids).toEqual([older._id])
    expect(await listedDialog(server, carol, group._id)).toMatchObject({
      last_message: null,
      last_message_id: null,
      unread_messages_count: 0,
    })
    expect((await remove(bob, older._id, "1")).json.NotFound.ids).toEqual([older._id])
  })

  it("lets an admin delete others' messages, and refuses outsiders", async () => {
    const group = await createGroup(server, alice, [bob, carol], { admins_ids: [bob.userId] })
    const message = await sendMessage(server, carol, group._id, "moderate me")
    const outsider = await createUser(server)
    expect((await remove(outsider, message._id, "0")).json.WrongPermissions.ids).toEqual([message._id])
    expect((await remove(bob, message._id, "1")).json.SuccessfullyDeleted.ids).toEqual([message._id])
  })
})
