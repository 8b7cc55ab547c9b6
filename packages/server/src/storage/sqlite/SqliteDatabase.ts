import { mkdirSync } from "node:fs"
import { join } from "node:path"
import { DatabaseSync, type StatementSync } from "node:sqlite"
import { migrations } from "./migrations.ts"
import { type CheckpointPolicy, defaultCheckpointPolicy, WalCheckpointer } from "./WalCheckpointer.ts"

interface Cached {
  readonly statement: StatementSync
  /** A plain SELECT: it may join the turn's read transaction. */
  readonly read: boolean
}

export interface SqliteOptions {
  /** When the WAL is checkpointed (from a worker thread); `false` leaves it to SQLite on this thread. */
  readonly checkpoints?: CheckpointPolicy | false
}

/**
 * The embedded database: `node:sqlite` in WAL mode, migrated on open, with a statement cache.
 * node:sqlite is synchronous, so every store method runs start to end without yielding, and
 * `transaction` is atomic with respect to every other request.
 *
 * Durability: WAL with `synchronous = NORMAL`. A commit is written to the WAL before it returns,
 * so whatever was committed (and acknowledged) survives a crash or kill of the server process;
 * only an OS crash or power loss can lose the last commits before a checkpoint (`FULL` would
 * fsync every commit: with group commit that is once per batch, but still a disk round trip on
 * the event loop). Checkpoints run on a worker thread (WalCheckpointer): none stalls the event
 * loop, and the WAL stays bounded. Closing waits for a last checkpoint; reopening needs no recovery.
 *
 * Reads outside a transaction share one read transaction per event-loop turn (opened by the first
 * such read, ended by the next write or when the turn ends): in WAL mode each transaction takes
 * and drops a shared-memory lock with two `fcntl` calls, which cost a plain read 4× its own time.
 * This connection is the only writer, and every write ends that read transaction first, so reads
 * always see the latest commit. A write statement must not be kept across a later `statement()`
 * for a read outside `transaction()` (it would join the read transaction and commit with the turn).
 */
export class SqliteDatabase {
  readonly db: DatabaseSync
  /** Checkpoints off the event loop; undefined in memory or when turned off. */
  readonly checkpointer: WalCheckpointer | undefined
  private readonly statements = new Map<string, Cached>()
  private turnRead = false
  private turnEnd: NodeJS.Immediate | undefined

  constructor(dataDir: string | undefined, options: SqliteOptions = {}) {
    if (dataDir !== undefined) mkdirSync(dataDir, { recursive: true })
    const file = dataDir === undefined ? ":memory:" : join(dataDir, "cube.sqlite")
    this.db = new DatabaseSync(file)
    this.db.exec(
      "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;",
    )
    this.migrate()
    const policy = options.checkpoints ?? defaultCheckpointPolicy
    if (dataDir !== undefined && policy !== false) {
      // A reused WAL file is cut back to this size when the log starts over.
      this.db.exec("PRAGMA wal_autocheckpoint = 0; PRAGMA journal_size_limit = 67108864")
      this.checkpointer = new WalCheckpointer(file, policy, () => {
        // No worker: SQLite checkpoints on this thread again (every 1,000 pages), as by default.
        if (this.db.isOpen) this.db.exec("PRAGMA wal_autocheckpoint = 1000")
      })
    }
  }

  /** A prepared statement, compiled once per SQL text. */
  statement(sql: string): StatementSync {
    let cached = this.statements.get(sql)
    if (cached === undefined) {
      cached = { statement: this.db.prepare(sql), read: /^\s*SELECT\b/i.test(sql) }
      this.statements.set(sql, cached)
    }
    if (cached.read) {
      if (!this.db.isTransaction) this.beginTurnRead()
    } else if (this.turnRead) this.endTurnRead()
    return cached.statement
  }

  /** Runs `work` in one transaction (nested calls join the outer one). */
  transaction<A>(work: () => A): A {
    if (this.turnRead) this.endTurnRead()
    if (this.db.isTransaction) return work()
    this.db.exec("BEGIN IMMEDIATE")
    try {
      const result = work()
      this.db.exec("COMMIT")
      return result
    } catch (error) {
      // Some errors (disk full) already rolled the transaction back.
      if (this.db.isTransaction) this.db.exec("ROLLBACK")
      throw error
    }
  }

  /** Stops the checkpoint worker after its last checkpoint, then closes (SQLite checkpoints what is left). */
  async close(): Promise<void> {
    if (this.turnRead) this.endTurnRead()
    await this.checkpointer?.close()
    if (this.db.isOpen) this.db.close()
  }

  private beginTurnRead(): void {
    this.db.exec("BEGIN")
    this.turnRead = true
    this.turnEnd ??= setImmediate(() => {
      this.turnEnd = undefined
      this.endTurnRead()
    })
  }

  private endTurnRead(): void {
    if (!this.turnRead) return
    this.turnRead = false
    if (this.db.isOpen && this.db.isTransaction) this.db.exec("COMMIT")
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
