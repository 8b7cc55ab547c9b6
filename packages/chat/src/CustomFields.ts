/**
 * Custom fields (message properties, dialog extensions) as the wire carries them, and the codec seam that
 * turns them into an app's types. Without a codec they pass through as they came. `chatSchema` (in
 * `SchemaFields.ts`) builds codecs from Effect Schemas; it is a separate module so that apps without a
 * schema do not ship Schema.
 *
 * @since 0.1.0
 */

/**
 * An outcome without exceptions: the value, or what was wrong.
 *
 * @since 0.1.0
 * @category models
 */
export type Outcome<A> =
  | { readonly ok: true; readonly value: A }
  | { readonly ok: false; readonly error: string }

/**
 * Decoding and encoding of one kind of custom fields.
 *
 * @since 0.1.0
 * @category models
 */
export interface FieldCodec<A> {
  /** Decodes wire fields: the value, or undefined and why. */
  readonly decode: (raw: Readonly<Record<string, unknown>>) => {
    readonly value: A | undefined
    readonly error?: string
  }
  /** Encodes fields to JSON values (message custom fields); it validates, so it takes any input. */
  readonly encode: (value: unknown) => Outcome<Record<string, unknown>>
  /** Encodes fields to strings (dialog extensions, which servers store as text). */
  readonly encodeStrings: (value: unknown) => Outcome<Record<string, unknown>>
}

/**
 * Codecs of a client: message properties and dialog extensions.
 *
 * @since 0.1.0
 * @category models
 */
export interface ChatSchema<P, E> {
  readonly messageProperties?: FieldCodec<P> | undefined
  readonly dialogExtensions?: FieldCodec<E> | undefined
}

const isRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" && u !== null && !Array.isArray(u)

/**
 * Fields passed through as they came (no schema).
 *
 * @since 0.1.0
 * @category constructors
 */
export const passthrough = <A>(): FieldCodec<A> => ({
  decode: (raw) => ({ value: raw as A }),
  encode: (value) =>
    isRecord(value) ? { ok: true, value: { ...value } } : { ok: false, error: "fields must be an object" },
  encodeStrings: (value) =>
    isRecord(value) ? { ok: true, value: { ...value } } : { ok: false, error: "fields must be an object" },
})

const arrayLike = (value: Record<string, unknown>): ReadonlyArray<unknown> | undefined => {
  const keys = Object.keys(value)
  if (keys.length === 0 || !keys.every((key, index) => key === `_${index}`)) return undefined
  return keys.map((key) => value[key])
}

/**
 * A wire value as a tree of strings: scalars as text, `{_0, _1, …}` objects as arrays, null dropped.
 *
 * @since 0.1.0
 * @category decoding
 */
export const toStringTree = (value: unknown): unknown => {
  if (value === null || value === undefined) return undefined
  if (typeof value === "string") return value
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint")
    return String(value)
  if (Array.isArray(value)) return value.map(toStringTree)
  if (isRecord(value)) {
    const items = arrayLike(value)
    if (items !== undefined) return items.map(toStringTree)
    const result: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) {
      const converted = toStringTree(item)
      if (converted !== undefined) result[key] = converted
    }
    return result
  }
  return String(value)
}

/**
 * The same tree with empty texts removed: how `null` (and `undefined`) come back from a text-only wire.
 *
 * @since 0.1.0
 * @category decoding
 */
export const withoutEmpty = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutEmpty)
  if (!isRecord(value)) return value
  const result: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) if (item !== "") result[key] = withoutEmpty(item)
  return result
}
