import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as ExtraParams from "../src/ExtraParams.ts"
import * as Stanza from "../src/Stanza.ts"

type V = ExtraParams.Value
const Value: Schema.Codec<V> = Schema.Union([
  Schema.String,
  Schema.Number,
  Schema.Boolean,
  Schema.Null,
  Schema.Array(Schema.suspend(() => Value)),
  Schema.Record(
    Schema.String,
    Schema.suspend(() => Value),
  ),
])
const Params = Schema.Record(Schema.String, Value)

/** Encodes, serialises, parses back (as a receiver would) and decodes. */
const roundTrip = (params: ExtraParams.Params) =>
  ExtraParams.decode(Stanza.parse(ExtraParams.encode(params).toString()))

describe("ExtraParams", () => {
  it.effect.prop("round-trips any JSON-like fields exactly through well-formed XML", [Params], ([params]) =>
    Effect.sync(() => {
      const xml = ExtraParams.encode(params).toString()
      assert.isTrue(Stanza.isXmlSafe(xml))
      assert.deepStrictEqual(roundTrip(params), params)
    }),
  )

  it.effect("writes scalars and nested objects the way the official SDK reads them", () =>
    Effect.sync(() => {
      const xml = ExtraParams.encode({
        save_to_history: "1",
        count: 42,
        flag: true,
        nothing: null,
        nested: { a: "x", b: { c: 2 } },
        list: ["a", 1],
      }).toString()
      assert.strictEqual(
        xml,
        '<extraParams xmlns="jabber:client"><save_to_history>1</save_to_history><count t="n">42</count>' +
          '<flag t="b">true</flag><nothing t="z"/><nested><a>x</a><b><c t="n">2</c></b></nested>' +
          '<list t="a"><_0>a</_0><_1 t="n">1</_1></list></extraParams>',
      )
    }),
  )

  it.effect("writes conventional attachments as <attachment/> attributes and reads numbers back", () =>
    Effect.sync(() => {
      const params = { attachments: [{ uid: "f00d", type: "image", size: 2048, width: 640 }] }
      const xml = ExtraParams.encode(params).toString()
      assert.strictEqual(
        xml,
        '<extraParams xmlns="jabber:client"><attachment uid="f00d" type="image" size="2048" width="640"/></extraParams>',
      )
      assert.deepStrictEqual(roundTrip(params), params)
      assert.deepStrictEqual(ExtraParams.attachments(roundTrip(params)), params.attachments)
    }),
  )

  it.effect("reads what the official SDK writes: strings, nested objects, attachments with an int size", () =>
    Effect.sync(() => {
      const element = Stanza.parse(
        '<extraParams xmlns="jabber:client"><save_to_history>1</save_to_history><dialog_id>abc</dialog_id>' +
          '<attachment type="image" uid="abc123" size="2048" name="cat.png"/>' +
          "<nested_obj><a>1</a><b><c>two</c></b></nested_obj></extraParams>",
      )
      assert.deepStrictEqual(ExtraParams.decode(element), {
        save_to_history: "1",
        dialog_id: "abc",
        nested_obj: { a: "1", b: { c: "two" } },
        attachments: [{ type: "image", uid: "abc123", size: 2048, name: "cat.png" }],
      })
    }),
  )

  it.effect("escapes keys that are not XML names and text XML cannot carry", () =>
    Effect.sync(() => {
      const params = {
        "0": "zero",
        "a b": "\u0001\r\n",
        attachment: "not an attachment",
        "x\\y": "back\\slash",
      }
      const xml = ExtraParams.encode(params).toString()
      assert.isTrue(Stanza.isXmlSafe(xml))
      assert.deepStrictEqual(roundTrip(params), params)
    }),
  )

  it.effect(
    "keeps numbers JSON cannot (NaN, ±Infinity, -0) and text XML cannot (lone surrogates, U+FFFF)",
    () =>
      Effect.sync(() => {
        const params = {
          nan: Number.NaN,
          inf: Number.POSITIVE_INFINITY,
          neg: Number.NEGATIVE_INFINITY,
          zero: -0,
          odd: "\uD800 \uFFFF\t",
        }
        const decoded = roundTrip(params)
        assert.isTrue(Number.isNaN(decoded.nan))
        assert.strictEqual(decoded.inf, Number.POSITIVE_INFINITY)
        assert.strictEqual(decoded.neg, Number.NEGATIVE_INFINITY)
        assert.isTrue(Object.is(decoded.zero, -0))
        assert.strictEqual(decoded.odd, params.odd)
      }),
  )
})
