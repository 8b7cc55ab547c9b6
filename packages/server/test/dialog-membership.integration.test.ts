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

const remove = (user: TestUser, ids: string, force?: boolean) =>
  raw(server.url, "DELETE", `/chat/Dialog/${ids}.json`, {
    token: user.token,
    ...(force === undefined ? {} : { form: { force: force ? "1" : "0" } }),
  })

describe("delete", () => {
  it("hides a private dialog for me only, until a new message arrives, without the old history", async () => {
    const direct = await createDialog(server, alice, { type: 3, occupants_ids: String(bob.userId) })
    await sendMessage(server, bob, direct._id, "before")
    const response = await remove(alice, direct._id)
    expect(response.status).toBe(200)
    expect(response.text).toBe("")
    expect(await listedDialog(server, alice, direct._id)).toBeUndefined()
    expect(await listedDialog(server, bob, direct._id)).toBeDefined()
    expect((await unread(server, alice, direct._id)).dialog).toBe(0)

    await sendMessage(server, bob, direct._id, "after")
    const back = await listedDialog(server, alice, direct._id)
    expect(back).toMatchObject({ last_message: "after", unread_messages_count: 1 })
    expect((await history(server, alice, direct._id)).map((message) => message.message)).toEqual(["after"])
    expect((await history(server, bob, direct._id)).map((message) => message.message)).toEqual([
      "before",
      "after",
    ])
  })

  it("makes a member leave a group without force; only the owner deletes with force", async () => {
    const group = await createGroup(server, alice, [bob, carol])
    expect((await remove(bob, group._id, false)).status).toBe(200)
    expect(await listedDialog(server, bob, group._id)).toBeUndefined()
    expect((await listedDialog(server, alice, group._id)).occupants_ids).not.toContain(bob.userId)

    const forbidden = await remove(carol, group._id, true)
    expect(forbidden.status).toBe(403)
    expect(forbidden.json.errors).toBeDefined()
    expect((await remove(alice, group._id, true)).status).toBe(200)
    expect(await listedDialog(server, carol, group._id)).toBeUndefined()
    expect((await remove(alice, group._id, true)).status).toBe(404)
    expect(
      (
        await raw(server.url, "GET", "/chat/Message.json", {
          token: alice.token,
          query: `chat_dialog_id=${group._id}`,
        })
      ).status,
    ).toBe(404)
  })

  it("answers several ids with the three buckets", async () => {
    const mine = await createGroup(server, alice, [bob])
    const theirs = await createGroup(server, carol, [bob])
    const missing = "5f00000000000000000000cc"
    const response = await remove(alice, `${mine._id},${theirs._id},${missing}`, true)
    expect(response.status).toBe(200)
    expect(response.json).toEqual({
      SuccessfullyDeleted: { ids: [mine._id] },
      NotFound: { ids: [missing] },
      WrongPermissions: { ids: [theirs._id] },
    })
    expect(await listedDialog(server, carol, theirs._id)).toBeDefined()
  })

  it("refuses a non-occupant deleting for themself", async () => {
    const group = await createGroup(server, alice, [bob])
    expect((await remove(carol, group._id)).status).toBe(403)
  })
})

describe("public dialogs", () => {
  let lobby: string

  beforeAll(async () => {
    lobby = (await createDialog(server, alice, { type: 4, name: "Lobby" }))._id
  })

  it("lets anyone of the app subscribe, read, post and unsubscribe", async () => {
    const read = await raw(server.url, "GET", "/chat/Message.json", {
      token: carol.token,
      query: `chat_dialog_id=${lobby}`,
    })
    expect(read.status).toBe(200)
    const subscribed = await raw(server.url, "POST", `/chat/Dialog/${lobby}/subscribe.json`, {
      token: carol.token,
    })
    expect(subscribed.status).toBe(200)
    expect(subscribed.json).toMatchObject({ _id: lobby, occupants_count: 2, unread_messages_count: 0 })
    await sendMessage(server, bob, lobby, "hi all")
    expect((await unread(server, carol, lobby)).dialog).toBe(1)
    expect((await unread(server, bob, lobby)).dialog).toBe(0)

    const occupants = await raw(server.url, "GET", `/chat/Dialog/${lobby}/occupants.json`, {
      token: bob.token,
      query: "limit=10&skip=0",
    })
    expect(occupants.status).toBe(200)
    expect(occupants.json.items.map((user: { id: number }) => user.id)).toEqual(
      [alice.userId, carol.userId].sort((a, b) => a - b),
    )
    expect(occupants.json.items[0].password_hash).toBeUndefined()
    const paged = await raw(server.url, "GET", `/chat/Dialog/${lobby}/occupants.json`, {
      token: bob.token,
      query: "limit=1&skip=1",
    })
    expect(paged.json.items).toHaveLength(1)

    const left = await raw(server.url, "DELETE", `/chat/Dialog/${lobby}/subscribe.json`, {
      token: carol.token,
    })
    expect(left.status).toBe(200)
    expect(left.text).toBe("")
    expect(await listedDialog(server, carol, lobby)).toBeUndefined()
  })

  it("refuses subscribing to a group, and listing occupants of someone else's group", async () => {
    const group = await createGroup(server, alice, [bob])
    expect(
      (await raw(server.url, "POST", `/chat/Dialog/${group._id}/subscribe.json`, { token: carol.token }))
        .status,
    ).toBe(403)
    expect(
      (await raw(server.url, "DELETE", `/chat/Dialog/${group._id}/subscribe.json`, { token: bob.token }))
        .status,
    ).toBe(403)
    expect(
      (await raw(server.url, "GET", `/chat/Dialog/${group._id}/occupants.json`, { token: carol.token }))
        .status,
    ).toBe(403)
    expect(
      (
        await raw(server.url, "POST", "/chat/Dialog/5f00000000000000000000cc/subscribe.json", {
          token: carol.token,
        })
      ).status,
    ).toBe(404)
  })
})

describe("notification settings", () => {
  it("are on by default, per user, occupants only", async () => {
    const group = await createGroup(server, alice, [bob])
    const path = `/chat/Dialog/${group._id}/notifications.json`
    expect((await raw(server.url, "GET", path, { token: bob.token })).json).toEqual({
      notifications: { enabled: 1 },
    })
    const off = await raw(server.url, "PUT", path, { token: bob.token, body: { enabled: 0 } })
    expect(off.json).toEqual({ notifications: { enabled: 0 } })
    expect((await raw(server.url, "GET", path, { token: bob.token })).json.notifications.enabled).toBe(0)
    expect((await raw(server.url, "GET", path, { token: alice.token })).json.notifications.enabled).toBe(1)
    expect(await server.context.chat.notificationsEnabled(testApp.id, group._id, bob.userId)).toBe(false)
    expect(
      (await raw(server.url, "PUT", path, { token: bob.token, body: { enabled: "1" } })).json.notifications
        .enabled,
    ).toBe(1)
    expect((await raw(server.url, "GET", path, { token: carol.token })).status).toBe(403)
    expect((await raw(server.url, "PUT", path, { token: carol.token, body: { enabled: 1 } })).status).toBe(
      403,
    )
    expect((await raw(server.url, "PUT", path, { token: bob.token, body: { enabled: 7 } })).status).toBe(422)
    expect((await raw(server.url, "PUT", path, { token: bob.token, body: {} })).status).toBe(422)
  })
})

describe("clear history", () => {
  it("hides every current message for me only, and later messages still show", async () => {
    const group = await createGroup(server, alice, [bob])
    await sendMessage(server, alice, group._id, "one")
    await sendMessage(server, alice, group._id, "two")
    expect((await unread(server, bob, group._id)).dialog).toBe(2)
    const cleared = await raw(server.url, "DELETE", `/chat/Dialog/clearHistory/${group._id}.json`, {
      token: bob.token,
    })
    expect(cleared.status).toBe(200)
    expect(cleared.text).toBe("")
    expect(await history(server, bob, group._id)).toEqual([])
    expect((await unread(server, bob, group._id)).dialog).toBe(0)
    expect(await history(server, alice, group._id)).toHaveLength(2)
    await sendMessage(server, alice, group._id, "three")
    expect((await history(server, bob, group._id)).map((message) => message.message)).toEqual(["three"])
    expect(
      (await raw(server.url, "DELETE", `/chat/Dialog/clearHistory/${group._id}.json`, { token: carol.token }))
        .status,
    ).toBe(403)
  })

  it("with force=1 deletes for everyone (owner only) and announces the deleted ids", async () => {
    const group = await createGroup(server, alice, [bob])
    const message = await sendMessage(server, alice, group._id, "gone")
    const path = `/chat/Dialog/clearHistory/${group._id}.json`
    expect((await raw(server.url, "DELETE", path, { token: bob.token, form: { force: "1" } })).status).toBe(
      403,
    )
    const events = recordEvents(server, "chat.messagesDeleted")
    expect((await raw(server.url, "DELETE", path, { token: alice.token, form: { force: "1" } })).status).toBe(
      200,
    )
    events.stop()
    expect(events.seen).toHaveLength(1)
    expect(events.seen[0]?.messageIds).toEqual([message._id])
    expect(await history(server, bob, group._id)).toEqual([])
    expect(await listedDialog(server, bob, group._id)).toMatchObject({
      last_message: null,
      last_message_id: null,
      unread_messages_count: 0,
    })
  })
})
