import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Stanza from "../src/Stanza.ts"
import * as XmppError from "../src/XmppError.ts"

describe("XmppError", () => {
  it.effect("carries its reason's message and is recovered by reason", () =>
    Effect.gen(function* () {
      const error = XmppError.make(new XmppError.Timeout({ operation: "ack", timeoutMs: 30_000 }))
      assert.strictEqual(error.message, "Timed out after 30000 ms waiting for ack")
      assert.isTrue(XmppError.XmppError.is(error))
      const recovered = yield* Effect.fail(error).pipe(
        Effect.catchReason("XmppError", "Timeout", (reason) => Effect.succeed(reason.operation)),
      )
      assert.strictEqual(recovered, "ack")
    }),
  )

  it.effect("reads a stanza <error> with its condition, text, type and legacy code", () =>
    Effect.sync(() => {
      const reason = XmppError.fromErrorElement(
        Stanza.parse(
          '<error code="503" type="cancel"><service-unavailable xmlns="urn:ietf:params:xml:ns:xmpp-stanzas"/>' +
            '<text xmlns="urn:ietf:params:xml:ns:xmpp-stanzas" xml:lang="en">Service not available.</text></error>',
        ),
      )
      assert.strictEqual(reason.condition, "service-unavailable")
      assert.strictEqual(reason.type, "cancel")
      assert.strictEqual(reason.text, "Service not available.")
      assert.strictEqual(reason.code, 503)
    }),
  )
})
