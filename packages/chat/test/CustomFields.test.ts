import { assert, describe, it } from "@effect/vitest"
import * as Schema from "effect/Schema"
import * as CustomFields from "../src/CustomFields.ts"
import * as SchemaFields from "../src/SchemaFields.ts"

const Props = Schema.Struct({
  priority: Schema.Number,
  urgent: Schema.optional(Schema.Boolean),
  tags: Schema.optional(Schema.Array(Schema.String)),
  geo: Schema.optional(Schema.Struct({ lat: Schema.Number, lng: Schema.Number })),
  note: Schema.optional(Schema.NullOr(Schema.String)),
  due: Schema.optional(Schema.Date),
})
const codec = SchemaFields.make(Props)

describe("CustomFields", () => {
  it("decodes JSON values as they are (REST created, our realtime codec)", () => {
    const decoded = codec.decode({ priority: 2, urgent: true, tags: ["a", "b"], note: null })
    assert.deepStrictEqual(decoded.value, { priority: 2, urgent: true, tags: ["a", "b"], note: null })
  })

  it("decodes text values to their types (official SDK, fields stored from chat)", () => {
    const decoded = codec.decode({ priority: "2", urgent: "false", geo: { lat: "51.5", lng: "-0.12" } })
    assert.deepStrictEqual(decoded.value, { priority: 2, urgent: false, geo: { lat: 51.5, lng: -0.12 } })
  })

  it("reads arrays the server stored as {_0, _1} objects, and empty text as absent", () => {
    const decoded = codec.decode({ priority: "1", tags: { _0: "x", _1: "y" }, note: "" })
    assert.deepStrictEqual(decoded.value?.tags, ["x", "y"])
  })

  it("round-trips transformed types through the JSON form", () => {
    const due = new Date("2030-01-02T03:04:05.000Z")
    const encoded = codec.encode({ priority: 1, due })
    assert.isTrue(encoded.ok)
    if (!encoded.ok) return
    assert.deepStrictEqual(encoded.value, { priority: 1, due: "2030-01-02T03:04:05.000Z" })
    const decoded = codec.decode(encoded.value)
    assert.strictEqual(decoded.value?.due?.toISOString(), due.toISOString())
  })

  it("reports values that do not match instead of guessing", () => {
    const decoded = codec.decode({ priority: "high" })
    assert.isUndefined(decoded.value)
    assert.include(decoded.error ?? "", "priority")
    assert.isFalse(codec.encode({ priority: "x" } as never).ok)
  })

  it("encodes to strings for dialog extensions", () => {
    const Ext = Schema.Struct({ level: Schema.Number, color: Schema.String })
    const encoded = SchemaFields.make(Ext).encodeStrings({ level: 3, color: "red" })
    assert.deepStrictEqual(encoded.ok ? encoded.value : undefined, { level: "3", color: "red" })
  })

  it("without a schema, fields pass through", () => {
    const plain = CustomFields.passthrough()
    assert.deepStrictEqual(plain.decode({ a: "1" }).value, { a: "1" })
  })
})
