import { mkdirSync } from "node:fs"
import { join } from "node:path"
import { DatabaseSync, type StatementSync } from "node:sqlite"
import { migrations } from "./migrations.ts"
import { SqliteCheckpointer } from "./SqliteCheckpointer.ts"

/**
 * WAL pages after which the main connection checkpoints by itself: only a backstop, for when the
 * checkpoint worker falls behind (under a steady stream of writes the WAL is reset only then).
 * Measured on the storage API (message saves, 2 cores): SQLite's default of 1,000 pages saved about
 * 6,000 msg/s and stalled ~4.5 ms every ~60 saves (p99 4.3 ms); 10,000 pages alone 7,300 msg/s
 * with ~25 ms stalls (p99.9); the worker with this backstop 8,300 msg/s, p99 0.5 ms, p99.9 3-5 ms.
 */
const backstopCheckpointPages = 10_000
/** After a reset, a WAL file larger than this is truncated (it never shrinks otherwise). */
const walSizeLimit = 16 * 1024 * 1024

/**
 * The embedded database: `node:sqlite` in WAL mode, migrated on open, with a statement cache.
 * node:sqlite is synchronous, so every store method runs start to end without yielding, and
 * `transaction` is atomic with respect to every other request. With a data directory, WAL
 * checkpoints run on a worker thread (SqliteCheckpointer).
 */
export class SqliteDatabase {
  readonly db: DatabaseSync
  private readonly statements = new Map<string, StatementSync>()
  private readonly checkpointer: SqliteCheckpointer | undefined

  constructor(dataDir: string | undefined) {
    if (dataDir !== undefined) mkdirSync(dataDir, { recursive: true })
    this.db = new DatabaseSync(dataDir === undefined ? ":memory:" : join(dataDir, "cube.sqlite"))
    this.db.exec(
      "PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;",
    )
    this.migrate()
    if (dataDir !== undefined) {
      this.db.exec(
        `PRAGMA wal_autocheckpoint = ${backstopCheckpointPages}; PRAGMA journal_size_limit = ${walSizeLimit}`,
      )
      this.checkpointer = SqliteCheckpointer.start(join(dataDir, "cube.sqlite"), () => {
        // Without the worker, checkpoint here again at SQLite's usual pace.
        if (this.db.isOpen) this.db.exec("PRAGMA wal_autocheckpoint = 1000")
      })
    }
  }

  /** A prepared statement, compiled once per SQL text. */
  statement(sql: string): StatementSync {
    let statement = this.statements.get(sql)
    if (statement === undefined) {
      statement = this.db.prepare(sql)
      this.statements.set(sql, statement)
    }
    return statement
  }

  /** Runs `work` in one transaction (nested calls join the outer one). */
  transaction<A>(work: () => A): A {
    if (this.db.isTransaction) return work()
    this.db.exec("BEGIN IMMEDIATE")
    try {
      const result = work()
      this.db.exec("COMMIT")
      return result
    } catch (error) {
      this.db.exec("ROLLBACK")
      throw error
    }
  }

  /** Closes the database; the checkpoint worker goes first, so that this last connection cleans up the WAL. */
  async close(): Promise<void> {
    await this.checkpointer?.stop()
    if (this.db.isOpen) this.db.close()
  }

  private migrate(): void {
    this.db.exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)",
    )
    const applied = new Set(
      (this.db.prepare("SELECT id FROM schema_migrations").all() as Array<{ id: string }>).map(
        (row) => row.id,
      ),
    )
    for (const migration of migrations) {
      if (applied.has(migration.id)) continue
      this.transaction(() => {
        this.db.exec(migration.sql)
        this.db
          .prepare("INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)")
          .run(migration.id, Date.now())
      })
    }
  }
}
