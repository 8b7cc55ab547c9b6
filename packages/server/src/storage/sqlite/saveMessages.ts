import { MessageIdTaken, type NewMessage, type SaveOutcome } from "../MessagesStore.ts"
import type { DialogRecord, MessageRecord } from "../records.ts"
import { selectDialog } from "./dialogRows.ts"
import { hydrateMessages, type Row } from "./messageRows.ts"
import type { SqliteDatabase } from "./SqliteDatabase.ts"

/** A message of the batch once its own rows are written (or found): its dialog is read at the end. */
type Attempt =
  | {
      readonly ok: true
      readonly message: MessageRecord
      /** The new row's sequence; undefined for a duplicate. */
      readonly seq: number | undefined
      readonly duplicate: boolean
    }
  | { readonly ok: false; readonly error: unknown }

/** What the batch changes in one dialog, applied once after every message's own rows. */
interface DialogChange {
  readonly appId: number
  last: NewMessage
  /** New messages per sender: everyone else's unread count grows by that much. */
  readonly bySender: Map<number, number>
}

const insertMessage = `INSERT INTO messages (id, app_id, dialog_id, sender_id, recipient_id, body, date_sent, attachments,
    custom, markable, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (app_id, id) DO NOTHING RETURNING seq`

/** `'[]'` and `'{}'` are by far the most common values: no serializer for them. */
const json = (value: object): string => {
  if (Array.isArray(value)) return value.length === 0 ? "[]" : JSON.stringify(value)
  for (const _ in value) return JSON.stringify(value)
  return "{}"
}

/**
 * The message already stored under this id: a duplicate from the same sender, `MessageIdTaken`
 * from another. One stored earlier in this batch is taken as the batch made it (its read and
 * delivered rows come at the end of the batch).
 */
const existing = (sql: SqliteDatabase, message: NewMessage, batch: Map<string, MessageRecord>): Attempt => {
  const earlier = batch.get(message.id)
  if (earlier !== undefined) {
    if (earlier.senderId !== message.senderId) return { ok: false, error: new MessageIdTaken(message.id) }
    return { ok: true, message: earlier, seq: undefined, duplicate: true }
  }
  const row = sql
    .statement("SELECT * FROM messages WHERE app_id = ? AND id = ?")
    .get(message.appId, message.id) as Row | undefined
  // The insert conflicted, so the row is there (or another writer broke the transaction's isolation).
  if (row === undefined) return { ok: false, error: new Error(`Message ${message.id} vanished`) }
  if (Number(row.sender_id) !== message.senderId) return { ok: false, error: new MessageIdTaken(message.id) }
  return { ok: true, message: hydrateMessages(sql, [row])[0]!, seq: undefined, duplicate: true }
}

/**
 * One message's row. A failure (id taken, dialog gone) is the message's alone: nothing of it was
 * written (a failing statement undoes itself). Its other rows follow with the batch's.
 */
const attempt = (
  sql: SqliteDatabase,
  message: NewMessage,
  now: number,
  batch: Map<string, MessageRecord>,
): Attempt => {
  let inserted: { seq: number } | undefined
  try {
    inserted = sql
      .statement(insertMessage)
      .get(
        message.id,
        message.appId,
        message.dialogId,
        message.senderId,
        message.recipientId,
        message.body,
        message.dateSent,
        json(message.attachments),
        json(message.custom),
        message.markable ? 1 : 0,
        now,
        now,
      ) as { seq: number } | undefined
  } catch (error) {
    return { ok: false, error }
  }
  if (inserted === undefined) return existing(sql, message, batch)
  // Exactly what hydrating the new row would give, without reading it back.
  const record: MessageRecord = {
    id: message.id,
    appId: message.appId,
    dialogId: message.dialogId,
    senderId: message.senderId,
    recipientId: message.recipientId,
    body: message.body,
    dateSent: message.dateSent,
    attachments: message.attachments,
    custom: message.custom,
    markable: message.markable,
    readIds: [message.senderId],
    deliveredIds: [message.senderId],
    reactions: {},
    createdAt: now,
    updatedAt: now,
  }
  batch.set(message.id, record)
  return { ok: true, message: record, seq: inserted.seq, duplicate: false }
}

/**
 * Per dialog, once for the batch: the last message, everyone's unread counts (all but each
 * message's sender), and a hidden dialog shown again. The same end state as message by message,
 * but a group's occupants are written once per batch rather than once per message.
 */
const applyDialogChanges = (sql: SqliteDatabase, changes: Map<string, DialogChange>, now: number): void => {
  for (const [dialogId, change] of changes) {
    const last = change.last
    sql
      .statement(
        `UPDATE dialogs SET last_message = ?, last_message_id = ?, last_message_user_id = ?, last_message_date_sent = ?,
           updated_at = ? WHERE app_id = ? AND id = ?`,
      )
      .run(last.body, last.id, last.senderId, last.dateSent, now, change.appId, dialogId)
    for (const [senderId, count] of change.bySender) {
      sql
        .statement(
          "UPDATE dialog_occupants SET unread_count = unread_count + ? WHERE dialog_id = ? AND user_id != ?",
        )
        .run(count, dialogId, senderId)
    }
    sql.statement("UPDATE dialog_occupants SET hidden = 0 WHERE dialog_id = ? AND hidden = 1").run(dialogId)
  }
}

/**
 * What every new row of the batch needs beside itself, one statement per table for the whole
 * batch: its sender has read (and has) it, and its body is searchable. FTS5 writes its pending
 * terms out at the end of every statement that touches it, so a row at a time would also make an
 * index segment per row. Rows `first..last` are exactly this transaction's inserts (sequences
 * only grow, and this connection is the only writer).
 */
const completeRows = (sql: SqliteDatabase, first: number, last: number): void => {
  for (const table of ["message_reads", "message_deliveries"]) {
    sql
      .statement(
        `INSERT INTO ${table} (message_seq, user_id) SELECT seq, sender_id FROM messages WHERE seq BETWEEN ? AND ?`,
      )
      .run(first, last)
  }
  sql
    .statement(
      "INSERT INTO messages_fts (rowid, body) SELECT seq, coalesce(body, '') FROM messages WHERE seq BETWEEN ? AND ?",
    )
    .run(first, last)
}

/** The batch in the current transaction: every message's row, their read / delivered / search rows, the dialogs' changes, then the results. */
const saveInTransaction = (sql: SqliteDatabase, messages: ReadonlyArray<NewMessage>): SaveOutcome[] => {
  const now = Date.now()
  const changes = new Map<string, DialogChange>()
  const batch = new Map<string, MessageRecord>()
  let first = 0
  let last = 0
  const attempts = messages.map((message) => {
    const result = attempt(sql, message, now, batch)
    if (result.ok && result.seq !== undefined) {
      if (first === 0) first = result.seq
      last = result.seq
      const change = changes.get(message.dialogId)
      if (change === undefined)
        changes.set(message.dialogId, {
          appId: message.appId,
          last: message,
          bySender: new Map([[message.senderId, 1]]),
        })
      else {
        change.last = message
        change.bySender.set(message.senderId, (change.bySender.get(message.senderId) ?? 0) + 1)
      }
    }
    return result
  })
  if (first !== 0) completeRows(sql, first, last)
  applyDialogChanges(sql, changes, now)
  const dialogs = new Map<string, DialogRecord | undefined>()
  const dialogOf = (message: MessageRecord) => {
    const key = message.dialogId
    if (!dialogs.has(key)) dialogs.set(key, selectDialog(sql, message.appId, key))
    return dialogs.get(key)
  }
  return attempts.map((result): SaveOutcome => {
    if (!result.ok) return result
    const dialog = dialogOf(result.message)
    if (dialog === undefined)
      return { ok: false, error: new Error(`Dialog ${result.message.dialogId} vanished`) }
    return { ok: true, value: { message: result.message, dialog, duplicate: result.duplicate } }
  })
}

/**
 * Stores a batch of messages in one transaction (see `MessagesStore.saveMany`). Each message is
 * checked by its own insert, so no savepoints are needed (they cost more than the message, and
 * make FTS5 write its pending index out each time). Should anything fail but a message's own
 * insert, the batch is rolled back and stored again one message per transaction, so that only
 * the culprit fails.
 */
export const saveMessages = (sql: SqliteDatabase, messages: ReadonlyArray<NewMessage>): SaveOutcome[] => {
  if (messages.length === 0) return []
  try {
    return sql.transaction(() => saveInTransaction(sql, messages))
  } catch (error) {
    if (messages.length === 1) return [{ ok: false, error }]
    return messages.map((message): SaveOutcome => {
      try {
        return sql.transaction(() => saveInTransaction(sql, [message]))[0]!
      } catch (error) {
        return { ok: false, error }
      }
    })
  }
}
