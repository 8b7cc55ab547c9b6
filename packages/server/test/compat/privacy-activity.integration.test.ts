import { afterAll, beforeAll, describe, expect, test } from "vitest"
import { type OfficialClient, officialClient } from "../support/officialSdk.ts"
import { startTestServer, type TestServer } from "../support/testServer.ts"
import { createUser } from "../support/users.ts"

let server: TestServer
let alice: OfficialClient
let bob: OfficialClient
let carol: OfficialClient
let dave: OfficialClient
let groupId: string
let aliceBobDialog: string

const byId = (a: { user_id: number }, b: { user_id: number }) => a.user_id - b.user_id

beforeAll(async () => {
  server = await startTestServer()
  alice = await officialClient(server)
  bob = await officialClient(server)
  carol = await officialClient(server)
  dave = await officialClient(server)
  groupId = (
    await alice.chat.dialog.create({
      type: 2,
      name: "Block test",
      occupants_ids: [bob.user.userId, carol.user.userId],
    })
  )._id
  aliceBobDialog = (await alice.chat.dialog.create({ type: 3, occupants_ids: [bob.user.userId] }))._id
})

afterAll(async () => {
  for (const client of [alice, bob, carol, dave]) await client?.disconnect()
  await server?.dispose()
})

describe("official SDK: privacy lists", () => {
  test("create, list names and get a list (items in pairs, mutual blocks without children)", async () => {
    await alice.chat.privacylist.create({
      name: "myList",
      items: [
        { user_id: dave.user.userId, action: "deny", mutualBlock: true },
        { user_id: carol.user.userId, action: "allow" },
        { user_id: bob.user.userId, action: "deny" },
      ],
    })
    expect(await alice.chat.privacylist.getNames()).toEqual({
      default: null,
      active: null,
      names: ["myList"],
    })
    const list = await alice.chat.privacylist.getList("myList")
    expect(list.name).toBe("myList")
    expect(list.items).toEqual(
      [
        { user_id: carol.user.userId, action: "allow" },
        { user_id: bob.user.userId, action: "deny" },
        { user_id: dave.user.userId, action: "deny" },
      ].sort(byId),
    )
    // A list that is not the default blocks nothing yet.
    const id = bob.chat.send(alice.user.userId, { type: "chat", body: "still open" })
    await alice.next("onMessageListener", (_from, message) => message.id === id)
  })

  test("as the default list it blocks: 1-1 senders get a 503 error and nothing is stored; groups hide the blocked", async () => {
    await alice.chat.privacylist.setAsDefault("myList")
    expect(await alice.chat.privacylist.getNames()).toEqual({
      default: "myList",
      active: null,
      names: ["myList", "myList"],
    })

    const blocked = bob.chat.send(alice.user.userId, {
      type: "chat",
      body: "are you there?",
      extension: { save_to_history: 1, dialog_id: aliceBobDialog },
    })
    const [errorId, error] = await bob.next("onMessageErrorListener", (messageId) => messageId === blocked)
    expect([errorId, error]).toEqual([blocked, { code: 503, info: "Service not available." }])

    const inGroup = bob.chat.send(groupId, {
      type: "groupchat",
      body: "hi all",
      extension: { save_to_history: 1 },
    })
    await carol.next("onMessageListener", (_from, message) => message.id === inGroup)
    await bob.next("onMessageListener", (_from, message) => message.id === inGroup)

    const allowed = carol.chat.send(alice.user.userId, { type: "chat", body: "hi alice" })
    await alice.next("onMessageListener", (_from, message) => message.id === allowed)
    await bob.chat.ping()
    expect(
      alice.all("onMessageListener").some(([, message]) => message.id === blocked || message.id === inGroup),
    ).toBe(false)
    const history = await alice.chat.message.list({ chat_dialog_id: aliceBobDialog, limit: 100 })
    expect(history.items.some((item: { _id: string }) => item._id === blocked)).toBe(false)
  })

  test("a mutual block stops both directions", async () => {
    const fromDave = dave.chat.send(alice.user.userId, { type: "chat", body: "knock knock" })
    expect((await dave.next("onMessageErrorListener", (messageId) => messageId === fromDave))[1].code).toBe(
      503,
    )
    const toDave = alice.chat.send(dave.user.userId, { type: "chat", body: "you are blocked" })
    expect((await alice.next("onMessageErrorListener", (messageId) => messageId === toDave))[1].code).toBe(
      406,
    )
    await dave.chat.ping()
    expect(dave.all("onMessageListener")).toEqual([])
  })

  test("declining the default unblocks; update merges; delete removes", async () => {
    await alice.chat.privacylist.setAsDefault(null)
    expect((await alice.chat.privacylist.getNames()).default).toBeNull()
    const id = bob.chat.send(alice.user.userId, { type: "chat", body: "unblocked" })
    await alice.next("onMessageListener", (_from, message) => message.id === id)

    await alice.chat.privacylist.update({
      name: "myList",
      items: [{ user_id: bob.user.userId, action: "allow" }],
    })
    const updated = await alice.chat.privacylist.getList("myList")
    expect(updated.items).toEqual(
      [
        { user_id: carol.user.userId, action: "allow" },
        { user_id: dave.user.userId, action: "deny" },
      ].sort(byId),
    )

    await alice.chat.privacylist.setAsDefault("myList")
    const stillBlocked = dave.chat.send(alice.user.userId, { type: "chat", body: "again?" })
    await dave.next("onMessageErrorListener", (messageId) => messageId === stillBlocked)
    await alice.chat.privacylist.setAsDefault(null)

    await alice.chat.privacylist.delete("myList")
    expect(await alice.chat.privacylist.getNames()).toEqual({ default: null, active: null, names: [] })
    expect(await alice.chat.privacylist.getList("myList")).toEqual({ name: "", items: [] })
    await expect(alice.chat.privacylist.delete("myList")).rejects.toMatchObject({ code: 404 })
    await expect(alice.chat.privacylist.setAsDefault("nope")).rejects.toMatchObject({ code: 404 })
  })
})

describe("official SDK: last activity", () => {
  test("0 for an online user, seconds since otherwise; the listener fires too", async () => {
    expect(await alice.chat.getLastUserActivity(bob.user.userId)).toEqual({
      userId: bob.user.userId,
      seconds: 0,
    })
    expect(await alice.next("onLastUserActivityListener")).toEqual([bob.user.userId, 0])
    const never = await createUser(server)
    const activity = await alice.chat.getLastUserActivity(never.userId)
    expect(activity.seconds).toBeGreaterThanOrEqual(1)
    await expect(alice.chat.getLastUserActivity(999_999)).rejects.toMatchObject({ code: 404 })
  })

  test("status streaming pushes online and offline changes to subscribers until they unsubscribe", async () => {
    const erinUser = await createUser(server)
    alice.chat.subscribeToUserLastActivityStatus(erinUser.userId)
    await alice.chat.ping()
    const erin = await officialClient(server, erinUser)
    expect(await alice.next("onLastUserActivityListener", (userId) => userId === erinUser.userId)).toEqual([
      erinUser.userId,
      0,
    ])
    await erin.disconnect()
    const [, seconds] = await alice.next("onLastUserActivityListener", (userId) => userId === erinUser.userId)
    expect(seconds).toBeGreaterThanOrEqual(1)

    alice.chat.unsubscribeFromUserLastActivityStatus(erinUser.userId)
    await alice.chat.ping()
    const again = await officialClient(server, erinUser)
    await alice.chat.ping()
    expect(
      alice.all("onLastUserActivityListener").filter(([userId]) => userId === erinUser.userId),
    ).toHaveLength(2)
    await again.disconnect()
  })
})
