import type { FieldFilter } from "../FieldFilter.ts"

export type SqlValue = string | number | null

/** How a filterable field maps to SQL: an expression over the row, and whether its values are numbers. */
export interface FilterColumn {
  readonly expr: string
  readonly numeric: boolean
}

const comparisons = { lt: "<", lte: "<=", gt: ">", gte: ">=" } as const

/**
 * Turns parsed list filters into a WHERE fragment with bound arguments. Values never reach the
 * SQL text; list operands are bound as one JSON array read by `json_each`.
 */
export const filterSql = (
  filters: ReadonlyArray<FieldFilter>,
  columnOf: (field: string) => FilterColumn,
): { readonly where: string[]; readonly args: SqlValue[] } => {
  const where: string[] = []
  const args: SqlValue[] = []
  for (const filter of filters) {
    const column = columnOf(filter.field)
    const { expr } = column
    const value = filter.value
    const scalar = (Array.isArray(value) ? value[0] : value) as string | number
    switch (filter.op) {
      case "eq":
        where.push(`${expr} = ?`)
        args.push(scalar)
        break
      case "ne":
        where.push(`${expr} IS NOT ?`)
        args.push(scalar)
        break
      case "lt":
      case "lte":
      case "gt":
      case "gte":
        where.push(`${expr} ${comparisons[filter.op]} ?`)
        args.push(scalar)
        break
      case "in":
        where.push(`${expr} IN (SELECT value FROM json_each(?))`)
        args.push(JSON.stringify(Array.isArray(value) ? value : [value]))
        break
      case "nin":
        where.push(`(${expr} IS NULL OR ${expr} NOT IN (SELECT value FROM json_each(?)))`)
        args.push(JSON.stringify(Array.isArray(value) ? value : [value]))
        break
      case "all":
        // A scalar field "contains all" of the values only when every value equals it.
        where.push(
          `(${expr} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM json_each(?) WHERE value IS NOT ${expr}))`,
        )
        args.push(JSON.stringify(Array.isArray(value) ? value : [value]))
        break
      case "ctn":
        where.push(`instr(${expr}, ?) > 0`)
        args.push(String(scalar))
        break
    }
  }
  return { where, args }
}

/** `?, ?, ?` for `count` values. */
export const placeholders = (count: number): string => Array.from({ length: count }, () => "?").join(", ")
