import type { DialogRecord, DialogType, DialogView, LastMessageStatus } from "../records.ts"
import type { SqlValue } from "./filterSql.ts"
import type { SqliteDatabase } from "./SqliteDatabase.ts"

/** Reading dialog rows: the columns to select (with occupants and the viewer's counters) and the records they make. */

export type Row = Record<string, SqlValue>

const parseJson = <A>(text: SqlValue | undefined, fallback: A): A =>
  typeof text === "string" ? (JSON.parse(text) as A) : fallback

const toDialog = (row: Row): DialogRecord => ({
  id: String(row.id),
  appId: Number(row.app_id),
  type: Number(row.type) as DialogType,
  ownerId: Number(row.owner_id),
  name: row.name as string | null,
  description: row.description as string | null,
  photo: row.photo as string | null,
  occupantIds: parseJson<number[]>(row.occupant_ids, []),
  adminIds: parseJson<number[]>(row.admin_ids, []),
  pinnedMessageIds: parseJson<string[]>(row.pinned_message_ids, []),
  extensions: parseJson<Record<string, string> | null>(row.extensions, null),
  permissions: row.allow_preview === null ? null : { allowPreview: row.allow_preview === 1 },
  lastMessage: row.last_message as string | null,
  lastMessageId: row.last_message_id as string | null,
  lastMessageUserId: row.last_message_user_id as number | null,
  lastMessageDateSent: row.last_message_date_sent as number | null,
  createdAt: Number(row.created_at),
  updatedAt: Number(row.updated_at),
})

export const toView = (row: Row): DialogView => ({
  dialog: toDialog(row),
  unreadCount: row.viewer_unread === null ? null : Number(row.viewer_unread),
  lastMessageStatus: row.last_status as LastMessageStatus | null,
})

/** Every dialog column plus its occupants (ascending); `d` is the dialog. */
export const dialogColumns = `d.*, (SELECT json_group_array(o.user_id ORDER BY o.user_id) FROM dialog_occupants o WHERE o.dialog_id = d.id) AS occupant_ids`

/**
 * Dialog columns plus the viewer's counters; binds the viewer id twice (status, then the join).
 * The last message is "read" once someone besides its sender read it, "delivered" once delivered.
 */
export const viewSelect = (join: "LEFT JOIN" | "JOIN") => `
  SELECT ${dialogColumns}, v.unread_count AS viewer_unread,
    CASE WHEN d.last_message_user_id = ? THEN (
      SELECT CASE
        WHEN EXISTS (SELECT 1 FROM message_reads r WHERE r.message_seq = m.seq AND r.user_id != m.sender_id) THEN 'read'
        WHEN EXISTS (SELECT 1 FROM message_deliveries r WHERE r.message_seq = m.seq AND r.user_id != m.sender_id) THEN 'delivered'
        ELSE 'sent' END
      FROM messages m WHERE m.app_id = d.app_id AND m.id = d.last_message_id) END AS last_status
  FROM dialogs d ${join} dialog_occupants v ON v.dialog_id = d.id AND v.user_id = ?`

/** One dialog with its occupants; shared with the messages store, which returns dialogs it changed. */
export const selectDialog = (sql: SqliteDatabase, appId: number, id: string): DialogRecord | undefined => {
  const row = sql
    .statement(`SELECT ${dialogColumns} FROM dialogs d WHERE d.app_id = ? AND d.id = ?`)
    .get(appId, id) as Row | undefined
  return row && toDialog(row)
}
