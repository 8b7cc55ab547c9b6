// The wire encodings of ConnectyCube's REST API (protocol.md §2.1): query strings and DELETE bodies
// are `key[op]=value` pairs sorted by key, nested lists are comma-joined, and only `users/v2` repeats
// `key[]=value` for lists. Bracket characters in keys stay literal, values are percent-encoded.

/** How lists inside a query or form are written. */
export interface SerializeOptions {
  /** Repeat `key[]=v` for every list item instead of one comma-joined `key=a,b` (users/v2 only). */
  readonly arrayBrackets?: boolean
  /** Write booleans as `1`/`0` (the form DELETE flags such as `force` take). */
  readonly numericFlags?: boolean
}

const encodeKey = (key: string): string => encodeURIComponent(key).replace(/%5B/gi, "[").replace(/%5D/gi, "]")

const scalar = (value: unknown, options: SerializeOptions): string => {
  if (value instanceof Date) return value.toISOString()
  if (typeof value === "boolean" && options.numericFlags) return value ? "1" : "0"
  return String(value)
}

const collect = (
  key: string,
  value: unknown,
  options: SerializeOptions,
  out: Array<[string, string]>,
): void => {
  if (value === undefined || value === null) return
  if (Array.isArray(value)) {
    const items = value.filter((item) => item !== undefined && item !== null)
    if (items.length === 0) return
    if (options.arrayBrackets) for (const item of items) out.push([`${key}[]`, scalar(item, options)])
    else out.push([key, items.map((item) => scalar(item, options)).join(",")])
    return
  }
  if (typeof value === "object" && !(value instanceof Date)) {
    for (const [name, inner] of Object.entries(value)) collect(`${key}[${name}]`, inner, options, out)
    return
  }
  out.push([key, scalar(value, options)])
}

/** Serialises parameters as ConnectyCube expects: sorted `key[op]=value` pairs, lists comma-joined. */
export const serializeParams = (params: unknown, options: SerializeOptions = {}): string => {
  if (params === undefined || params === null || typeof params !== "object") return ""
  const pairs: Array<[string, string]> = []
  for (const [name, value] of Object.entries(params)) collect(name, value, options, pairs)
  // A stable sort by key keeps the caller's order inside a repeated `key[]` list.
  pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return pairs.map(([key, value]) => `${encodeKey(key)}=${encodeURIComponent(value)}`).join("&")
}

/** Query serialiser for every GET except users/v2 (`type[in]=2%2C3`). */
export const serializeQuery = (query: unknown): string => serializeParams(query)

/** Query serialiser for `GET /users/v2.json`, which repeats list items (`id[in][]=1&id[in][]=2`). */
export const serializeBracketQuery = (query: unknown): string =>
  serializeParams(query, { arrayBrackets: true })

/**
 * Query serialiser for custom-object lists (`GET /data/{className}.json`): the free-form `criteria`
 * object is a `style: form, explode: true` parameter, so its fields are top-level keys (`age[gt]=28`).
 */
export const serializeRecordQuery = (query: unknown): string => {
  if (query === null || typeof query !== "object" || !("criteria" in query)) return serializeParams(query)
  const { criteria, ...rest } = query as { criteria?: object }
  return serializeParams({ ...criteria, ...rest })
}

/** The query serialiser a path needs: users/v2 repeats list items, custom-object lists flatten `criteria`. */
export const querySerializerFor = (schemaPath: string): ((query: unknown) => string) =>
  schemaPath === "/users/v2.json"
    ? serializeBracketQuery
    : schemaPath.startsWith("/data/")
      ? serializeRecordQuery
      : serializeQuery

/** Body serialiser for DELETE parameters, sent urlencoded (`force=1`), never in the query. */
export const serializeForm = (body: unknown): string => serializeParams(body, { numericFlags: true })

/** Joins an id or a list of ids with commas, for `{ids}` path segments and `chat_dialog_ids`. */
export const joinIds = (ids: string | number | ReadonlyArray<string | number>): string =>
  typeof ids === "string" || typeof ids === "number" ? String(ids) : ids.join(",")

/** Path serialiser: substitutes `{name}` segments, joining id lists with commas. */
export const serializePath = (pathname: string, params: Record<string, unknown>): string =>
  pathname.replace(/\{([^{}]+)\}/g, (match, name: string) => {
    const value = params[name]
    if (value === undefined || value === null) return match
    const text = Array.isArray(value) ? joinIds(value) : String(value)
    return text
      .split(",")
      .map((part) => encodeURIComponent(part))
      .join(",")
  })
