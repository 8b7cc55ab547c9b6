import { rmSync } from "node:fs"
import { DatabaseSync } from "node:sqlite"
import { objectId } from "./objectId.ts"
import { type Rate, rateSince } from "./Rate.ts"

/** What one message row holds in the engine benchmark (the same values a REST create stores). */
export interface EngineRow {
  readonly appId: number
  readonly dialogId: string
  readonly senderId: number
  readonly recipientId: number
  readonly body: string
}

/**
 * The storage engine's own limit: `node:sqlite` used directly, with no server code in between,
 * on a copy (`VACUUM INTO`) of the server's own database, so the schema (indexes, foreign keys,
 * the FTS5 table — which the server fills once per batch and these inserts leave alone) and the
 * data are exactly the server's, with the server's pragmas (WAL, synchronous=NORMAL). Inserts are
 * single rows, each its own transaction; reads are 100-row history pages in the server's order.
 */
export class EngineBench {
  private readonly db: DatabaseSync
  private readonly file: string

  private constructor(file: string) {
    this.file = file
    this.db = new DatabaseSync(file)
    this.db.exec(
      "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;",
    )
  }

  /** Copies the live database `source` (another connection may be using it) to `target` and opens the copy. */
  static copyOf(source: string, target: string): EngineBench {
    rmSync(target, { force: true })
    const reader = new DatabaseSync(source, { readOnly: true })
    try {
      reader.prepare("VACUUM INTO ?").run(target)
    } finally {
      reader.close()
    }
    return new EngineBench(target)
  }

  /** `count` single-row inserts into `messages`, one transaction each (autocommit). */
  insert(row: EngineRow, count: number): Rate {
    const statement = this.db.prepare(
      `INSERT INTO messages (id, app_id, dialog_id, sender_id, recipient_id, body, date_sent, attachments, custom, markable,
         created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, '[]', '{}', 0, ?, ?)`,
    )
    const started = performance.now()
    for (let index = 0; index < count; index++) {
      const now = Date.now()
      statement.run(
        objectId(),
        row.appId,
        row.dialogId,
        row.senderId,
        row.recipientId,
        row.body,
        Math.floor(now / 1000),
        now,
        now,
      )
    }
    return rateSince(count, started)
  }

  /** One 100-row (or `limit`) history page per offset, rows materialised as objects. */
  pages(dialogId: string, offsets: ReadonlyArray<number>, limit = 100): Rate {
    const statement = this.db.prepare(
      "SELECT * FROM messages WHERE dialog_id = ? ORDER BY date_sent, id LIMIT ? OFFSET ?",
    )
    const started = performance.now()
    for (const offset of offsets) {
      const rows = statement.all(dialogId, limit, offset)
      if (rows.length !== limit)
        throw new Error(`engine page at ${offset}: ${rows.length} rows, expected ${limit}`)
    }
    return rateSince(offsets.length, started)
  }

  /** Closes and deletes the copy. */
  close(): void {
    if (this.db.isOpen) this.db.close()
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${this.file}${suffix}`, { force: true })
  }
}
