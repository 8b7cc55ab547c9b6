import { recordFieldPattern } from "../services/recordFields.ts"
import type { DataFilter, DataFilterOp } from "../storage/DataStore.ts"
import { invalid } from "./HttpError.ts"

/** System fields a record search may filter and sort on. */
export const systemRecordFields = new Set(["_id", "_parent_id", "user_id", "created_at", "updated_at"])
const numericSystemFields = new Set(["user_id", "created_at", "updated_at"])

/** Query keys that are not field filters. */
const controlKeys = new Set([
  "limit",
  "skip",
  "sort_asc",
  "sort_desc",
  "count",
  "output",
  "group_by",
  "token",
])
const listOps = new Set<DataFilterOp>(["in", "nin", "all"])
const ops = new Set<DataFilterOp>(["lt", "lte", "gt", "gte", "ne", "in", "nin", "all", "ctn"])
const maxFilters = 20
const maxValues = 100

/** A parsed `GET /data/{className}.json` query. */
export interface RecordQuery {
  readonly filters: ReadonlyArray<DataFilter>
  readonly sort?: { readonly field: string; readonly direction: "asc" | "desc" }
  readonly limit: number
  readonly offset: number
  readonly count: boolean
  readonly output?: { readonly include?: ReadonlyArray<string>; readonly exclude?: ReadonlyArray<string> }
}

/** Short enough to echo back in an error. */
const shown = (name: string) => (name.length > 64 ? `${name.slice(0, 64)}…` : name)

/** A field name a filter, sort or output may use, or a 422. */
export const checkFieldName = (name: string, where: string): string => {
  if (systemRecordFields.has(name) || recordFieldPattern.test(name)) return name
  throw invalid(where, `'${shown(name)}' is not a valid field name`)
}

const scalarText = (field: string, value: unknown): string => {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return String(value)
  throw invalid(field, "must be a single value")
}

const listText = (field: string, value: unknown): string[] => {
  const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(",") : [value]
  const texts = items.map((item) => scalarText(field, item).trim()).filter((item) => item.length > 0)
  if (texts.length > maxValues) throw invalid(field, `takes at most ${maxValues} values`)
  return texts
}

const checkValues = (field: string, values: ReadonlyArray<string>) => {
  if (!numericSystemFields.has(field)) return
  for (const value of values) {
    if (!/^-?\d+(\.\d+)?$/.test(value)) throw invalid(field, `'${shown(value)}' is not a number`)
  }
}

/** The filters of one query key: `f=v`, `f[]=a&f[]=b` (any of), or `f[op]=v`. */
const filtersOf = (field: string, value: unknown): DataFilter[] => {
  if (Array.isArray(value)) return [{ field, op: "in", values: listText(field, value) }]
  if (typeof value !== "object" || value === null)
    return [{ field, op: "eq", values: [scalarText(field, value)] }]
  const entries = Object.entries(value as Record<string, unknown>)
  if (entries.length === 0) throw invalid(field, "needs a value")
  return entries.map(([op, operand]) => {
    if (!ops.has(op as DataFilterOp)) throw invalid(field, `the operator '${shown(op)}' is not supported`)
    const values = listOps.has(op as DataFilterOp) ? listText(field, operand) : [scalarText(field, operand)]
    return { field, op: op as DataFilterOp, values }
  })
}

const integerOf = (value: unknown, fallback: number): number => {
  const number = Number(value ?? fallback)
  return Number.isInteger(number) ? number : fallback
}

const fieldList = (where: string, value: unknown): string[] | undefined => {
  if (value === undefined) return undefined
  if (typeof value !== "string") throw invalid(where, "must be a comma-joined list of fields")
  return value
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name.length > 0)
    .map((name) => checkFieldName(name, where))
}

/** Parses a record search; every field name is validated, unknown operators are refused (422). */
export const parseRecordQuery = (query: Record<string, unknown>): RecordQuery => {
  const filters: DataFilter[] = []
  for (const [key, value] of Object.entries(query)) {
    if (controlKeys.has(key)) continue
    const field = checkFieldName(key, "criteria")
    for (const filter of filtersOf(field, value)) {
      checkValues(field, filter.values)
      filters.push(filter)
    }
  }
  if (filters.length > maxFilters) throw invalid("criteria", `at most ${maxFilters} filters`)
  if (query.group_by !== undefined) throw invalid("group_by", "is not supported by this server")
  let sort: RecordQuery["sort"]
  for (const direction of ["asc", "desc"] as const) {
    const field = query[`sort_${direction}`]
    if (field === undefined) continue
    if (typeof field !== "string") throw invalid(`sort_${direction}`, "must be a field name")
    sort = { field: checkFieldName(field, `sort_${direction}`), direction }
  }
  let limit = Math.min(integerOf(query.limit, 100), 1000)
  if (limit === -1) {
    // `limit=-1` asks for the last record only.
    sort = { field: "_id", direction: "desc" }
    limit = 1
  }
  if (limit < 1) throw invalid("limit", "must be -1 or 1 to 1000")
  const output = query.output as { include?: unknown; exclude?: unknown } | undefined
  const include = fieldList("output", output?.include)
  const exclude = fieldList("output", output?.exclude)
  return {
    filters,
    ...(sort === undefined ? {} : { sort }),
    limit,
    offset: Math.max(integerOf(query.skip, 0), 0),
    count: query.count === 1 || query.count === true || query.count === "1" || query.count === "true",
    ...(include === undefined ? {} : { output: { include } }),
    ...(include === undefined && exclude !== undefined ? { output: { exclude } } : {}),
  }
}
