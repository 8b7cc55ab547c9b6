import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { TestClock } from "effect/testing"
import * as Ping from "../src/Ping.ts"
import * as Stanza from "../src/Stanza.ts"
import { makeFake } from "./support/fakeConnection.ts"

const keepAlive = Ping.layerWith({ idle: "40 seconds", timeout: "5 seconds" })

describe("Ping", () => {
  it.effect("pings the domain after an idle period and ends the socket when the ping goes unanswered", () =>
    Effect.gen(function* () {
      const { fake, layer } = yield* makeFake
      yield* Layer.build(keepAlive.pipe(Layer.provideMerge(layer)))
      yield* TestClock.adjust("40 seconds")
      assert.strictEqual(fake.sent.length, 1)
      assert.strictEqual(fake.sent[0]?.attrs.to, "chat.example")
      assert.isDefined(fake.sent[0]?.getChild("ping", "urn:xmpp:ping"))
      assert.strictEqual(fake.terminated(), 0)
      yield* TestClock.adjust("5 seconds")
      assert.strictEqual(fake.terminated(), 1)
    }),
  )

  it.effect("does not ping while stanzas keep arriving, and an answered ping keeps the socket", () =>
    Effect.gen(function* () {
      const { fake, layer } = yield* makeFake
      fake.respond = (iq) => Stanza.xml("iq", { type: "result", id: iq.attrs.id })
      yield* Layer.build(keepAlive.pipe(Layer.provideMerge(layer)))
      yield* TestClock.adjust("30 seconds")
      yield* fake.push(Stanza.xml("message", { type: "chat" }))
      yield* TestClock.adjust("10 seconds")
      assert.strictEqual(fake.sent.length, 0)
      yield* TestClock.adjust("40 seconds")
      assert.strictEqual(fake.sent.length, 1)
      yield* TestClock.adjust("1 minute")
      assert.strictEqual(fake.terminated(), 0)
    }),
  )

  it.effect("no keep-alive pings while not Ready", () =>
    Effect.gen(function* () {
      const { fake, layer } = yield* makeFake
      yield* fake.setState({ _tag: "Idle" })
      yield* Layer.build(keepAlive.pipe(Layer.provideMerge(layer)))
      yield* TestClock.adjust("5 minutes")
      assert.strictEqual(fake.sent.length, 0)
    }),
  )
})
