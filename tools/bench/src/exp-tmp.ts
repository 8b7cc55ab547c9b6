import { mkdtempSync } from "node:fs"
import { openSqliteStorage } from "../../../packages/server/src/storage/sqlite/SqliteStorage.ts"
const N = Number(process.env.N ?? 1000)
const dir = mkdtempSync("/tmp/exp/db-")
const storage = openSqliteStorage(dir)
const db = storage.database
const now = Date.now()
db.db.prepare("INSERT INTO dialogs (id, app_id, type, owner_id, created_at, updated_at) VALUES ('aaaaaaaaaaaaaaaaaaaaaaaa', 1, 3, 1, ?, ?)").run(now, now)
db.db.prepare("INSERT INTO dialog_occupants (dialog_id, user_id, app_id, joined_at) VALUES ('aaaaaaaaaaaaaaaaaaaaaaaa', 1, 1, ?), ('aaaaaaaaaaaaaaaaaaaaaaaa', 2, 1, ?)").run(now, now)
for (let i = 0; i < N; i++) await storage.messages.save({ id: (i + 1).toString(16).padStart(24, "0"), appId: 1, dialogId: "aaaaaaaaaaaaaaaaaaaaaaaa", senderId: 1, recipientId: 2, body: "Benchmark message: the quick brown fox jumps over the lazy dog, then does it again and again....", dateSent: Math.floor(now / 1000), attachments: [], custom: {}, markable: false })
const offsets = Array.from({ length: 2000 }, (_, i) => (i * 397) % (N - 100))
const time = async (label: string, fn: (o: number) => unknown) => {
  for (const o of offsets.slice(0, 200)) await fn(o)
  const t = performance.now()
  for (const o of offsets) await fn(o)
  const ms = (performance.now() - t) / offsets.length
  console.log(label.padEnd(60), (ms * 1000).toFixed(0).padStart(6), "µs/page")
}
const visibleTo = `m.seq > coalesce((SELECT o.cleared_seq FROM dialog_occupants o WHERE o.dialog_id = m.dialog_id AND o.user_id = ?), 0)
  AND NOT EXISTS (SELECT 1 FROM message_hidden h WHERE h.message_seq = m.seq AND h.user_id = ?)`
const listSql = `SELECT m.* FROM messages m WHERE m.app_id = ? AND m.dialog_id = ? AND ${visibleTo}
         ORDER BY m.date_sent ASC, m.id ASC LIMIT ? OFFSET ?`
await time("storage.messages.list (server code, as is)", (offset) => storage.messages.list({ appId: 1, dialogId: "aaaaaaaaaaaaaaaaaaaaaaaa", viewerId: 2, filters: [], limit: 100, offset }))
await time("db.prepare(list SQL) only", () => db.db.prepare(listSql))
const cached = db.db.prepare(listSql)
await time("list SQL, cached statement, .all() only", (offset) => cached.all(1, "aaaaaaaaaaaaaaaaaaaaaaaa", 2, 2, 100, offset))
const plain = db.db.prepare("SELECT * FROM messages WHERE dialog_id = ? ORDER BY date_sent, id LIMIT 100 OFFSET ?")
await time("engine page (plain SELECT, cached)", (offset) => plain.all("aaaaaaaaaaaaaaaaaaaaaaaa", offset))
const { hydrateMessages } = await import("../../../packages/server/src/storage/sqlite/messageRows.ts")
await time("hydrateMessages of a 100-row page", (offset) => hydrateMessages(db, cached.all(1, "aaaaaaaaaaaaaaaaaaaaaaaa", 2, 2, 100, offset) as never))
const alt = db.db.prepare(listSql.replace("m.seq > coalesce", "+m.seq > coalesce"))
await time("list SQL with +m.seq (no seq index), cached", (offset) => alt.all(1, "aaaaaaaaaaaaaaaaaaaaaaaa", 2, 2, 100, offset))
console.log(db.db.prepare(`EXPLAIN QUERY PLAN ${listSql.replace("m.seq > coalesce", "+m.seq > coalesce")}`).all(1, "x", 2, 2, 100, 0).map((r: any) => r.detail).join(" | "))
console.log(db.db.prepare(`EXPLAIN QUERY PLAN ${listSql}`).all(1, "x", 2, 2, 100, 0).map((r: any) => r.detail).join(" | "))
await storage.close()
