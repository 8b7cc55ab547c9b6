/**
 * Typed custom fields: an app declares an Effect Schema for message properties (or dialog extensions) and
 * every value is validated and decoded to its real type, whichever way it travelled. REST gives JSON, but
 * fields stored from chat messages come back as text; the official SDK sends every value as text; our
 * realtime codec keeps numbers, booleans, null and arrays typed (the server then stores arrays as
 * `{_0, _1}` objects). Decoding tries the JSON form first, then the same value read as a tree of strings
 * (`Schema.toCodecStringTree`), so `"42"` becomes `42` exactly where the schema says number.
 *
 * @since 0.1.0
 */
import * as Exit from "effect/Exit"
import * as Schema from "effect/Schema"

/**
 * A schema for custom fields: its decoded type is what the app works with, its JSON form goes on the wire.
 *
 * @since 0.1.0
 * @category models
 */
export type FieldsSchema<A> = Schema.Codec<A, unknown, never, never>

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
  /** Encodes fields to JSON values (message custom fields). */
  readonly encode: (value: A) => Exit.Exit<Record<string, unknown>, string>
  /** Encodes fields to strings (dialog extensions, which servers store as text). */
  readonly encodeStrings: (value: A) => Exit.Exit<Record<string, unknown>, string>
}

const isRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" && u !== null && !Array.isArray(u)

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

// The same tree with empty texts removed: how `null` (and `undefined`) come back from a text-only wire.
const withoutEmpty = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutEmpty)
  if (!isRecord(value)) return value
  const result: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) if (item !== "") result[key] = withoutEmpty(item)
  return result
}

const describe = (cause: unknown): string => String(cause).replace(/^Cause\(\[Fail\(|\)\]\)$/g, "")

/**
 * The codec of a schema (or, without one, fields passed through as they are).
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = <A>(schema: FieldsSchema<A> | undefined): FieldCodec<A> => {
  if (schema === undefined) {
    return {
      decode: (raw) => ({ value: raw as A }),
      encode: (value) => Exit.succeed({ ...(value as Record<string, unknown>) }),
      encodeStrings: (value) => Exit.succeed({ ...(value as Record<string, unknown>) }),
    }
  }
  const json = Schema.toCodecJson(schema)
  const strings = Schema.toCodecStringTree(schema)
  const decodeJson = Schema.decodeUnknownExit(json)
  const decodeStrings = Schema.decodeUnknownExit(strings)
  const encodeJson = Schema.encodeUnknownExit(json)
  const encodeTree = Schema.encodeUnknownExit(strings)
  const asRecord = (exit: Exit.Exit<unknown, unknown>): Exit.Exit<Record<string, unknown>, string> =>
    Exit.isSuccess(exit)
      ? isRecord(exit.value)
        ? Exit.succeed(exit.value)
        : Exit.fail("the schema must describe an object")
      : Exit.fail(describe(exit.cause))
  return {
    decode: (raw) => {
      const direct = decodeJson(raw)
      if (Exit.isSuccess(direct)) return { value: direct.value as A }
      const tree = toStringTree(raw)
      const fromText = decodeStrings(tree)
      if (Exit.isSuccess(fromText)) return { value: fromText.value as A }
      const fromSparse = decodeStrings(withoutEmpty(tree))
      if (Exit.isSuccess(fromSparse)) return { value: fromSparse.value as A }
      return { value: undefined, error: describe(direct.cause) }
    },
    encode: (value) => asRecord(encodeJson(value)),
    encodeStrings: (value) => asRecord(encodeTree(value)),
  }
}
