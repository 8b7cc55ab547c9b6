import { objectId } from "../../ids.ts"
import type {
  DataDeleteOutcome,
  DataFilter,
  DataQuery,
  DataRecord,
  DataRecordChange,
  DataStore,
  NewDataRecord,
  RecordPermission,
  RecordPermissions,
} from "../DataStore.ts"
import type { SqliteDatabase } from "./SqliteDatabase.ts"

type Row = Record<string, string | number | null>
type Params = Record<string, string | number | null>

/** Client field names: plain identifiers only, so a JSON path built from one can never escape it. */
const fieldPattern = /^[A-Za-z][A-Za-z0-9_]{0,63}$/

/** System fields a filter or sort may name, and the column each one reads. */
const systemColumns: Record<string, { readonly column: string; readonly numeric: boolean }> = {
  _id: { column: "r.id", numeric: false },
  _parent_id: { column: "r.parent_id", numeric: false },
  user_id: { column: "r.owner_id", numeric: true },
  created_at: { column: "r.created_at", numeric: true },
  updated_at: { column: "r.updated_at", numeric: true },
}

const operators = { eq: "=", lt: "<", lte: "<=", gt: ">", gte: ">=" } as const
const numberPattern = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/

const permissionJson = (permission: RecordPermission) => ({
  access: permission.access,
  ...(permission.userIds === undefined ? {} : { users_ids: permission.userIds }),
  ...(permission.groups === undefined ? {} : { users_groups: permission.groups }),
})

const permissionsJson = (permissions: RecordPermissions) =>
  JSON.stringify({
    read: permissionJson(permissions.read),
    update: permissionJson(permissions.update),
    delete: permissionJson(permissions.delete),
  })

const toPermission = (json: {
  access: RecordPermission["access"]
  users_ids?: number[]
  users_groups?: string[]
}) => ({
  access: json.access,
  ...(json.users_ids === undefined ? {} : { userIds: json.users_ids }),
  ...(json.users_groups === undefined ? {} : { groups: json.users_groups }),
})

const toRecord = (row: Row): DataRecord => {
  const permissions = JSON.parse(String(row.permissions))
  return {
    id: String(row.id),
    appId: Number(row.app_id),
    className: String(row.class_name),
    ownerId: Number(row.owner_id),
    parentId: row.parent_id === null ? null : String(row.parent_id),
    fields: JSON.parse(String(row.fields)),
    permissions: {
      read: toPermission(permissions.read),
      update: toPermission(permissions.update),
      delete: toPermission(permissions.delete),
    },
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  }
}

/** A WHERE clause under construction; every value, JSON path included, is a named parameter. */
class Conditions {
  readonly parts: string[] = []
  readonly params: Params = {}
  private next = 0

  /** A new named parameter holding `value`. */
  param(value: string | number | null): string {
    const name = `p${this.next++}`
    this.params[name] = value
    return `:${name}`
  }
}

/**
 * `value OP s` where the stored JSON value may be a number, boolean or text (query values are always
 * text). Equality matches a number or its text alike; an order comparison with a numeric operand
 * reads numbers only, so "9" never sorts above "10".
 */
const typedCompare = (where: Conditions, value: string, type: string, op: string, text: string): string => {
  const numeric = numberPattern.test(text) && Number.isFinite(Number(text))
  const parts: string[] = []
  if (op === "=" || !numeric) parts.push(`(${type} = 'text' AND ${value} ${op} ${where.param(text)})`)
  if (numeric) {
    parts.push(`(${type} IN ('integer', 'real') AND ${value} ${op} ${where.param(Number(text))})`)
  }
  if (op === "=" && (text === "true" || text === "false")) {
    parts.push(`(${type} IN ('true', 'false') AND ${value} = ${where.param(text === "true" ? 1 : 0)})`)
  }
  return `(${parts.join(" OR ")})`
}

/** Equality with a client field: the value itself, or (as MongoDB does) an element of an array field. */
const fieldEquals = (where: Conditions, path: string, text: string): string => {
  const scalar = typedCompare(
    where,
    `json_extract(r.fields, ${path})`,
    `json_type(r.fields, ${path})`,
    "=",
    text,
  )
  const element = typedCompare(where, "e.value", "e.type", "=", text)
  return `(${scalar} OR (json_type(r.fields, ${path}) = 'array' AND EXISTS (SELECT 1 FROM json_each(r.fields, ${path}) AS e WHERE ${element})))`
}

const fieldCondition = (where: Conditions, filter: DataFilter): string => {
  if (!fieldPattern.test(filter.field)) throw new Error(`Invalid field name`)
  const path = where.param(`$."${filter.field}"`)
  const anyOf = (values: ReadonlyArray<string>) =>
    values.length === 0 ? "0" : `(${values.map((value) => fieldEquals(where, path, value)).join(" OR ")})`
  switch (filter.op) {
    case "eq":
    case "in":
      return anyOf(filter.values)
    case "ne":
    case "nin":
      return `NOT coalesce(${anyOf(filter.values)}, 0)`
    case "all":
      return filter.values.length === 0
        ? "0"
        : `(json_type(r.fields, ${path}) = 'array' AND ${filter.values.map((value) => fieldEquals(where, path, value)).join(" AND ")})`
    case "ctn":
      return `(json_type(r.fields, ${path}) = 'text' AND instr(json_extract(r.fields, ${path}), ${where.param(filter.values[0] ?? "")}) > 0)`
    default: {
      const value = filter.values[0] ?? ""
      return typedCompare(
        where,
        `json_extract(r.fields, ${path})`,
        `json_type(r.fields, ${path})`,
        operators[filter.op],
        value,
      )
    }
  }
}

const systemCondition = (
  where: Conditions,
  filter: DataFilter,
  column: { column: string; numeric: boolean },
) => {
  const operand = (text: string) => {
    if (!column.numeric) return where.param(text)
    const number = Number(text)
    return Number.isFinite(number) && text.trim() !== "" ? where.param(number) : "NULL"
  }
  const anyOf = (values: ReadonlyArray<string>) =>
    values.length === 0 ? "0" : `${column.column} IN (${values.map(operand).join(", ")})`
  switch (filter.op) {
    case "eq":
    case "in":
      return anyOf(filter.values)
    case "ne":
    case "nin":
      return `NOT coalesce(${anyOf(filter.values)}, 0)`
    case "all":
      return "0"
    case "ctn":
      return `instr(${column.column}, ${where.param(filter.values[0] ?? "")}) > 0`
    default:
      return `${column.column} ${operators[filter.op]} ${operand(filter.values[0] ?? "")}`
  }
}

/** Records the actor may read: their own, open ones, and those opened to them by id or tag. */
const readable = (where: Conditions, actor: DataQuery["actor"]) => {
  const me = where.param(actor.userId)
  const tags = where.param(JSON.stringify(actor.tags))
  const access = "json_extract(r.permissions, '$.read.access')"
  return `(r.owner_id = ${me} OR ${access} = 'open'
    OR (${access} = 'open_for_users_ids' AND EXISTS (SELECT 1 FROM json_each(r.permissions, '$.read.users_ids') WHERE value = ${me}))
    OR (${access} = 'open_for_groups' AND EXISTS (
      SELECT 1 FROM json_each(r.permissions, '$.read.users_groups') AS g, json_each(${tags}) AS t WHERE g.value = t.value)))`
}

const whereOf = (query: Omit<DataQuery, "sort" | "limit" | "offset">): Conditions => {
  const where = new Conditions()
  where.parts.push(`r.app_id = ${where.param(query.appId)}`, `r.class_name = ${where.param(query.className)}`)
  where.parts.push(readable(where, query.actor))
  for (const filter of query.filters) {
    const system = systemColumns[filter.field]
    where.parts.push(system ? systemCondition(where, filter, system) : fieldCondition(where, filter))
  }
  return where
}

const placeholders = (count: number) => Array.from({ length: count }, () => "?").join(", ")

export class SqliteDataStore implements DataStore {
  private readonly sql: SqliteDatabase

  constructor(sql: SqliteDatabase) {
    this.sql = sql
  }

  async create(records: ReadonlyArray<NewDataRecord>): Promise<ReadonlyArray<DataRecord>> {
    const now = Math.floor(Date.now() / 1000)
    const insert = this.sql.statement(
      `INSERT INTO data_records (id, app_id, class_name, owner_id, parent_id, fields, permissions, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
    )
    return this.sql.transaction(() =>
      records.map((record) => {
        const row = insert.get(
          objectId(now),
          record.appId,
          record.className,
          record.ownerId,
          record.parentId,
          JSON.stringify(record.fields),
          permissionsJson(record.permissions),
          now,
          now,
        ) as Row
        return toRecord(row)
      }),
    )
  }

  async getMany(
    appId: number,
    className: string,
    ids: ReadonlyArray<string>,
  ): Promise<ReadonlyArray<DataRecord>> {
    return ids.length === 0 ? [] : this.getRows(appId, className, ids)
  }

  async list(query: DataQuery): Promise<ReadonlyArray<DataRecord>> {
    const where = whereOf(query)
    const sort = query.sort ?? { field: "_id", direction: "asc" as const }
    const direction = sort.direction === "desc" ? "DESC" : "ASC"
    const system = systemColumns[sort.field]
    if (system === undefined && !fieldPattern.test(sort.field)) throw new Error("Invalid sort field")
    const key = system ? system.column : `json_extract(r.fields, ${where.param(`$."${sort.field}"`)})`
    const limit = where.param(query.limit)
    const offset = where.param(query.offset)
    const rows = this.sql.db
      .prepare(
        `SELECT r.* FROM data_records AS r WHERE ${where.parts.join(" AND ")}
         ORDER BY ${key} ${direction}, r.id ${direction} LIMIT ${limit} OFFSET ${offset}`,
      )
      .all(where.params) as Row[]
    return rows.map(toRecord)
  }

  async count(query: Omit<DataQuery, "sort" | "limit" | "offset">): Promise<number> {
    const where = whereOf(query)
    const row = this.sql.db
      .prepare(`SELECT count(*) AS n FROM data_records AS r WHERE ${where.parts.join(" AND ")}`)
      .get(where.params) as { n: number }
    return row.n
  }

  async modify(
    appId: number,
    className: string,
    id: string,
    change: (record: DataRecord) => DataRecordChange,
  ): Promise<DataRecord | undefined> {
    return this.sql.transaction(() => {
      const row = this.sql
        .statement("SELECT * FROM data_records WHERE app_id = ? AND class_name = ? AND id = ?")
        .get(appId, className, id) as Row | undefined
      if (row === undefined) return undefined
      const next = change(toRecord(row))
      const updated = this.sql
        .statement(
          "UPDATE data_records SET fields = ?, permissions = ?, updated_at = ? WHERE id = ? RETURNING *",
        )
        .get(
          JSON.stringify(next.fields),
          permissionsJson(next.permissions),
          Math.floor(Date.now() / 1000),
          id,
        ) as Row
      return toRecord(updated)
    })
  }

  async delete(
    appId: number,
    className: string,
    ids: ReadonlyArray<string>,
    may: (record: DataRecord) => boolean,
  ): Promise<DataDeleteOutcome> {
    return this.sql.transaction(() => {
      const found = new Map(
        (ids.length === 0 ? [] : this.getRows(appId, className, ids)).map((r) => [r.id, r]),
      )
      const deleted: string[] = []
      const notFound: string[] = []
      const forbidden: string[] = []
      for (const id of ids) {
        const record = found.get(id)
        if (record === undefined) notFound.push(id)
        else if (!may(record)) forbidden.push(id)
        else deleted.push(id)
      }
      const remove = this.sql.statement("DELETE FROM data_records WHERE app_id = ? AND id = ?")
      const children = this.sql.statement("SELECT id FROM data_records WHERE app_id = ? AND parent_id = ?")
      // Children (in any class) go with their parent, breadth first; `seen` stops cycles.
      const queue = [...deleted]
      const seen = new Set(queue)
      while (queue.length > 0) {
        const id = queue.shift()!
        remove.run(appId, id)
        for (const child of children.all(appId, id) as Array<{ id: string }>) {
          if (!seen.has(child.id)) {
            seen.add(child.id)
            queue.push(child.id)
          }
        }
      }
      return { deleted, notFound, forbidden }
    })
  }

  private getRows(appId: number, className: string, ids: ReadonlyArray<string>): DataRecord[] {
    const rows = this.sql.db
      .prepare(
        `SELECT * FROM data_records WHERE app_id = ? AND class_name = ? AND id IN (${placeholders(ids.length)}) ORDER BY id`,
      )
      .all(appId, className, ...ids) as Row[]
    return rows.map(toRecord)
  }
}
