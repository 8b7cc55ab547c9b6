import { assert, describe, it } from "@effect/vitest"
import { isElementSafe } from "../../src/internal/xmlChars.ts"
import * as Stanza from "../../src/Stanza.ts"

const message = (attrs: Stanza.Attributes, text: string) =>
  Stanza.xml("message", { to: "1-1@chat.example", ...attrs }, Stanza.xml("body", null, text))

describe("isElementSafe", () => {
  it("accepts what XML carries: markup characters, tabs and newlines, paired surrogates", () => {
    const element = message({ id: "a<b>&\"'" }, "line 1\n\tline 2 <x/> & 🙂")
    assert.isTrue(isElementSafe(element))
    assert.strictEqual(isElementSafe(element), Stanza.isXmlSafe(element.toString()))
  })

  it("refuses a control character or a lone surrogate in nested text, an attribute value or a name", () => {
    assert.isFalse(isElementSafe(message({}, "bell \u0007")))
    assert.isFalse(isElementSafe(message({}, "half \ud83d")))
    assert.isFalse(isElementSafe(message({ id: "nul\u0000" }, "ok")))
    assert.isFalse(isElementSafe(Stanza.xml("message", null, Stanza.xml("x\u0001"))))
    assert.isFalse(isElementSafe(Stanza.xml("message", { "k\uffff": "v" })))
  })

  it("skips attributes left out of the serialization", () => {
    assert.isTrue(isElementSafe(message({ type: undefined }, "ok")))
  })
})
