import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { TestClock } from "effect/testing"
import * as Stanza from "../src/Stanza.ts"
import * as Typing from "../src/Typing.ts"
import { makeFake } from "./support/fakeConnection.ts"

const states = (sent: ReadonlyArray<Stanza.Element>) =>
  sent.map((stanza) => stanza.getChildElements()[0]?.name)

describe("Typing", () => {
  it.effect("sends composing once while typing goes on, then paused after the quiet period", () =>
    Effect.gen(function* () {
      const { fake, layer } = yield* makeFake
      const context = yield* Layer.build(
        Typing.layerWith({ quietPeriod: "5 seconds" }).pipe(Layer.provideMerge(layer)),
      )
      const typing = yield* Effect.provide(Typing.Typing, context)
      yield* typing.composing({ userId: 2 })
      yield* TestClock.adjust("4 seconds")
      yield* typing.composing({ userId: 2 })
      yield* TestClock.adjust("4 seconds")
      assert.deepStrictEqual(states(fake.sent), ["composing"])
      yield* TestClock.adjust("1 second")
      assert.deepStrictEqual(states(fake.sent), ["composing", "paused"])
      assert.strictEqual(fake.sent[1]?.attrs.to, "2-4242@chat.example")
      assert.strictEqual(fake.sent[1]?.attrs.type, "chat")
    }),
  )

  it.effect("an explicit pause cancels the timer; to a dialog it goes to the room as groupchat", () =>
    Effect.gen(function* () {
      const { fake, layer } = yield* makeFake
      const context = yield* Layer.build(Typing.layer.pipe(Layer.provideMerge(layer)))
      const typing = yield* Effect.provide(Typing.Typing, context)
      yield* typing.composing({ dialogId: "d1" })
      yield* typing.paused({ dialogId: "d1" })
      yield* TestClock.adjust("1 minute")
      yield* typing.paused({ dialogId: "d1" })
      assert.deepStrictEqual(states(fake.sent), ["composing", "paused"])
      assert.strictEqual(fake.sent[0]?.attrs.to, "4242_d1@muc.chat.example")
      assert.strictEqual(fake.sent[0]?.attrs.type, "groupchat")
    }),
  )

  it.effect("reads incoming chat states, 1-1 and from rooms", () =>
    Effect.sync(() => {
      const read = (xml: string) =>
        Typing.fromIncoming({
          stanza: Stanza.parse(xml),
          type: Stanza.parse(xml).attrs.type ?? "normal",
          id: undefined,
          from: Stanza.parse(xml).attrs.from ?? "",
          senderId: 2,
          dialogId: "d1",
          recipientId: undefined,
          forwarded: false,
          delay: undefined,
          extraParams: undefined,
        })
      assert.deepStrictEqual(
        read(
          '<message type="chat" from="2-4242@chat.example/r"><composing xmlns="http://jabber.org/protocol/chatstates"/></message>',
        ),
        { state: "composing", senderId: 2, dialogId: undefined, from: "2-4242@chat.example/r" },
      )
      assert.strictEqual(
        read(
          '<message type="groupchat" from="4242_d1@muc.chat.example/2"><paused xmlns="http://jabber.org/protocol/chatstates"/></message>',
        )?.dialogId,
        "d1",
      )
      assert.isUndefined(
        read(
          '<message type="chat"><body>hi</body><active xmlns="http://jabber.org/protocol/chatstates"/></message>',
        ),
      )
    }),
  )
})
