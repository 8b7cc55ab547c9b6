import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createDialog, createGroup, listedDialog, sendMessage } from "./support/chat.ts"
import { raw } from "./support/http.ts"
import { startTestServer, type TestServer, testApp } from "./support/testServer.ts"
import { createUser, type TestUser } from "./support/users.ts"

let server: TestServer
let alice: TestUser
let bob: TestUser
let carol: TestUser
let dave: TestUser

beforeAll(async () => {
  server = await startTestServer()
  ;[alice, bob, carol, dave] = await Promise.all([
    createUser(server),
    createUser(server),
    createUser(server),
    createUser(server),
  ])
})
afterAll(async () => {
  await server.dispose()
})

const put = (user: TestUser, id: string, body: unknown) =>
  raw(server.url, "PUT", `/chat/Dialog/${id}.json`, { token: user.token, body })

describe("create", () => {
  it("creates a group with the creator as owner and occupant, from the SDK's joined-string ids", async () => {
    const response = await raw(server.url, "POST", "/chat/Dialog.json", {
      token: alice.token,
      body: {
        type: 2,
        name: "Team",
        occupants_ids: `${bob.userId}, ${carol.userId}`,
        description: "d",
        extensions: { location: "x", level: 3 },
        permissions: { allow_preview: true },
      },
    })
    expect(response.status).toBe(201)
    const dialog = response.json
    expect(dialog).toMatchObject({
      user_id: alice.userId,
      type: 2,
      name: "Team",
      description: "d",
      photo: null,
      occupants_ids: [alice.userId, bob.userId, carol.userId].sort((a, b) => a - b),
      admins_ids: [],
      pinned_messages_ids: [],
      last_message: null,
      last_message_id: null,
      last_message_status: null,
      unread_messages_count: 0,
      xmpp_room_jid: `${testApp.id}_${dialog._id}@muc.localhost`,
      extensions: { location: "x", level: "3" },
      permissions: { allow_preview: true },
    })
    expect(dialog._id).toMatch(/^[0-9a-f]{24}$/)
    expect(dialog.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
  })

  it("keeps exactly one private dialog per pair, whoever creates it", async () => {
    const first = await raw(server.url, "POST", "/chat/Dialog.json", {
      token: alice.token,
      body: { type: 3, occupants_ids: String(dave.userId) },
    })
    expect(first.status).toBe(201)
    expect(first.json).toMatchObject({ type: 3, name: null, xmpp_room_jid: null })
    expect(first.json.occupants_ids).toEqual([alice.userId, dave.userId].sort((a, b) => a - b))
    const again = await raw(server.url, "POST", "/chat/Dialog.json", {
      token: alice.token,
      body: { type: 3, occupants_ids: [dave.userId] },
    })
    expect(again.status).toBe(200)
    expect(again.json._id).toBe(first.json._id)
    const fromPeer = await raw(server.url, "POST", "/chat/Dialog.json", {
      token: dave.token,
      body: { type: 3, occupants_ids: `${alice.userId}` },
    })
    expect(fromPeer.json._id).toBe(first.json._id)
  })

  it("adds admins of a group as occupants, and counts public subscribers instead of listing them", async () => {
    const broadcast = await createDialog(server, alice, {
      type: 1,
      name: "News",
      occupants_ids: [bob.userId],
      admins_ids: [carol.userId],
    })
    expect(broadcast.admins_ids).toEqual([carol.userId])
    expect(broadcast.occupants_ids).toContain(carol.userId)
    const open = await createDialog(server, alice, { type: 4, name: "Lobby" })
    expect(open).toMatchObject({ type: 4, occupants_ids: [], occupants_count: 1 })
  })

  it("refuses what ConnectyCube refuses", async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ type: 9, name: "x" }, "type"],
      [{ type: 2, occupants_ids: [bob.userId] }, "name"],
      [{ type: 2, name: "   ", occupants_ids: [bob.userId] }, "name"],
      [{ type: 2, name: "x" }, "occupants_ids"],
      [{ type: 3, occupants_ids: `${bob.userId}, ${carol.userId}` }, "occupants_ids"],
      [{ type: 3, occupants_ids: String(alice.userId) }, "occupants_ids"],
      [{ type: 2, name: "x", occupants_ids: [999_999] }, "occupants_ids"],
      [{ type: 2, name: "x", occupants_ids: [bob.userId], extensions: { secret: "no" } }, "extensions"],
      [{ type: 2, name: "x", occupants_ids: [bob.userId], admins_ids: [1, 2, 3, 4, 5, 6] }, "admins_ids"],
    ]
    for (const [body, field] of cases) {
      const response = await raw(server.url, "POST", "/chat/Dialog.json", { token: alice.token, body })
      expect(response.status, JSON.stringify(body)).toBe(422)
      expect(Object.keys(response.json.errors), JSON.stringify(body)).toContain(field)
    }
  })
})

describe("list", () => {
  let owner: TestUser
  let member: TestUser
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    ;[owner, member] = await Promise.all([createUser(server), createUser(server)])
    ids.alpha = (
      await createGroup(server, owner, [member], { name: "Alpha team", extensions: { color: "red" } })
    )._id
    ids.beta = (
      await createGroup(server, owner, [member], { name: "Beta", extensions: { color: "blue" } })
    )._id
    ids.private = (await createDialog(server, owner, { type: 3, occupants_ids: String(member.userId) }))._id
    ids.publicUnsubscribed = (await createDialog(server, member, { type: 4, name: "Public" }))._id
    await sendMessage(server, member, ids.beta!, "latest")
  })

  const list = async (user: TestUser, query: string) => {
    const response = await raw(server.url, "GET", "/chat/Dialog.json", { token: user.token, query })
    expect(response.status, response.text).toBe(200)
    return response.json
  }

  it("lists only the caller's dialogs, most recently active first", async () => {
    const page = await list(owner, "")
    expect(page).toMatchObject({ total_entries: 3, skip: 0, limit: 100 })
    expect(page.items[0]._id).toBe(ids.beta)
    expect(page.items.map((item: { _id: string }) => item._id).sort()).toEqual(
      [ids.alpha, ids.beta, ids.private].sort(),
    )
  })

  it("filters with operators, sorts and pages", async () => {
    expect((await list(owner, "type=3")).items.map((d: { _id: string }) => d._id)).toEqual([ids.private])
    expect((await list(owner, "type[in]=2%2C4")).total_entries).toBe(2)
    expect((await list(owner, "type[nin]=2")).total_entries).toBe(1)
    expect((await list(owner, "type[ne]=3")).total_entries).toBe(2)
    expect((await list(owner, "name[ctn]=TEAM")).total_entries).toBe(0)
    expect((await list(owner, "name[ctn]=Alp")).items[0]._id).toBe(ids.alpha)
    expect((await list(owner, "name=Beta")).items[0]._id).toBe(ids.beta)
    expect((await list(owner, "extensions[color]=blue")).items[0]._id).toBe(ids.beta)
    expect((await list(owner, "extensions[color][in]=red,blue")).total_entries).toBe(2)
    expect((await list(owner, `_id=${ids.alpha}`)).items[0]._id).toBe(ids.alpha)
    expect((await list(owner, `_id[in]=${ids.alpha},${ids.private}`)).total_entries).toBe(2)
    expect(
      (await list(owner, "last_message_date_sent[gt]=0")).items.map((d: { _id: string }) => d._id),
    ).toEqual([ids.beta])
    expect((await list(owner, "created_at[lte]=2000-01-01T00:00:00Z")).total_entries).toBe(0)
    expect((await list(owner, `updated_at[gte]=${Math.floor(Date.now() / 1000) - 3600}`)).total_entries).toBe(
      3,
    )
    const sorted = await list(owner, "sort_asc=name&limit=2&skip=1")
    expect(sorted).toMatchObject({ total_entries: 3, skip: 1, limit: 2 })
    expect(sorted.items.map((d: { name: string }) => d.name)).toEqual(["Alpha team", "Beta"])
    expect((await list(owner, "sort_desc=date_sent")).items[0]._id).toBe(ids.beta)
    expect(await list(owner, "count=1&type=2")).toEqual({ items_count: 2 })
  })

  it("includes public dialogs once subscribed", async () => {
    expect(await listedDialog(server, owner, ids.publicUnsubscribed!)).toBeUndefined()
    expect(
      (
        await raw(server.url, "POST", `/chat/Dialog/${ids.publicUnsubscribed}/subscribe.json`, {
          token: owner.token,
        })
      ).status,
    ).toBe(200)
    expect((await listedDialog(server, owner, ids.publicUnsubscribed!))?.occupants_count).toBe(2)
  })

  it("refuses unknown operators, wrong operand types, unknown sort fields and extension keys", async () => {
    for (const query of [
      "type[foo]=1",
      "type=abc",
      "type[ctn]=2",
      "_id=nothex",
      "sort_asc=password",
      "extensions[secret]=1",
      "created_at[gt]=yesterday",
      "limit=0",
    ]) {
      const response = await raw(server.url, "GET", "/chat/Dialog.json", { token: owner.token, query })
      expect(response.status, query).toBe(422)
      expect(response.json.errors, query).toBeDefined()
    }
  })
})

describe("update", () => {
  let dialogId: string

  beforeAll(async () => {
    dialogId = (await createGroup(server, alice, [bob, carol], { name: "Rules" }))._id
  })

  it("lets the owner rename and add admins; admins rename and add members; members only leave", async () => {
    const renamed = await put(alice, dialogId, {
      name: "Rules 2",
      photo: "p.png",
      description: "about",
      extensions: { location: "here" },
    })
    expect(renamed.status).toBe(200)
    expect(renamed.json).toMatchObject({
      name: "Rules 2",
      photo: "p.png",
      description: "about",
      extensions: { location: "here" },
    })
    expect((await put(bob, dialogId, { name: "mine" })).status).toBe(403)
    expect((await put(bob, dialogId, { push_all: { occupants_ids: [dave.userId] } })).status).toBe(403)
    expect((await put(bob, dialogId, { push_all: { admins_ids: [bob.userId] } })).status).toBe(403)
    expect((await put(dave, dialogId, { pull_all: { occupants_ids: [dave.userId] } })).status).toBe(403)

    const promoted = await put(alice, dialogId, { push_all: { admins_ids: [bob.userId] } })
    expect(promoted.json.admins_ids).toEqual([bob.userId])
    const byAdmin = await put(bob, dialogId, {
      name: "Admin's",
      extensions: { color: "green" },
      push_all: { occupants_ids: [dave.userId] },
    })
    expect(byAdmin.status).toBe(200)
    expect(byAdmin.json.occupants_ids).toContain(dave.userId)
    expect(byAdmin.json.extensions).toEqual({ location: "here", color: "green" })
    expect((await put(bob, dialogId, { pull_all: { occupants_ids: [alice.userId] } })).status).toBe(403)
    expect((await put(bob, dialogId, { pull_all: { admins_ids: [bob.userId] } })).status).toBe(403)

    const left = await put(carol, dialogId, { pull_all: { occupants_ids: [carol.userId] } })
    expect(left.status).toBe(200)
    expect(left.json.occupants_ids).not.toContain(carol.userId)
    expect((await put(carol, dialogId, { name: "back?" })).status).toBe(403)

    const kicked = await put(bob, dialogId, { pull_all: { occupants_ids: [dave.userId] } })
    expect(kicked.json.occupants_ids).not.toContain(dave.userId)
    expect(
      (await put(alice, dialogId, { extensions: null, permissions: { allow_preview: true } })).json,
    ).toMatchObject({
      extensions: null,
      permissions: { allow_preview: true },
    })
  })

  it("pins only messages of the dialog, and lets only the owner manage admins (at most 5)", async () => {
    const message = await sendMessage(server, alice, dialogId, "pin me")
    const pinned = await put(alice, dialogId, { push_all: { pinned_messages_ids: [message._id] } })
    expect(pinned.json.pinned_messages_ids).toEqual([message._id])
    expect(
      (await put(alice, dialogId, { push_all: { pinned_messages_ids: ["5f00000000000000000000aa"] } }))
        .status,
    ).toBe(422)
    expect(
      (await put(alice, dialogId, { pull_all: { pinned_messages_ids: [message._id] } })).json
        .pinned_messages_ids,
    ).toEqual([])

    const admins = (token: string, body: unknown) =>
      raw(server.url, "PUT", `/chat/Dialog/${dialogId}/admins.json`, { token, body })
    expect((await admins(bob.token, { push_all: { admins_ids: [carol.userId] } })).status).toBe(403)
    expect((await admins(dave.token, { pull_all: { admins_ids: [bob.userId] } })).status).toBe(403)
    const extra = await Promise.all([1, 2, 3, 4, 5].map(() => createUser(server)))
    expect(
      (await admins(alice.token, { push_all: { admins_ids: extra.map((user) => user.userId) } })).status,
    ).toBe(422)
    const added = await admins(alice.token, { push_all: { admins_ids: [carol.userId] } })
    expect(added.status).toBe(200)
    expect(added.json.admins_ids.sort()).toEqual([bob.userId, carol.userId].sort())
    expect(added.json.occupants_ids).toContain(carol.userId)
    expect(
      (await admins(alice.token, { pull_all: { admins_ids: [bob.userId, carol.userId] } })).json.admins_ids,
    ).toEqual([])
    expect((await admins(alice.token, {})).status).toBe(422)
  })

  it("answers 404 for unknown dialogs and refuses changing a private dialog's members", async () => {
    expect((await put(alice, "5f00000000000000000000cc", { name: "x" })).status).toBe(404)
    const direct = await createDialog(server, bob, { type: 3, occupants_ids: String(carol.userId) })
    expect((await put(bob, direct._id, { push_all: { occupants_ids: [dave.userId] } })).status).toBe(422)
    expect((await put(bob, direct._id, { name: "x" })).status).toBe(422)
    expect((await put(dave, direct._id, { pull_all: { occupants_ids: [dave.userId] } })).status).toBe(403)
  })
})
