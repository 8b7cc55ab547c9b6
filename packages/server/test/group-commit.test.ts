import { afterEach, beforeEach, describe, expect, test } from "vitest"
import { GroupCommit } from "../src/services/GroupCommit.ts"
import { MessageIdTaken, type NewMessage } from "../src/storage/MessagesStore.ts"
import { openSqliteStorage } from "../src/storage/sqlite/SqliteStorage.ts"

/**
 * Group commit below the protocols: `saveMany` stores a batch in one transaction with each message
 * failing alone, and `GroupCommit` gathers what one event-loop turn submits into one batch.
 */

type Storage = ReturnType<typeof openSqliteStorage>

const appId = 1
const alice = 10
const bob = 20
const carol = 30
let storage: Storage
let dialogId: string
let next = 0

const id = () => (++next).toString(16).padStart(24, "0")
const message = (overrides: Partial<NewMessage> = {}): NewMessage => ({
  id: id(),
  appId,
  dialogId,
  senderId: alice,
  recipientId: bob,
  body: `message ${next}`,
  dateSent: 1_700_000_000 + next,
  attachments: [],
  custom: {},
  markable: true,
  ...overrides,
})
const unreadOf = async (userId: number) =>
  (await storage.dialogs.occupancy(appId, dialogId, userId))!.unreadCount
const changes = () => (storage.database.db.prepare("SELECT total_changes() AS n").get() as { n: number }).n

beforeEach(async () => {
  storage = openSqliteStorage(undefined)
  dialogId = (await storage.dialogs.privateDialog(appId, alice, bob)).dialog.id
})

afterEach(async () => {
  await storage.close()
})

describe("saveMany", () => {
  test("stores a batch in one transaction; a message that cannot be stored fails alone", async () => {
    const taken = message({ senderId: bob, recipientId: alice, body: "bob's" })
    await storage.messages.save(taken)
    const first = message({ body: "first words" })
    const stolen = message({ id: taken.id, body: "reuses bob's id" })
    const orphan = message({ dialogId: "0123456789abcdef01234567", body: "no such dialog" })
    const last = message({
      body: "last words",
      attachments: [{ type: "image", uid: "u1" }],
      custom: { mood: "ok" },
    })
    const again = message({ id: first.id, body: "first again" })
    const outcomes = await storage.messages.saveMany([first, stolen, orphan, last, again])

    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, false, false, true, true])
    expect(outcomes[1]).toMatchObject({ ok: false, error: expect.any(MessageIdTaken) })
    expect(String((outcomes[2] as { error: unknown }).error)).toMatch(/FOREIGN KEY/)
    const [storedFirst, , , storedLast, duplicate] = outcomes.map((outcome) =>
      outcome.ok ? outcome.value : undefined,
    )
    expect(storedFirst).toMatchObject({
      duplicate: false,
      message: { id: first.id, readIds: [alice], deliveredIds: [alice] },
    })
    expect(storedLast?.message).toMatchObject({
      attachments: [{ type: "image", uid: "u1" }],
      custom: { mood: "ok" },
    })
    // The same id twice in one batch is one message: the second is its duplicate.
    expect(duplicate).toMatchObject({ duplicate: true, message: { id: first.id, body: "first words" } })
    // Every result carries the dialog as the batch left it.
    expect(storedFirst?.dialog).toMatchObject({
      id: dialogId,
      lastMessageId: last.id,
      lastMessage: "last words",
    })

    // What the batch stored reads back exactly as it was returned.
    expect(await storage.messages.get(appId, first.id)).toEqual(storedFirst?.message)
    expect(await storage.messages.get(appId, last.id)).toEqual(storedLast?.message)
    expect((await storage.messages.get(appId, taken.id))?.body).toBe("bob's")
    const page = await storage.messages.list({
      appId,
      dialogId,
      viewerId: bob,
      filters: [],
      limit: 10,
      offset: 0,
    })
    expect(page.map((stored) => stored.body)).toEqual(["bob's", "first words", "last words"])
    // Unread: bob has alice's two new messages; alice has bob's one.
    expect([await unreadOf(bob), await unreadOf(alice)]).toEqual([2, 1])
    // The search index holds exactly the stored bodies.
    const found = await storage.messages.search({ appId, userId: bob, words: ["words"], limit: 10 })
    expect(found.map((stored) => stored.id).sort()).toEqual([first.id, last.id].sort())
    expect(
      storage.database.db.prepare("INSERT INTO messages_fts (messages_fts) VALUES ('integrity-check')").run(),
    ).toBeDefined()
  })

  test("counts unread per sender and updates a group's occupants once per batch", async () => {
    const group = await storage.dialogs.create({
      appId,
      type: 2,
      ownerId: alice,
      name: "Group",
      description: null,
      photo: null,
      occupantIds: [alice, bob, carol],
      adminIds: [],
      extensions: null,
      permissions: null,
    })
    const inGroup = (senderId: number) => message({ dialogId: group.id, senderId, recipientId: 0 })
    await storage.dialogs.hide(appId, group.id, carol)
    await storage.messages.saveMany([inGroup(alice), inGroup(bob), inGroup(alice)])
    const unread = async (userId: number) => (await storage.dialogs.occupancy(appId, group.id, userId))!
    expect((await unread(alice)).unreadCount).toBe(1)
    expect((await unread(bob)).unreadCount).toBe(2)
    expect(await unread(carol)).toMatchObject({ unreadCount: 3, hidden: false })
  })

  test("an empty batch changes nothing", async () => {
    const before = changes()
    expect(await storage.messages.saveMany([])).toEqual([])
    expect(changes()).toBe(before)
  })
})

describe("GroupCommit", () => {
  test("what one turn submits is one batch, in order; each submitter gets its own outcome", async () => {
    const batches: string[][] = []
    const group = new GroupCommit<NewMessage, string>(
      async (items) => {
        batches.push(items.map((item) => item.body ?? ""))
        return storage.messages
          .saveMany(items)
          .then((outcomes) => outcomes.map((o) => (o.ok ? { ok: true, value: o.value.message.id } : o)))
      },
      { maxBatch: 100 },
    )
    const taken = message({ senderId: bob, body: "bob's" })
    await storage.messages.save(taken)
    const sent = [message({ body: "a" }), message({ id: taken.id, body: "b" }), message({ body: "c" })]
    const settled = await Promise.allSettled(sent.map((item) => group.submit(item)))
    expect(batches).toEqual([["a", "b", "c"]])
    expect(settled.map((result) => result.status)).toEqual(["fulfilled", "rejected", "fulfilled"])
    expect((settled[1] as PromiseRejectedResult).reason).toBeInstanceOf(MessageIdTaken)

    // The next turn's submissions make the next batch; `maxBatch` starts a batch at once.
    const small = new GroupCommit<number, number>(
      async (items) => {
        batches.push(items.map(String))
        return items.map((item) => ({ ok: true, value: item * 2 }))
      },
      { maxBatch: 2 },
    )
    expect(await Promise.all([1, 2, 3].map((item) => small.submit(item)))).toEqual([2, 4, 6])
    expect(batches.slice(1)).toEqual([["1", "2"], ["3"]])
  })

  test("a batch that fails as a whole fails every submitter; flush commits what waits", async () => {
    const failing = new GroupCommit<number, number>(
      async () => {
        throw new Error("disk full")
      },
      { maxBatch: 10 },
    )
    const results = await Promise.allSettled([failing.submit(1), failing.submit(2)])
    expect(results.map((result) => (result as PromiseRejectedResult).reason?.message)).toEqual([
      "disk full",
      "disk full",
    ])
    let committed: number[] = []
    const slow = new GroupCommit<number, number>(
      async (items) => {
        committed = [...items]
        return items.map((item) => ({ ok: true, value: item }))
      },
      { maxBatch: 10 },
    )
    const pending = slow.submit(7)
    await slow.flush()
    expect(committed).toEqual([7])
    expect(await pending).toBe(7)
  })
})
