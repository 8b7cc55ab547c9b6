import { afterEach, beforeEach, describe, expect, test } from "vitest"
import { openSqliteStorage } from "../src/storage/sqlite/SqliteStorage.ts"

/**
 * The storage's hot paths, checked by what SQLite does rather than by timings. Query plans (read
 * with EXPLAIN QUERY PLAN): each receipt and each history page must cost the same in a dialog of
 * 100 messages as in one of a million. Writes: a 1-1 message must not write its dialog's rows
 * when nothing about them changes.
 */

type Storage = ReturnType<typeof openSqliteStorage>

interface Ran {
  readonly sql: string
  readonly plan: ReadonlyArray<string>
}

/** Runs `work` and returns every cached statement it used, with its query plan. */
const statementsOf = async (storage: Storage, work: () => Promise<unknown>): Promise<Ran[]> => {
  const database = storage.database
  const texts = new Set<string>()
  const statement = database.statement.bind(database)
  database.statement = (sql: string) => {
    texts.add(sql)
    return statement(sql)
  }
  try {
    await work()
  } finally {
    database.statement = statement
  }
  return [...texts].map((sql) => ({
    sql,
    plan: (database.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map(
      (row) => row.detail,
    ),
  }))
}

/** A plan step that goes through a whole dialog's messages (a scan, or a search on a dialog index). */
const walksDialog = (step: string) =>
  /messages_history|messages_dialog_seq/.test(step) || /^SCAN (m|messages)\b/.test(step)

const appId = 1
const alice = 10
const bob = 20
let storage: Storage
let dialogId: string
let ids: string[]

const messageId = (n: number) => n.toString(16).padStart(24, "0")

beforeEach(async () => {
  storage = openSqliteStorage(undefined)
  dialogId = (await storage.dialogs.privateDialog(appId, alice, bob)).dialog.id
  ids = []
  for (let n = 1; n <= 300; n++) {
    ids.push(messageId(n))
    await storage.messages.save({
      id: messageId(n),
      appId,
      dialogId,
      senderId: n % 3 === 0 ? bob : alice,
      recipientId: n % 3 === 0 ? alice : bob,
      body: `message ${n}`,
      dateSent: 1_700_000_000 + n,
      attachments: [],
      custom: {},
      markable: true,
    })
  }
})

afterEach(async () => {
  await storage.close()
})

describe("receipts: marking messages by id", () => {
  test.each(["delivered", "read"] as const)(
    "%s looks each id up by its unique index and never walks the dialog",
    async (marker) => {
      const wanted = [ids[0]!, ids[1]!, ids[2]!]
      let marked: ReadonlyArray<{ id: string }> = []
      const ran = await statementsOf(storage, async () => {
        marked = await storage.messages.mark(appId, bob, dialogId, wanted, marker)
      })
      // Bob's own message (ids[2]) is not his to mark.
      expect(marked.map((message) => message.id)).toEqual([ids[0], ids[1]])
      const steps = ran.flatMap((statement) => statement.plan)
      expect(steps).toContain("SEARCH m USING INDEX messages_app_id (app_id=? AND id=?)")
      expect(steps.filter(walksDialog)).toEqual([])
    },
  )

  test("marking read lowers unread by what it marked, once", async () => {
    const unread = async () => (await storage.dialogs.occupancy(appId, dialogId, bob))!.unreadCount
    const before = await unread()
    await storage.messages.mark(appId, bob, dialogId, [ids[0]!, ids[0]!, ids[1]!], "read")
    await storage.messages.mark(appId, bob, dialogId, [ids[0]!], "read")
    expect(await unread()).toBe(before - 2)
  })
})

describe("history pages", () => {
  test.each(["asc", "desc"] as const)(
    "a page in date_sent %s order walks the history index with no sort and no per-row occupant lookup",
    async (direction) => {
      let page: ReadonlyArray<{ id: string }> = []
      const ran = await statementsOf(storage, async () => {
        page = await storage.messages.list({
          appId,
          dialogId,
          viewerId: bob,
          filters: [],
          sort: { field: "date_sent", direction },
          limit: 100,
          offset: 50,
        })
      })
      const expected = direction === "asc" ? ids.slice(50, 150) : [...ids].reverse().slice(50, 150)
      expect(page.map((message) => message.id)).toEqual(expected)
      const pageQuery = ran.find((statement) => statement.sql.startsWith("SELECT m.* FROM messages m"))!
      expect(pageQuery.plan).toContain("SEARCH m USING INDEX messages_history (dialog_id=?)")
      expect(pageQuery.plan.join("\n")).not.toMatch(/dialog_occupants|o USING/)
      // Neither the page nor the read / delivered / reaction rows of its messages need a sort.
      expect(
        ran.flatMap((statement) => statement.plan).filter((step) => step.includes("TEMP B-TREE")),
      ).toEqual([])
    },
  )

  test("the viewer's cleared point and hidden messages still apply", async () => {
    await storage.messages.hide(appId, ids[0]!, bob)
    const visible = async (viewer: number) =>
      (
        await storage.messages.list({
          appId,
          dialogId,
          viewerId: viewer,
          filters: [],
          limit: 1000,
          offset: 0,
        })
      ).map((message) => message.id)
    expect(await visible(bob)).toEqual(ids.slice(1))
    expect(await visible(alice)).toEqual(ids)
    await storage.dialogs.clearHistory(appId, dialogId, bob)
    expect(await visible(bob)).toEqual([])
    expect(await visible(alice)).toEqual(ids)
    expect(
      await storage.messages.list({ appId: 2, dialogId, viewerId: alice, filters: [], limit: 10, offset: 0 }),
    ).toEqual([])
  })
})

describe("1-1 messages", () => {
  const totalChanges = () =>
    (storage.database.db.prepare("SELECT total_changes() AS n").get() as { n: number }).n

  test("finding the existing private dialog writes nothing, unless it was hidden for the sender", async () => {
    const before = totalChanges()
    const found = await storage.dialogs.privateDialog(appId, alice, bob)
    expect([found.dialog.id, found.created]).toEqual([dialogId, false])
    expect(totalChanges()).toBe(before)
    await storage.dialogs.hide(appId, dialogId, alice)
    expect((await storage.dialogs.occupancy(appId, dialogId, alice))!.hidden).toBe(true)
    await storage.dialogs.privateDialog(appId, alice, bob)
    expect((await storage.dialogs.occupancy(appId, dialogId, alice))!.hidden).toBe(false)
  })
})
