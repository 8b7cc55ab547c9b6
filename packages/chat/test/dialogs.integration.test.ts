import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import { ChatError, chatSchema } from "../src/index.ts"
import { createUser, eventually, next, serverWithClients, type TestServer } from "./support/chat.ts"

let server: TestServer
const pool = serverWithClients((started) => {
  server = started
})
const open = pool.open

describe("dialogs", () => {
  it("create private, group and public dialogs; the private one is unique per pair", async () => {
    const { chat: alice, user: a } = await open(server)
    const b = await createUser(server)
    const c = await createUser(server)
    const direct = await alice.dialogs.create({ type: 3, occupantIds: [b.userId] })
    expect(direct).toMatchObject({ type: 3, ownerId: a.userId })
    expect([...direct.occupantIds].sort()).toEqual([a.userId, b.userId].sort())
    expect((await alice.dialogs.create({ type: 3, occupantIds: [b.userId] })).id).toBe(direct.id)
    const group = await alice.dialogs.create({
      type: 2,
      name: "Friday party",
      description: "lets dance",
      photo: "party.jpg",
      occupantIds: [b.userId, c.userId],
    })
    expect(group).toMatchObject({
      type: 2,
      name: "Friday party",
      description: "lets dance",
      photo: "party.jpg",
    })
    const channel = await alice.dialogs.create({
      type: 4,
      name: "Blockchain trends",
      permissions: { allowPreview: true },
    })
    expect(channel).toMatchObject({ type: 4, permissions: { allowPreview: true } })
    expect(alice.stores.dialogs.getSnapshot().byId[group.id]?.name).toBe("Friday party")
  })

  it("list with filters and paging, count, get", async () => {
    const { chat: alice } = await open(server)
    const b = await createUser(server)
    const created = []
    for (const name of ["Alpha", "Beta", "Gamma"])
      created.push(await alice.dialogs.create({ type: 2, name, occupantIds: [b.userId] }))
    await alice.dialogs.create({ type: 3, occupantIds: [b.userId] })
    const groups = await alice.dialogs.list({ type: 2, sort_asc: "created_at" })
    expect(groups.items.map((dialog) => dialog.name)).toEqual(["Alpha", "Beta", "Gamma"])
    const page = await alice.dialogs.list({ type: 2, limit: 1, skip: 1, sort_asc: "created_at" })
    expect(page.items.map((dialog) => dialog.name)).toEqual(["Beta"])
    expect(await alice.dialogs.count({ type: 2 })).toBe(3)
    expect(await alice.dialogs.count()).toBe(4)
    expect((await alice.dialogs.list({ name: { ctn: "amm" } })).items.map((dialog) => dialog.name)).toEqual([
      "Gamma",
    ])
    expect(alice.stores.dialogs.getSnapshot().loaded).toBe(true)
    const fresh = pool.create(server)
    expect(
      (await fresh.dialogs.get(created[0]!.id).catch((error: unknown) => error)) instanceof ChatError,
    ).toBe(true)
  })

  it("update name, photo, description, occupants, admins and pinned messages; others hear of it", async () => {
    const { chat: alice, user: a } = await open(server)
    const { chat: bob, user: b } = await open(server)
    const c = await createUser(server)
    const created = next(bob, "dialog", (event) => event.kind === "created")
    const dialog = await alice.dialogs.create({ type: 2, name: "Crossfit", occupantIds: [b.userId] })
    expect((await created).dialog?.name).toBe("Crossfit")
    const renamed = next(
      bob,
      "dialog",
      (event) => event.kind === "updated" && event.dialog?.name === "Crossfit2",
    )
    await alice.dialogs.update(dialog.id, { name: "Crossfit2", photo: "p.png", description: "daily" })
    expect((await renamed).dialog).toMatchObject({ photo: "p.png", description: "daily" })
    const added = next(
      bob,
      "dialog",
      (event) => event.kind === "updated" && (event.dialog?.occupantIds.includes(c.userId) ?? false),
    )
    const withCarol = await alice.dialogs.update(dialog.id, { addOccupants: [c.userId] })
    expect(withCarol.occupantIds).toContain(c.userId)
    await added
    const withoutCarol = await alice.dialogs.update(dialog.id, { removeOccupants: [c.userId] })
    expect(withoutCarol.occupantIds).not.toContain(c.userId)
    expect((await alice.dialogs.addAdmins(dialog.id, [b.userId])).adminIds).toEqual([b.userId])
    expect((await alice.dialogs.removeAdmins(dialog.id, [b.userId])).adminIds).toEqual([])
    const message = await alice.messages.send(dialog.id, { body: "pin me" })
    expect((await alice.dialogs.update(dialog.id, { pin: [message.id] })).pinnedMessageIds).toEqual([
      message.id,
    ])
    expect((await alice.dialogs.update(dialog.id, { unpin: [message.id] })).pinnedMessageIds).toEqual([])
    // Leaving: a member pulls themself.
    const left = await bob.dialogs.update(dialog.id, { removeOccupants: [b.userId] })
    expect(left.occupantIds).toEqual([a.userId])
  })

  it("delete for oneself, for everyone (others hear of it), and many at once", async () => {
    const { chat: alice } = await open(server)
    const { chat: bob, user: b } = await open(server)
    const mine = await alice.dialogs.create({ type: 2, name: "mine", occupantIds: [b.userId] })
    await alice.dialogs.delete(mine.id)
    expect(alice.stores.dialogs.getSnapshot().byId[mine.id]).toBeUndefined()
    expect((await bob.dialogs.list({ _id: mine.id })).items).toHaveLength(1)
    const shared = await alice.dialogs.create({ type: 2, name: "shared", occupantIds: [b.userId] })
    await bob.dialogs.get(shared.id)
    const removed = next(bob, "dialog", (event) => event.kind === "removed" && event.dialogId === shared.id)
    await alice.dialogs.delete(shared.id, { forEveryone: true })
    await removed
    expect(bob.stores.dialogs.getSnapshot().byId[shared.id]).toBeUndefined()
    expect((await bob.dialogs.list({ _id: shared.id })).items).toHaveLength(0)
    const many = [
      await alice.dialogs.create({ type: 2, name: "x", occupantIds: [b.userId] }),
      await alice.dialogs.create({ type: 2, name: "y", occupantIds: [b.userId] }),
    ]
    const result = await alice.dialogs.delete(
      many.map((dialog) => dialog.id),
      { forEveryone: true },
    )
    expect([...(result.SuccessfullyDeleted?.ids ?? [])].sort()).toEqual(
      many.map((dialog) => dialog.id).sort(),
    )
  })

  it("public dialogs: subscribe, occupants, unsubscribe", async () => {
    const { chat: alice } = await open(server)
    const { chat: bob, user: b } = await open(server)
    const channel = await alice.dialogs.create({ type: 4, name: "Channel" })
    const joined = await bob.dialogs.subscribe(channel.id)
    expect(joined.id).toBe(channel.id)
    const occupants = await alice.dialogs.publicOccupants(channel.id, { limit: 10 })
    expect(occupants.map((user) => user.id)).toContain(b.userId)
    await bob.dialogs.unsubscribe(channel.id)
    expect((await alice.dialogs.publicOccupants(channel.id)).map((user) => user.id)).not.toContain(b.userId)
  })

  it("notification settings and clear history", async () => {
    const { chat: alice } = await open(server)
    const b = await createUser(server)
    const dialog = await alice.dialogs.create({ type: 2, name: "quiet", occupantIds: [b.userId] })
    expect(await alice.dialogs.notificationsEnabled(dialog.id)).toBe(true)
    expect(await alice.dialogs.setNotificationsEnabled(dialog.id, false)).toBe(false)
    expect(await alice.dialogs.notificationsEnabled(dialog.id)).toBe(false)
    await alice.messages.send(dialog.id, { body: "to be cleared" })
    await alice.dialogs.clearHistory(dialog.id)
    expect(alice.stores.messages(dialog.id).getSnapshot().messages).toEqual([])
    expect(await alice.messages.list(dialog.id)).toEqual([])
  })

  it("room presence: join, online users, leave", async () => {
    const { chat: alice, user: a } = await open(server)
    const { chat: bob, user: b } = await open(server)
    const dialog = await alice.dialogs.create({ type: 2, name: "room", occupantIds: [b.userId] })
    await alice.dialogs.join(dialog.id)
    const joined = next(alice, "occupant", (event) => event.kind === "joined" && event.userId === b.userId)
    await bob.dialogs.join(dialog.id)
    await joined
    expect([...(await alice.dialogs.onlineUsers(dialog.id))].sort()).toEqual([a.userId, b.userId].sort())
    const left = next(alice, "occupant", (event) => event.kind === "left" && event.userId === b.userId)
    await bob.dialogs.leave(dialog.id)
    await left
  })
})

describe("typed dialog extensions", () => {
  const Extensions = Schema.Struct({
    location: Schema.optional(Schema.String),
    level: Schema.optional(Schema.Number),
    color: Schema.optional(Schema.Literals(["red", "green"])),
  })

  it("are validated, stored as text and decoded back to their types", async () => {
    const { chat: alice } = await open<Readonly<Record<string, unknown>>, typeof Extensions.Type>(
      server,
      undefined,
      {
        schema: chatSchema({ dialogExtensions: Extensions }),
      },
    )
    const b = await createUser(server)
    const dialog = await alice.dialogs.create({
      type: 2,
      name: "typed",
      occupantIds: [b.userId],
      extensions: { location: "Sun bar", level: 3, color: "red" },
    })
    expect(dialog.extensions).toEqual({ location: "Sun bar", level: 3, color: "red" })
    expect(dialog.rawExtensions).toEqual({ location: "Sun bar", level: "3", color: "red" })
    const listed = await alice.dialogs.list({ extensions: { location: "Sun bar" } })
    expect(listed.items.map((item) => item.extensions)).toEqual([
      { location: "Sun bar", level: 3, color: "red" },
    ])
    const updated = await alice.dialogs.update(dialog.id, { extensions: { level: 4 } })
    expect(updated.extensions?.level).toBe(4)
    const refused = await alice.dialogs
      .create({ type: 2, name: "bad", occupantIds: [b.userId], extensions: { color: "blue" } as never })
      .catch((error: unknown) => error)
    expect((refused as ChatError).reason._tag).toBe("InvalidInput")
    await eventually(
      () => alice.stores.dialogs.getSnapshot().byId[dialog.id]?.extensions?.level,
      (level) => level === 4,
    )
  })
})
