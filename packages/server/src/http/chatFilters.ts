import { isObjectId } from "../ids.ts"
import type { FieldFilter, FilterOperator, SortOrder } from "../storage/FieldFilter.ts"
import { invalid } from "./HttpError.ts"

/** How a filter field's operands are read: ObjectIds, integers, text, or timestamps (ISO or unix seconds). */
export type FilterKind = "id" | "int" | "text" | "time"

const operators = new Set<FilterOperator>(["lt", "lte", "gt", "gte", "ne", "in", "nin", "all", "ctn"])
const listOperators = new Set<FilterOperator>(["in", "nin", "all"])

/** Unix seconds from an ISO-8601 string or a unix-seconds number (as text or number); undefined when neither. */
export const unixSecondsOf = (value: unknown): number | undefined => {
  if (typeof value === "number" && Number.isFinite(value)) return Math.trunc(value)
  if (typeof value !== "string" || value.trim() === "") return undefined
  const text = value.trim()
  if (/^-?\d+(\.\d+)?$/.test(text)) return Math.trunc(Number(text))
  const ms = Date.parse(text)
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000)
}

const operand = (field: string, kind: FilterKind, value: unknown): string | number => {
  if (typeof value === "object" && value !== null)
    throw invalid(field, "has a nested value where a single value is expected")
  const text = String(value).trim()
  switch (kind) {
    case "id":
      if (!isObjectId(text)) throw invalid(field, `'${String(text).slice(0, 40)}' is not a 24-hex id`)
      return text
    case "int": {
      const number = Number(text)
      if (text === "" || !Number.isSafeInteger(number))
        throw invalid(field, `'${text.slice(0, 40)}' is not an integer`)
      return number
    }
    case "time": {
      const seconds = unixSecondsOf(text)
      if (seconds === undefined)
        throw invalid(field, `'${text.slice(0, 40)}' is not an ISO-8601 time or unix seconds`)
      return seconds
    }
    case "text":
      return String(value)
  }
}

const listOperand = (field: string, kind: FilterKind, value: unknown): Array<string | number> => {
  const parts = Array.isArray(value) ? value : typeof value === "string" ? value.split(",") : [value]
  const items = parts.map((part) => (typeof part === "string" && kind !== "text" ? part.trim() : part))
  const kept =
    kind === "text"
      ? items.map((item) => (typeof item === "string" ? item.trim() : item))
      : items.filter((item) => item !== "")
  if (kept.length === 0) throw invalid(field, "needs at least one value")
  if (kept.length > 500) throw invalid(field, "has too many values (at most 500)")
  return kept.map((item) => operand(field, kind, item))
}

/**
 * Parses `field=value` and `field[op]=value` filters (as qs decoded them) into storage filters.
 * Unknown operators, `ctn` on a non-text field, and operands of the wrong type are 422s.
 */
export const parseFilter = <Field extends string>(
  field: Field,
  kind: FilterKind,
  raw: unknown,
): FieldFilter<Field>[] => {
  if (raw === undefined) return []
  if (Array.isArray(raw)) return [{ field, op: "in", value: listOperand(field, kind, raw) }]
  if (typeof raw !== "object" || raw === null) return [{ field, op: "eq", value: operand(field, kind, raw) }]
  const filters: FieldFilter<Field>[] = []
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
    const op = name as FilterOperator
    if (!operators.has(op)) throw invalid(field, `unknown operator '${name.slice(0, 20)}'`)
    if (op === "ctn" && kind !== "text") throw invalid(field, "ctn applies only to text fields")
    filters.push({
      field,
      op,
      value: listOperators.has(op) ? listOperand(field, kind, value) : operand(field, kind, value),
    })
  }
  if (filters.length === 0) throw invalid(field, "has no value")
  return filters
}

/** `sort_asc` / `sort_desc` (only one), mapped through `fields` (aliases allowed); undefined when absent. */
export const parseSort = <Field extends string>(
  query: Record<string, unknown>,
  fields: Readonly<Record<string, Field>>,
): SortOrder<Field> | undefined => {
  for (const direction of ["asc", "desc"] as const) {
    const name = query[`sort_${direction}`]
    if (name === undefined) continue
    const field = typeof name === "string" && Object.hasOwn(fields, name) ? fields[name] : undefined
    if (field === undefined) throw invalid(`sort_${direction}`, "is not a sortable field")
    return { field, direction }
  }
  return undefined
}

/** A page size: `fallback` when absent, at least 1, at most `max`. */
export const pageLimit = (value: unknown, fallback: number, max: number): number => {
  if (value === undefined) return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) throw invalid("limit", "must be a positive integer")
  return Math.min(number, max)
}

/** A page offset: 0 when absent, never negative. */
export const pageSkip = (value: unknown): number => {
  if (value === undefined) return 0
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0) throw invalid("skip", "must be a non-negative integer")
  return number
}

/** A 0/1 switch as any SDK writes it (`1`, `"1"`, `true`, `"true"`). */
export const isOn = (value: unknown): boolean =>
  value === 1 || value === true || value === "1" || value === "true"
