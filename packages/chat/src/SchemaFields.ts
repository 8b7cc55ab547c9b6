/**
 * Typed custom fields from Effect Schemas: declare what message properties and dialog extensions hold and
 * every value is validated and decoded to its real type, whichever way it travelled. REST gives JSON, but
 * fields stored from chat messages come back as text; the official SDK sends every value as text; our
 * realtime codec keeps numbers, booleans, null and arrays typed (the server then stores arrays as
 * `{_0, _1}` objects). Decoding tries the JSON form first, then the value read as a tree of strings
 * (`Schema.toCodecStringTree`), so `"42"` becomes `42` exactly where the schema says number.
 *
 * ```ts
 * createChat({ …, schema: chatSchema({ messageProperties: Schema.Struct({ priority: Schema.Number }) }) })
 * ```
 *
 * @since 0.1.0
 */
import * as Exit from "effect/Exit"
import * as Schema from "effect/Schema"
import { type ChatSchema, type FieldCodec, type Outcome, toStringTree, withoutEmpty } from "./CustomFields.ts"

/**
 * A schema for custom fields: its decoded type is what the app works with, its JSON form goes on the wire.
 *
 * @since 0.1.0
 * @category models
 */
export type FieldsSchema<A> = Schema.Codec<A, unknown, never, never>

const isRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" && u !== null && !Array.isArray(u)
const describe = (cause: unknown): string => String(cause).replace(/^Cause\(\[Fail\(|\)\]\)$/g, "")

/**
 * The codec of one schema.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = <A>(schema: FieldsSchema<A>): FieldCodec<A> => {
  const json = Schema.toCodecJson(schema)
  const strings = Schema.toCodecStringTree(schema)
  const decodeJson = Schema.decodeUnknownExit(json)
  const decodeStrings = Schema.decodeUnknownExit(strings)
  const encodeJson = Schema.encodeUnknownExit(json)
  const encodeTree = Schema.encodeUnknownExit(strings)
  const asRecord = (exit: Exit.Exit<unknown, unknown>): Outcome<Record<string, unknown>> =>
    Exit.isSuccess(exit)
      ? isRecord(exit.value)
        ? { ok: true, value: exit.value }
        : { ok: false, error: "the schema must describe an object" }
      : { ok: false, error: describe(exit.cause) }
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

/**
 * The `schema` option of `createChat` from Effect Schemas of message properties and dialog extensions.
 *
 * @since 0.1.0
 * @category constructors
 */
export const chatSchema = <
  P = Readonly<Record<string, unknown>>,
  E = Readonly<Record<string, string>>,
>(schemas: {
  readonly messageProperties?: FieldsSchema<P> | undefined
  readonly dialogExtensions?: FieldsSchema<E> | undefined
}): ChatSchema<P, E> => ({
  ...(schemas.messageProperties === undefined ? {} : { messageProperties: make(schemas.messageProperties) }),
  ...(schemas.dialogExtensions === undefined ? {} : { dialogExtensions: make(schemas.dialogExtensions) }),
})
