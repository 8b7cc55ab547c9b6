import { objectId } from "../../ids.ts"
import type {
  DialogChanges,
  DialogQuery,
  DialogsStore,
  NewDialog,
  Occupancy,
  UnreadCounts,
} from "../DialogsStore.ts"
import type { DialogRecord, DialogView } from "../records.ts"
import { type Row, selectDialog, toView, viewSelect } from "./dialogRows.ts"
import { type FilterColumn, filterSql, type SqlValue } from "./filterSql.ts"
import type { SqliteDatabase } from "./SqliteDatabase.ts"

const filterColumns: Record<string, FilterColumn> = {
  _id: { expr: "d.id", numeric: false },
  type: { expr: "d.type", numeric: true },
  name: { expr: "d.name", numeric: false },
  last_message_date_sent: { expr: "d.last_message_date_sent", numeric: true },
  created_at: { expr: "(d.created_at / 1000)", numeric: true },
  updated_at: { expr: "(d.updated_at / 1000)", numeric: true },
}

const columnOf = (field: string): FilterColumn => {
  if (field.startsWith("extensions.")) {
    // The key is one of the app's allowed names (checked by the caller); quoted as a JSON path anyway.
    const key = field.slice("extensions.".length).replace(/["\\]/g, "")
    return { expr: `json_extract(d.extensions, '$."${key.replace(/'/g, "''")}"')`, numeric: false }
  }
  const column = filterColumns[field]
  if (column === undefined) throw new Error(`Unknown dialog filter field ${field}`)
  return column
}

const sortColumns: Record<string, string> = {
  last_message_date_sent: "d.last_message_date_sent",
  created_at: "d.created_at",
  updated_at: "d.updated_at",
  _id: "d.id",
  name: "d.name",
}

const pairOf = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`)

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (char) => `\\${char}`)

const unique = <A>(values: ReadonlyArray<A>) => [...new Set(values)]

export class SqliteDialogsStore implements DialogsStore {
  private readonly sql: SqliteDatabase

  constructor(sql: SqliteDatabase) {
    this.sql = sql
  }

  async create(dialog: NewDialog): Promise<DialogRecord> {
    return this.sql.transaction(() => this.insert(dialog, null))
  }

  async privateDialog(
    appId: number,
    userId: number,
    peerId: number,
  ): Promise<{ dialog: DialogRecord; created: boolean }> {
    return this.sql.transaction(() => {
      const pair = pairOf(userId, peerId)
      const existing = this.sql
        .statement("SELECT id FROM dialogs WHERE app_id = ? AND private_pair = ?")
        .get(appId, pair) as { id: string } | undefined
      if (existing !== undefined) {
        // Every 1-1 message comes through here: write only when there is something to show again
        // (a transaction that writes nothing commits nothing).
        this.sql
          .statement(
            "UPDATE dialog_occupants SET hidden = 0 WHERE dialog_id = ? AND user_id = ? AND hidden = 1",
          )
          .run(existing.id, userId)
        return { dialog: this.load(appId, existing.id)!, created: false }
      }
      const dialog = this.insert(
        {
          appId,
          type: 3,
          ownerId: userId,
          name: null,
          description: null,
          photo: null,
          occupantIds: [userId, peerId],
          adminIds: [],
          extensions: null,
          permissions: null,
        },
        pair,
      )
      return { dialog, created: true }
    })
  }

  async privateDialogId(appId: number, userId: number, peerId: number): Promise<string | undefined> {
    const row = this.sql
      .statement("SELECT id FROM dialogs WHERE app_id = ? AND private_pair = ?")
      .get(appId, pairOf(userId, peerId)) as { id: string } | undefined
    return row?.id
  }

  async get(appId: number, id: string): Promise<DialogRecord | undefined> {
    return this.load(appId, id)
  }

  async occupancy(appId: number, dialogId: string, userId: number): Promise<Occupancy | undefined> {
    const row = this.sql
      .statement(
        "SELECT unread_count, notifications, hidden FROM dialog_occupants WHERE dialog_id = ? AND user_id = ? AND app_id = ?",
      )
      .get(dialogId, userId, appId) as Row | undefined
    if (row === undefined) return undefined
    return {
      unreadCount: Number(row.unread_count),
      notificationsEnabled: row.notifications === 1,
      hidden: row.hidden === 1,
    }
  }

  async view(appId: number, dialogId: string, viewerId: number): Promise<DialogView | undefined> {
    const row = this.sql
      .statement(`${viewSelect("LEFT JOIN")} WHERE d.app_id = ? AND d.id = ?`)
      .get(viewerId, viewerId, appId, dialogId) as Row | undefined
    return row && toView(row)
  }

  async views(
    appId: number,
    dialogIds: ReadonlyArray<string>,
    viewerId: number,
  ): Promise<ReadonlyArray<DialogView>> {
    if (dialogIds.length === 0) return []
    const rows = this.sql
      .statement(`${viewSelect("LEFT JOIN")} WHERE d.app_id = ? AND d.id IN (SELECT value FROM json_each(?))`)
      .all(viewerId, viewerId, appId, JSON.stringify(dialogIds)) as Row[]
    const byId = new Map(rows.map((row) => [String(row.id), toView(row)]))
    return dialogIds.flatMap((id) => byId.get(id) ?? [])
  }

  async list(query: DialogQuery): Promise<{ items: ReadonlyArray<DialogView>; total: number }> {
    const { where, args } = this.listWhere(query)
    const total = (
      this.sql.db
        .prepare(
          `SELECT count(*) AS n FROM dialogs d JOIN dialog_occupants v ON v.dialog_id = d.id AND v.user_id = ? WHERE ${where}`,
        )
        .get(query.userId, ...args) as { n: number }
    ).n
    const sort = query.sort
    const order =
      sort === undefined
        ? "d.updated_at DESC, d.id DESC"
        : `${sortColumns[sort.field]} ${sort.direction.toUpperCase()}, d.id ${sort.direction.toUpperCase()}`
    const rows = this.sql.db
      .prepare(`${viewSelect("JOIN")} WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(query.userId, query.userId, ...args, query.limit, query.offset) as Row[]
    return { items: rows.map(toView), total }
  }

  async count(query: Omit<DialogQuery, "limit" | "offset" | "sort">): Promise<number> {
    const { where, args } = this.listWhere(query)
    return (
      this.sql.db
        .prepare(
          `SELECT count(*) AS n FROM dialogs d JOIN dialog_occupants v ON v.dialog_id = d.id AND v.user_id = ? WHERE ${where}`,
        )
        .get(query.userId, ...args) as { n: number }
    ).n
  }

  async update(appId: number, id: string, changes: DialogChanges): Promise<DialogRecord | undefined> {
    return this.sql.transaction(() => {
      const current = this.load(appId, id)
      if (current === undefined) return undefined
      const now = Date.now()
      const sets: string[] = []
      const values: SqlValue[] = []
      const set = (column: string, value: SqlValue) => {
        sets.push(`${column} = ?`)
        values.push(value)
      }
      if (changes.name !== undefined) set("name", changes.name)
      if (changes.description !== undefined) set("description", changes.description)
      if (changes.photo !== undefined) set("photo", changes.photo)
      if (changes.extensions !== undefined)
        set("extensions", changes.extensions === null ? null : JSON.stringify(changes.extensions))
      if (changes.permissions !== undefined) {
        set("allow_preview", changes.permissions === null ? null : changes.permissions.allowPreview ? 1 : 0)
      }
      for (const userId of changes.addOccupants ?? []) this.join(id, appId, userId, now)
      const removed = new Set(changes.removeOccupants ?? [])
      for (const userId of removed) {
        this.sql.statement("DELETE FROM dialog_occupants WHERE dialog_id = ? AND user_id = ?").run(id, userId)
      }
      let admins = current.adminIds.filter((adminId) => !(changes.removeAdmins ?? []).includes(adminId))
      // Leaving a members-only dialog ends adminship; public admins need not be subscribers.
      if (current.type !== 4) admins = admins.filter((adminId) => !removed.has(adminId))
      admins = unique([...admins, ...(changes.addAdmins ?? [])])
      if (admins.join() !== current.adminIds.join()) set("admin_ids", JSON.stringify(admins))
      const removePinned = new Set(changes.removePinned ?? [])
      const pinned = unique([
        ...current.pinnedMessageIds.filter((pinnedId) => !removePinned.has(pinnedId)),
        ...(changes.addPinned ?? []),
      ])
      if (pinned.join() !== current.pinnedMessageIds.join()) set("pinned_message_ids", JSON.stringify(pinned))
      set("updated_at", now)
      this.sql.db
        .prepare(`UPDATE dialogs SET ${sets.join(", ")} WHERE app_id = ? AND id = ?`)
        .run(...values, appId, id)
      return this.load(appId, id)
    })
  }

  async delete(appId: number, id: string): Promise<boolean> {
    return this.sql.transaction(
      () => this.sql.statement("DELETE FROM dialogs WHERE app_id = ? AND id = ?").run(appId, id).changes > 0,
    )
  }

  async hide(appId: number, id: string, userId: number): Promise<void> {
    this.sql.transaction(() => {
      this.clear(id, userId)
      this.sql
        .statement(
          "UPDATE dialog_occupants SET hidden = 1 WHERE dialog_id = ? AND user_id = ? AND app_id = ?",
        )
        .run(id, userId, appId)
    })
  }

  async clearHistory(appId: number, id: string, userId: number): Promise<void> {
    this.sql.transaction(() => {
      if (this.load(appId, id) !== undefined) this.clear(id, userId)
    })
  }

  async setNotifications(appId: number, id: string, userId: number, enabled: boolean): Promise<void> {
    this.sql
      .statement(
        "UPDATE dialog_occupants SET notifications = ? WHERE dialog_id = ? AND user_id = ? AND app_id = ?",
      )
      .run(enabled ? 1 : 0, id, userId, appId)
  }

  async occupantIds(
    appId: number,
    id: string,
    limit: number,
    offset: number,
  ): Promise<ReadonlyArray<number>> {
    const rows = this.sql
      .statement(
        "SELECT user_id FROM dialog_occupants WHERE dialog_id = ? AND app_id = ? ORDER BY user_id LIMIT ? OFFSET ?",
      )
      .all(id, appId, limit, offset) as Array<{ user_id: number }>
    return rows.map((row) => row.user_id)
  }

  async unreadCounts(appId: number, userId: number, dialogIds: ReadonlyArray<string>): Promise<UnreadCounts> {
    const total = this.sql
      .statement(
        "SELECT coalesce(sum(unread_count), 0) AS n FROM dialog_occupants WHERE app_id = ? AND user_id = ? AND hidden = 0",
      )
      .get(appId, userId) as { n: number }
    const rows = this.sql
      .statement(
        "SELECT dialog_id, unread_count FROM dialog_occupants WHERE app_id = ? AND user_id = ? AND dialog_id IN (SELECT value FROM json_each(?))",
      )
      .all(appId, userId, JSON.stringify(dialogIds)) as Array<{ dialog_id: string; unread_count: number }>
    const byDialog: Record<string, number> = Object.fromEntries(dialogIds.map((id) => [id, 0]))
    for (const row of rows) byDialog[row.dialog_id] = row.unread_count
    return { total: total.n, byDialog }
  }

  async searchByName(
    appId: number,
    userId: number,
    text: string,
    dialogIds: ReadonlyArray<string> | undefined,
    limit: number,
  ): Promise<ReadonlyArray<DialogView>> {
    const within = dialogIds === undefined ? "" : "AND d.id IN (SELECT value FROM json_each(?))"
    const args: SqlValue[] = [userId, userId, appId, `%${escapeLike(text)}%`]
    if (dialogIds !== undefined) args.push(JSON.stringify(dialogIds))
    const rows = this.sql
      .statement(
        `${viewSelect("LEFT JOIN")} WHERE d.app_id = ? AND d.name LIKE ? ESCAPE '\\' ${within}
           AND ((v.user_id IS NOT NULL AND v.hidden = 0) OR d.type = 4)
         ORDER BY d.updated_at DESC, d.id DESC LIMIT ?`,
      )
      .all(...args, limit) as Row[]
    return rows.map(toView)
  }

  private load(appId: number, id: string): DialogRecord | undefined {
    return selectDialog(this.sql, appId, id)
  }

  private insert(dialog: NewDialog, privatePair: string | null): DialogRecord {
    const now = Date.now()
    const id = objectId()
    this.sql
      .statement(
        `INSERT INTO dialogs (id, app_id, type, owner_id, name, description, photo, admin_ids, extensions, allow_preview,
           private_pair, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        dialog.appId,
        dialog.type,
        dialog.ownerId,
        dialog.name,
        dialog.description,
        dialog.photo,
        JSON.stringify(unique(dialog.adminIds)),
        dialog.extensions === null ? null : JSON.stringify(dialog.extensions),
        dialog.permissions === null ? null : dialog.permissions.allowPreview ? 1 : 0,
        privatePair,
        now,
        now,
      )
    for (const userId of unique(dialog.occupantIds)) this.join(id, dialog.appId, userId, now)
    return this.load(dialog.appId, id)!
  }

  /** Adds a member; messages already there count as read for them (unread starts at 0). */
  private join(dialogId: string, appId: number, userId: number, now: number): void {
    this.sql
      .statement(
        `INSERT INTO dialog_occupants (dialog_id, user_id, app_id, unread_after_seq, joined_at)
         VALUES (?, ?, ?, (SELECT coalesce(max(seq), 0) FROM messages WHERE dialog_id = ?), ?)
         ON CONFLICT (dialog_id, user_id) DO NOTHING`,
      )
      .run(dialogId, userId, appId, dialogId, now)
  }

  private clear(dialogId: string, userId: number): void {
    this.sql
      .statement(
        `UPDATE dialog_occupants SET unread_count = 0,
           cleared_seq = (SELECT coalesce(max(seq), 0) FROM messages WHERE dialog_id = ?),
           unread_after_seq = (SELECT coalesce(max(seq), 0) FROM messages WHERE dialog_id = ?)
         WHERE dialog_id = ? AND user_id = ?`,
      )
      .run(dialogId, dialogId, dialogId, userId)
  }

  private listWhere(query: Omit<DialogQuery, "limit" | "offset" | "sort">): {
    where: string
    args: SqlValue[]
  } {
    const compiled = filterSql(query.filters, columnOf)
    return {
      where: ["d.app_id = ?", "v.hidden = 0", ...compiled.where].join(" AND "),
      args: [query.appId, ...compiled.args],
    }
  }
}
