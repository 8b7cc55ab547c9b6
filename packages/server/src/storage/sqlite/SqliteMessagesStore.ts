import type {
  MessageQuery,
  MessageSearch,
  MessagesStore,
  NewMessage,
  SaveOutcome,
  SaveResult,
} from "../MessagesStore.ts"
import type { DialogRecord, MessageRecord } from "../records.ts"
import { selectDialog } from "./dialogRows.ts"
import { filterSql, type SqlValue } from "./filterSql.ts"
import { attachmentFilter, matchExpression, messageColumn, sortColumns } from "./messageFilterSql.ts"
import { hydrateMessages, type Row } from "./messageRows.ts"
import type { SqliteDatabase } from "./SqliteDatabase.ts"
import { saveMessages } from "./saveMessages.ts"

/**
 * A history page's visibility: after the viewer's cleared point (bound once, and `+` so that SQLite
 * does not pick the (dialog, seq) index and then sort) and not hidden for them. Binds cleared seq, viewer.
 */
const pageVisibleTo = [
  "+m.seq > ?",
  "NOT EXISTS (SELECT 1 FROM message_hidden h WHERE h.message_seq = m.seq AND h.user_id = ?)",
]

/** Messages `viewer` may see: after their cleared point, not hidden for them. Binds the viewer twice. */
const visibleTo = `m.seq > coalesce((SELECT o.cleared_seq FROM dialog_occupants o WHERE o.dialog_id = m.dialog_id AND o.user_id = ?), 0)
  AND NOT EXISTS (SELECT 1 FROM message_hidden h WHERE h.message_seq = m.seq AND h.user_id = ?)`

export class SqliteMessagesStore implements MessagesStore {
  private readonly sql: SqliteDatabase

  constructor(sql: SqliteDatabase) {
    this.sql = sql
  }

  async save(message: NewMessage): Promise<SaveResult> {
    const [outcome] = saveMessages(this.sql, [message])
    if (!outcome!.ok) throw outcome!.error
    return outcome!.value
  }

  async saveMany(messages: ReadonlyArray<NewMessage>): Promise<ReadonlyArray<SaveOutcome>> {
    return saveMessages(this.sql, messages)
  }

  async senderOf(appId: number, id: string): Promise<number | undefined> {
    const row = this.sql
      .statement("SELECT sender_id FROM messages WHERE app_id = ? AND id = ?")
      .get(appId, id) as { sender_id: number } | undefined
    return row?.sender_id
  }

  async get(appId: number, id: string): Promise<MessageRecord | undefined> {
    const row = this.sql.statement("SELECT * FROM messages WHERE app_id = ? AND id = ?").get(appId, id) as
      | Row
      | undefined
    return row && hydrateMessages(this.sql, [row])[0]
  }

  async getMany(appId: number, ids: ReadonlyArray<string>): Promise<ReadonlyArray<MessageRecord>> {
    if (ids.length === 0) return []
    const rows = this.sql
      .statement(
        "SELECT * FROM messages WHERE app_id = ? AND id IN (SELECT value FROM json_each(?)) ORDER BY date_sent, id",
      )
      .all(appId, JSON.stringify(ids)) as Row[]
    return hydrateMessages(this.sql, rows)
  }

  async list(query: MessageQuery): Promise<ReadonlyArray<MessageRecord>> {
    // The dialog's app and the viewer's cleared point, read once: the page query then walks the
    // history index (dialog, date_sent, id) in order, with no per-row lookup of the occupant.
    const dialog = this.sql
      .statement(
        `SELECT d.app_id, coalesce(o.cleared_seq, 0) AS cleared_seq FROM dialogs d
         LEFT JOIN dialog_occupants o ON o.dialog_id = d.id AND o.user_id = ? WHERE d.id = ?`,
      )
      .get(query.viewerId, query.dialogId) as { app_id: number; cleared_seq: number } | undefined
    if (dialog === undefined || dialog.app_id !== query.appId) return []
    const where = ["m.dialog_id = ?", ...pageVisibleTo]
    const args: SqlValue[] = [query.dialogId, dialog.cleared_seq, query.viewerId]
    if (query.lastN !== undefined) {
      where.push(
        "m.seq IN (SELECT seq FROM messages WHERE dialog_id = ? ORDER BY date_sent DESC, id DESC LIMIT ?)",
      )
      args.push(query.dialogId, query.lastN)
    }
    const columnOf = messageColumn(query.viewerId)
    for (const filter of query.filters) {
      const compiled =
        filter.field === "attachments.type" ? attachmentFilter(filter) : filterSql([filter], columnOf)
      where.push(...(typeof compiled.where === "string" ? [compiled.where] : compiled.where))
      args.push(...compiled.args)
    }
    const sort = query.sort ?? { field: "date_sent", direction: "asc" }
    const direction = sort.direction.toUpperCase()
    const text = `SELECT m.* FROM messages m WHERE ${where.join(" AND ")}
       ORDER BY ${sortColumns[sort.field]} ${direction}, m.id ${direction} LIMIT ? OFFSET ?`
    // Filters can put values in the SQL text (a viewer id, a list of attachment types): those are
    // compiled per call so the statement cache does not grow without bound.
    const statement = query.filters.length === 0 ? this.sql.statement(text) : this.sql.db.prepare(text)
    const rows = statement.all(...args, query.limit, query.offset) as Row[]
    return hydrateMessages(this.sql, rows)
  }

  async mark(
    appId: number,
    userId: number,
    dialogId: string,
    ids: ReadonlyArray<string> | "all",
    marker: "read" | "delivered",
  ): Promise<ReadonlyArray<MessageRecord>> {
    return this.sql.transaction(() => {
      const targets =
        ids === "all"
          ? (this.sql
              .statement(
                `SELECT m.seq FROM messages m WHERE m.app_id = ? AND m.dialog_id = ? AND m.sender_id != ? AND ${visibleTo}`,
              )
              .all(appId, dialogId, userId, userId, userId) as Array<{ seq: number }>)
          : (this.sql
              // Each id is looked up by its unique (app_id, id) index, then checked: O(ids), whatever the
              // dialog's size (left to itself SQLite would walk the dialog's index instead).
              .statement(
                `SELECT m.seq FROM json_each(?) j CROSS JOIN messages m
                 WHERE m.app_id = ? AND m.id = j.value AND +m.dialog_id = ? AND +m.sender_id != ?`,
              )
              .all(JSON.stringify([...new Set(ids)]), appId, dialogId, userId) as Array<{ seq: number }>)
      if (targets.length === 0) return []
      const seqs = JSON.stringify(targets.map((target) => target.seq))
      const delivered = this.sql
        .statement(
          "INSERT OR IGNORE INTO message_deliveries (message_seq, user_id) SELECT value, ? FROM json_each(?) RETURNING message_seq",
        )
        .all(userId, seqs) as Array<{ message_seq: number }>
      if (marker === "delivered")
        return hydrateMessages(this.sql, this.rowsBySeq(delivered.map((row) => row.message_seq)))
      const read = (
        this.sql
          .statement(
            "INSERT OR IGNORE INTO message_reads (message_seq, user_id) SELECT value, ? FROM json_each(?) RETURNING message_seq",
          )
          .all(userId, seqs) as Array<{ message_seq: number }>
      ).map((row) => row.message_seq)
      if (read.length > 0) {
        // Only messages that counted as unread lower the counter (after the member's unread point, not hidden).
        this.sql
          .statement(
            `UPDATE dialog_occupants SET unread_count = max(0, unread_count - (
               SELECT count(*) FROM json_each(?) j WHERE j.value > dialog_occupants.unread_after_seq
                 AND NOT EXISTS (SELECT 1 FROM message_hidden h WHERE h.message_seq = j.value AND h.user_id = dialog_occupants.user_id)))
             WHERE dialog_id = ? AND user_id = ?`,
          )
          .run(JSON.stringify(read), dialogId, userId)
      }
      return hydrateMessages(this.sql, this.rowsBySeq(read))
    })
  }

  async edit(
    appId: number,
    id: string,
    body: string,
  ): Promise<{ message: MessageRecord; dialog: DialogRecord } | undefined> {
    return this.sql.transaction(() => {
      const row = this.sql
        .statement("UPDATE messages SET body = ?, updated_at = ? WHERE app_id = ? AND id = ? RETURNING *")
        .get(body, Date.now(), appId, id) as Row | undefined
      if (row === undefined) return undefined
      const dialogId = String(row.dialog_id)
      this.sql
        .statement("UPDATE dialogs SET last_message = ? WHERE app_id = ? AND id = ? AND last_message_id = ?")
        .run(body, appId, dialogId, id)
      return {
        message: hydrateMessages(this.sql, [row])[0]!,
        dialog: selectDialog(this.sql, appId, dialogId)!,
      }
    })
  }

  async deleteForEveryone(appId: number, id: string): Promise<DialogRecord | undefined> {
    return this.sql.transaction(() => {
      const row = this.sql
        .statement("SELECT seq, dialog_id, sender_id FROM messages WHERE app_id = ? AND id = ?")
        .get(appId, id) as { seq: number; dialog_id: string; sender_id: number } | undefined
      if (row === undefined) return undefined
      // Whoever still counted it as unread gets one less.
      this.sql
        .statement(
          `UPDATE dialog_occupants SET unread_count = max(0, unread_count - 1)
           WHERE dialog_id = ? AND user_id != ? AND unread_after_seq < ?
             AND NOT EXISTS (SELECT 1 FROM message_reads r WHERE r.message_seq = ? AND r.user_id = dialog_occupants.user_id)
             AND NOT EXISTS (SELECT 1 FROM message_hidden h WHERE h.message_seq = ? AND h.user_id = dialog_occupants.user_id)`,
        )
        .run(row.dialog_id, row.sender_id, row.seq, row.seq, row.seq)
      this.sql.statement("DELETE FROM messages WHERE seq = ?").run(row.seq)
      this.sql
        .statement(
          `UPDATE dialogs SET pinned_message_ids = (SELECT json_group_array(value) FROM json_each(dialogs.pinned_message_ids) WHERE value != ?)
           WHERE app_id = ? AND id = ? AND EXISTS (SELECT 1 FROM json_each(dialogs.pinned_message_ids) WHERE value = ?)`,
        )
        .run(id, appId, row.dialog_id, id)
      const dialog = selectDialog(this.sql, appId, row.dialog_id)!
      if (dialog.lastMessageId === id) {
        const last = this.sql
          .statement(
            "SELECT id, body, sender_id, date_sent FROM messages WHERE dialog_id = ? ORDER BY seq DESC LIMIT 1",
          )
          .get(row.dialog_id) as Row | undefined
        this.sql
          .statement(
            "UPDATE dialogs SET last_message = ?, last_message_id = ?, last_message_user_id = ?, last_message_date_sent = ? WHERE id = ?",
          )
          .run(
            last?.body ?? null,
            last?.id ?? null,
            last?.sender_id ?? null,
            last?.date_sent ?? null,
            row.dialog_id,
          )
      }
      return selectDialog(this.sql, appId, row.dialog_id)
    })
  }

  async deleteAll(appId: number, dialogId: string): Promise<ReadonlyArray<string>> {
    return this.sql.transaction(() => {
      const ids = this.sql
        .statement("DELETE FROM messages WHERE app_id = ? AND dialog_id = ? RETURNING id")
        .all(appId, dialogId) as Array<{ id: string }>
      this.sql.statement("UPDATE dialog_occupants SET unread_count = 0 WHERE dialog_id = ?").run(dialogId)
      this.sql
        .statement(
          `UPDATE dialogs SET pinned_message_ids = '[]', last_message = NULL, last_message_id = NULL, last_message_user_id = NULL,
             last_message_date_sent = NULL, updated_at = ? WHERE app_id = ? AND id = ?`,
        )
        .run(Date.now(), appId, dialogId)
      return ids.map((row) => row.id)
    })
  }

  async hide(appId: number, id: string, userId: number): Promise<void> {
    this.sql.transaction(() => {
      const row = this.sql
        .statement("SELECT seq, dialog_id, sender_id FROM messages WHERE app_id = ? AND id = ?")
        .get(appId, id) as { seq: number; dialog_id: string; sender_id: number } | undefined
      if (row === undefined) return
      const hidden = this.sql
        .statement("INSERT OR IGNORE INTO message_hidden (message_seq, user_id) VALUES (?, ?)")
        .run(row.seq, userId)
      if (hidden.changes === 0 || row.sender_id === userId) return
      this.sql
        .statement(
          `UPDATE dialog_occupants SET unread_count = max(0, unread_count - 1)
           WHERE dialog_id = ? AND user_id = ? AND unread_after_seq < ?
             AND NOT EXISTS (SELECT 1 FROM message_reads r WHERE r.message_seq = ? AND r.user_id = ?)`,
        )
        .run(row.dialog_id, userId, row.seq, row.seq, userId)
    })
  }

  async react(
    appId: number,
    id: string,
    userId: number,
    add: string | null,
    remove: string | null,
  ): Promise<{ added: string | null; removed: string | null }> {
    return this.sql.transaction(() => {
      const message = this.sql
        .statement("SELECT seq FROM messages WHERE app_id = ? AND id = ?")
        .get(appId, id) as { seq: number } | undefined
      if (message === undefined) return { added: null, removed: null }
      const current = (
        this.sql
          .statement("SELECT reaction FROM message_reactions WHERE message_seq = ? AND user_id = ?")
          .get(message.seq, userId) as { reaction: string } | undefined
      )?.reaction
      if (add !== null) {
        if (current === add) return { added: null, removed: null }
        this.sql
          .statement(
            `INSERT INTO message_reactions (message_seq, user_id, reaction, created_at) VALUES (?, ?, ?, ?)
             ON CONFLICT (message_seq, user_id) DO UPDATE SET reaction = excluded.reaction, created_at = excluded.created_at`,
          )
          .run(message.seq, userId, add, Date.now())
        return { added: add, removed: current ?? null }
      }
      if (remove !== null && current === remove) {
        this.sql
          .statement("DELETE FROM message_reactions WHERE message_seq = ? AND user_id = ?")
          .run(message.seq, userId)
        return { added: null, removed: remove }
      }
      return { added: null, removed: null }
    })
  }

  async search(query: MessageSearch): Promise<ReadonlyArray<MessageRecord>> {
    if (query.words.length === 0 || query.dialogIds?.length === 0) return []
    const within =
      query.dialogIds === undefined
        ? "m.dialog_id IN (SELECT o.dialog_id FROM dialog_occupants o WHERE o.app_id = ? AND o.user_id = ? AND o.hidden = 0)"
        : "m.dialog_id IN (SELECT value FROM json_each(?))"
    const withinArgs =
      query.dialogIds === undefined ? [query.appId, query.userId] : [JSON.stringify(query.dialogIds)]
    const rows = this.sql
      .statement(
        `SELECT m.* FROM messages_fts f JOIN messages m ON m.seq = f.rowid
         WHERE messages_fts MATCH ? AND m.app_id = ? AND ${within} AND ${visibleTo}
           AND m.date_sent >= ? AND m.date_sent <= ?
         ORDER BY m.date_sent DESC, m.id DESC LIMIT ?`,
      )
      .all(
        matchExpression(query.words),
        query.appId,
        ...withinArgs,
        query.userId,
        query.userId,
        query.from ?? 0,
        query.to ?? Number.MAX_SAFE_INTEGER,
        query.limit,
      ) as Row[]
    return hydrateMessages(this.sql, rows)
  }

  private rowsBySeq(seqs: ReadonlyArray<number>): Row[] {
    if (seqs.length === 0) return []
    return this.sql
      .statement(
        "SELECT * FROM messages WHERE seq IN (SELECT value FROM json_each(?)) ORDER BY date_sent, id",
      )
      .all(JSON.stringify(seqs)) as Row[]
  }
}
