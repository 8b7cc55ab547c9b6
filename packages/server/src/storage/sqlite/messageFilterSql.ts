import type { FieldFilter } from "../FieldFilter.ts"
import { type FilterColumn, filterSql, type SqlValue } from "./filterSql.ts"

/** Message list filters and search as SQL over `messages m`. */

export const sortColumns = {
  date_sent: "m.date_sent",
  _id: "m.id",
  created_at: "m.created_at",
  updated_at: "m.updated_at",
} as const

export const messageColumn =
  (viewerId: number) =>
  (field: string): FilterColumn => {
    switch (field) {
      case "_id":
        return { expr: "m.id", numeric: false }
      case "message":
        return { expr: "m.body", numeric: false }
      case "date_sent":
        return { expr: "m.date_sent", numeric: true }
      case "sender_id":
        return { expr: "m.sender_id", numeric: true }
      case "recipient_id":
        return { expr: "m.recipient_id", numeric: true }
      case "updated_at":
        return { expr: "(m.updated_at / 1000)", numeric: true }
      case "read":
        // viewerId is an integer from the session, never request text.
        return {
          expr: `EXISTS (SELECT 1 FROM message_reads r WHERE r.message_seq = m.seq AND r.user_id = ${Math.trunc(viewerId)})`,
          numeric: true,
        }
      default:
        throw new Error(`Unknown message filter field ${field}`)
    }
  }

/** `attachments.type` matches when any attachment matches; negative operators when none does. */
export const attachmentFilter = (filter: FieldFilter): { where: string; args: SqlValue[] } => {
  const inner = { expr: "json_extract(a.value, '$.type')", numeric: false }
  const negative = filter.op === "ne" || filter.op === "nin"
  const positive: FieldFilter = {
    ...filter,
    op: filter.op === "ne" ? "eq" : filter.op === "nin" ? "in" : filter.op,
  }
  if (filter.op === "all") {
    const values = Array.isArray(filter.value) ? filter.value : [filter.value]
    return {
      where: `(${values.map(() => "EXISTS (SELECT 1 FROM json_each(m.attachments) a WHERE json_extract(a.value, '$.type') = ?)").join(" AND ")})`,
      args: values.map(String),
    }
  }
  const compiled = filterSql([positive], () => inner)
  return {
    where: `${negative ? "NOT " : ""}EXISTS (SELECT 1 FROM json_each(m.attachments) a WHERE ${compiled.where[0]})`,
    args: compiled.args,
  }
}

/** An FTS5 query from plain words: each quoted (no operator can get through) and matched as a prefix. */
export const matchExpression = (words: ReadonlyArray<string>) =>
  words.map((word) => `"${word.replace(/"/g, '""')}"*`).join(" ")
