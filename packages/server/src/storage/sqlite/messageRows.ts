import type { Attachment, MessageRecord } from "../records.ts"
import type { SqlValue } from "./filterSql.ts"
import type { SqliteDatabase } from "./SqliteDatabase.ts"

export type Row = Record<string, SqlValue>

/** `'[]'` and `'{}'` are by far the most common stored values: no parser for them. */
const parseJson = (text: string): unknown => (text === "[]" ? [] : text === "{}" ? {} : JSON.parse(text))

/**
 * Rows to records, loading read / delivered / reaction rows of the whole batch in three queries.
 * Each is ordered by its primary key (message_seq, user_id), so SQLite needs no sort for the
 * user ids to come out in order within a message.
 */
export const hydrateMessages = (sql: SqliteDatabase, rows: ReadonlyArray<Row>): MessageRecord[] => {
  if (rows.length === 0) return []
  const seqs = JSON.stringify(rows.map((row) => row.seq))
  const usersBySeq = (table: "message_reads" | "message_deliveries") => {
    const byseq = new Map<number, number[]>()
    const found = sql
      .statement(
        `SELECT message_seq, user_id FROM ${table} WHERE message_seq IN (SELECT value FROM json_each(?)) ORDER BY message_seq, user_id`,
      )
      .all(seqs) as Array<{ message_seq: number; user_id: number }>
    for (const row of found) {
      const list = byseq.get(row.message_seq)
      if (list) list.push(row.user_id)
      else byseq.set(row.message_seq, [row.user_id])
    }
    return byseq
  }
  const reads = usersBySeq("message_reads")
  const deliveries = usersBySeq("message_deliveries")
  const reactions = new Map<number, Record<string, number[]>>()
  const reactionRows = sql
    .statement(
      "SELECT message_seq, user_id, reaction FROM message_reactions WHERE message_seq IN (SELECT value FROM json_each(?)) ORDER BY message_seq, user_id",
    )
    .all(seqs) as Array<{ message_seq: number; user_id: number; reaction: string }>
  for (const row of reactionRows) {
    let byReaction = reactions.get(row.message_seq)
    if (byReaction === undefined) {
      // No prototype: reactions are user text ("__proto__" is a valid reaction here).
      byReaction = Object.create(null) as Record<string, number[]>
      reactions.set(row.message_seq, byReaction)
    }
    // biome-ignore lint/suspicious/noAssignInExpressions: group by reaction
    ;(byReaction[row.reaction] ??= []).push(row.user_id)
  }
  return rows.map((row) => {
    const seq = Number(row.seq)
    return {
      id: String(row.id),
      appId: Number(row.app_id),
      dialogId: String(row.dialog_id),
      senderId: Number(row.sender_id),
      recipientId: Number(row.recipient_id),
      body: row.body as string | null,
      dateSent: Number(row.date_sent),
      attachments: parseJson(String(row.attachments)) as Attachment[],
      custom: parseJson(String(row.custom)) as Record<string, unknown>,
      markable: row.markable === 1,
      readIds: reads.get(seq) ?? [],
      deliveredIds: deliveries.get(seq) ?? [],
      reactions: reactions.get(seq) ?? {},
      createdAt: Number(row.created_at),
      updatedAt: Number(row.updated_at),
    }
  })
}
