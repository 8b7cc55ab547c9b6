/** Comparison operators of the list endpoints (`field[op]=value`); `eq` is the bare `field=value`. */
export type FilterOperator = "eq" | "lt" | "lte" | "gt" | "gte" | "ne" | "in" | "nin" | "all" | "ctn"

/** One parsed list filter; timestamps are unix seconds, list operators carry an array. */
export interface FieldFilter<Field extends string = string> {
  readonly field: Field
  readonly op: FilterOperator
  readonly value: string | number | ReadonlyArray<string | number>
}

export interface SortOrder<Field extends string = string> {
  readonly field: Field
  readonly direction: "asc" | "desc"
}
