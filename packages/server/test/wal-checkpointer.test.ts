import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterEach, describe, expect, test } from "vitest"
import type { NewMessage } from "../src/storage/MessagesStore.ts"
import { openSqliteStorage } from "../src/storage/sqlite/SqliteStorage.ts"

/**
 * The embedded database's WAL: checkpointed from a worker thread (never on the event loop, which
 * turned automatic checkpoints off), bounded however long writes go on, and left empty by a clean
 * shutdown. Also the per-turn read transaction that plain reads share.
 */

type Storage = ReturnType<typeof openSqliteStorage>

const appId = 1
let dataDir: string
let storage: Storage | undefined
let next = 0

const walSize = () => {
  const wal = join(dataDir, "cube.sqlite-wal")
  return existsSync(wal) ? statSync(wal).size : 0
}
const batchOf = (dialogId: string, size: number): NewMessage[] =>
  Array.from({ length: size }, () => {
    next += 1
    return {
      id: next.toString(16).padStart(24, "0"),
      appId,
      dialogId,
      senderId: 10,
      recipientId: 20,
      body: `durable words ${next}`,
      dateSent: 1_700_000_000 + next,
      attachments: [],
      custom: {},
      markable: false,
    }
  })
const tick = () => new Promise((resolve) => setTimeout(resolve, 1))

afterEach(async () => {
  await storage?.close()
  storage = undefined
  rmSync(dataDir, { recursive: true, force: true })
})

describe("WAL checkpoints", () => {
  /** Writes 4,000 messages in 400 commits, a turn apart; returns the largest WAL file seen. */
  const writeMany = async (db: Storage): Promise<number> => {
    const { dialog } = await db.dialogs.privateDialog(appId, 10, 20)
    let largest = 0
    for (let round = 0; round < 400; round++) {
      await db.messages.saveMany(batchOf(dialog.id, 10))
      largest = Math.max(largest, walSize())
      await tick()
    }
    const page = await db.messages.list({
      appId,
      dialogId: dialog.id,
      viewerId: 20,
      filters: [],
      limit: 5000,
      offset: 0,
    })
    expect(page.length).toBe(4000)
    return largest
  }

  test("run on a worker thread and keep the WAL bounded while writes never stop", async () => {
    dataDir = mkdtempSync(join(tmpdir(), "cube-wal-"))
    // Without any checkpoint, the WAL holds every page of every commit.
    const unchecked = openSqliteStorage(dataDir, { checkpoints: false })
    unchecked.database.db.exec("PRAGMA wal_autocheckpoint = 0")
    const unbounded = await writeMany(unchecked)
    await unchecked.close()
    rmSync(dataDir, { recursive: true, force: true })

    // Small on purpose: a PASSIVE checkpoint every 5 ms, a RESTART once the WAL holds 64 pages.
    storage = openSqliteStorage(dataDir, { checkpoints: { intervalMs: 5, restartFrames: 64 } })
    expect(storage.database.db.prepare("PRAGMA wal_autocheckpoint").get()).toEqual({ wal_autocheckpoint: 0 })
    await storage.database.checkpointer!.started
    const bounded = await writeMany(storage)
    expect(storage.database.checkpointer!.counts.PASSIVE).toBeGreaterThan(0)
    expect(unbounded).toBeGreaterThan(24 * 1024 * 1024)
    expect(bounded).toBeLessThan(8 * 1024 * 1024)
  })

  test("a clean shutdown leaves no WAL; the data reopens whole, its search index consistent", async () => {
    dataDir = mkdtempSync(join(tmpdir(), "cube-wal-"))
    storage = openSqliteStorage(dataDir)
    const { dialog } = await storage.dialogs.privateDialog(appId, 10, 20)
    for (let round = 0; round < 20; round++) await storage.messages.saveMany(batchOf(dialog.id, 50))
    expect(walSize()).toBeGreaterThan(0)
    await storage.close()
    storage = undefined
    expect(walSize()).toBe(0)

    storage = openSqliteStorage(dataDir)
    const db = storage.database.db
    expect(db.prepare("PRAGMA integrity_check").get()).toEqual({ integrity_check: "ok" })
    db.prepare("INSERT INTO messages_fts (messages_fts) VALUES ('integrity-check')").run()
    const page = await storage.messages.list({
      appId,
      dialogId: dialog.id,
      viewerId: 20,
      filters: [],
      limit: 2000,
      offset: 0,
    })
    expect(page.length).toBe(1000)
    const found = await storage.messages.search({ appId, userId: 20, words: ["durable"], limit: 2000 })
    expect(found.length).toBe(1000)
  })

  test("a storage in memory has no checkpointer", async () => {
    dataDir = mkdtempSync(join(tmpdir(), "cube-wal-"))
    storage = openSqliteStorage(undefined)
    expect(storage.database.checkpointer).toBeUndefined()
  })
})

describe("reads outside a transaction", () => {
  test("share one read transaction until the turn ends or a write comes, and always see the latest commit", async () => {
    dataDir = mkdtempSync(join(tmpdir(), "cube-wal-"))
    storage = openSqliteStorage(dataDir)
    const db = storage.database.db
    const { dialog } = await storage.dialogs.privateDialog(appId, 10, 20)
    await new Promise((resolve) => setImmediate(resolve))
    expect(db.isTransaction).toBe(false)

    expect(await storage.messages.get(appId, "ffffffffffffffffffffffff")).toBeUndefined()
    expect(db.isTransaction).toBe(true)
    // A write in the same turn ends the read transaction first, and commits on its own.
    const [saved] = await storage.messages.saveMany(batchOf(dialog.id, 1))
    expect(db.isTransaction).toBe(false)
    const id = saved!.ok ? saved!.value.message.id : ""
    expect((await storage.messages.get(appId, id))?.body).toMatch(/durable words/)
    expect(db.isTransaction).toBe(true)
    await new Promise((resolve) => setImmediate(resolve))
    expect(db.isTransaction).toBe(false)
  })
})
