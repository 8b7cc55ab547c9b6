/// <reference path="../../src/internal/xmpp.d.ts" />
// SASL PLAIN, resource binding and iq replies, driven through xmpp.js's own middleware and stream-features
// over a minimal entity that records what would be written to the socket.
import { EventEmitter } from "node:events"
import { assert, describe, it } from "@effect/vitest"
import middleware from "@xmpp/middleware"
import streamFeatures from "@xmpp/stream-features"
import type Connection from "@xmpp/websocket/lib/Connection.js"
import { useBind, useIqReplies, useSaslPlain, xmppError } from "../../src/internal/negotiation.ts"
import * as Stanza from "../../src/Stanza.ts"

const NS_STREAMS = "http://etherx.jabber.org/streams"
const NS_SASL = "urn:ietf:params:xml:ns:xmpp-sasl"
const NS_BIND = "urn:ietf:params:xml:ns:xmpp-bind"

class FakeEntity extends EventEmitter {
  readonly sent: Array<Stanza.Element> = []
  readonly errors: Array<unknown> = []
  readonly options = { domain: "localhost", service: "ws://127.0.0.1/ws" }
  jid: string | null = null
  socket: object | null = {}
  restarts = 0
  ready: Array<boolean> = []
  secure = false
  constructor() {
    super()
    this.on("error", (error) => this.errors.push(error))
  }
  async send(element: Stanza.Element) {
    this.sent.push(element)
  }
  async restart() {
    this.restarts += 1
  }
  isSecure() {
    return this.secure
  }
  _jid(jid: string) {
    this.jid = jid
  }
  _ready(resumed = false) {
    this.ready.push(resumed)
  }
}

const setup = () => {
  const entity = new FakeEntity()
  const mw = middleware({ entity: entity as unknown as Connection })
  return { entity, mw, features: streamFeatures({ middleware: mw }) }
}

// Middleware and SASL run on promises: let them settle.
const settle = () => new Promise((resolve) => setTimeout(resolve, 5))

const features = (inner: string) =>
  Stanza.parse(`<stream:features xmlns:stream="${NS_STREAMS}">${inner}</stream:features>`)

describe("negotiation", () => {
  it("answers a ping with a result and any other query with service-unavailable", async () => {
    const { entity, mw } = setup()
    useIqReplies(mw)
    entity.emit(
      "element",
      Stanza.parse(
        `<iq type="get" id="p1" from="localhost" to="a@localhost/r"><ping xmlns="urn:xmpp:ping"/></iq>`,
      ),
    )
    entity.emit(
      "element",
      Stanza.parse(`<iq type="get" id="v1" from="b@localhost/x"><query xmlns="jabber:iq:version"/></iq>`),
    )
    entity.emit(
      "element",
      Stanza.parse(`<iq type="set" id="m1" from="localhost"><a xmlns="x"/><b xmlns="y"/></iq>`),
    )
    entity.emit("element", Stanza.parse(`<iq type="result" id="r1" from="localhost"/>`))
    await settle()
    const [pong, unavailable, bad, ...rest] = entity.sent
    assert.deepStrictEqual(rest, [])
    assert.strictEqual(pong?.attrs.type, "result")
    assert.strictEqual(pong?.attrs.id, "p1")
    assert.strictEqual(pong?.attrs.to, "localhost")
    assert.strictEqual(unavailable?.attrs.type, "error")
    assert.strictEqual(unavailable?.attrs.to, "b@localhost/x")
    assert.isDefined(unavailable?.getChild("query", "jabber:iq:version"))
    const error = unavailable?.getChild("error")
    assert.strictEqual(error?.attrs.type, "cancel")
    assert.isDefined(error?.getChild("service-unavailable", "urn:ietf:params:xml:ns:xmpp-stanzas"))
    assert.strictEqual(bad?.getChild("error")?.attrs.type, "modify")
    assert.isDefined(bad?.getChild("error")?.getChild("bad-request", "urn:ietf:params:xml:ns:xmpp-stanzas"))
  })

  it("authenticates with SASL PLAIN in UTF-8, then restarts the stream", async () => {
    const { entity, features: streamFeatures } = setup()
    entity.secure = true
    useSaslPlain(
      streamFeatures,
      () => {},
      () => ({ username: "42-1", password: "pässwörd" }),
    )
    entity.emit(
      "element",
      features(
        `<mechanisms xmlns="${NS_SASL}"><mechanism>SCRAM-SHA-1</mechanism><mechanism>PLAIN</mechanism></mechanisms>`,
      ),
    )
    await settle()
    const auth = entity.sent[0]
    assert.strictEqual(auth?.name, "auth")
    assert.strictEqual(auth?.attrs.mechanism, "PLAIN")
    assert.strictEqual(
      Buffer.from(auth?.getText() ?? "", "base64").toString("utf8"),
      "\u000042-1\u0000pässwörd",
    )
    assert.strictEqual(entity.restarts, 0)
    entity.emit("nonza", Stanza.parse(`<success xmlns="${NS_SASL}"/>`))
    await settle()
    assert.strictEqual(entity.restarts, 1)
    assert.deepStrictEqual(entity.errors, [])
  })

  it("leaves a SASL reply on a later connection to that connection's handler", async () => {
    const { entity, features: streamFeatures } = setup()
    useSaslPlain(
      streamFeatures,
      () => {},
      () => ({ username: "42-1", password: "p" }),
    )
    const mechanisms = features(`<mechanisms xmlns="${NS_SASL}"><mechanism>PLAIN</mechanism></mechanisms>`)
    entity.emit("element", mechanisms)
    await settle()
    // The socket drops before the server answers; the next connection authenticates again.
    entity.socket = {}
    entity.emit("element", mechanisms)
    await settle()
    assert.strictEqual(entity.sent.length, 2)
    entity.emit("nonza", Stanza.parse(`<success xmlns="${NS_SASL}"/>`))
    await settle()
    assert.strictEqual(entity.restarts, 1)
    assert.deepStrictEqual(entity.errors, [])
  })

  it("reports a SASL failure, a missing PLAIN and a refused insecure login as SASLErrors", async () => {
    const failure = setup()
    useSaslPlain(
      failure.features,
      () => {},
      () => ({ username: "42-1", password: "wrong" }),
    )
    failure.entity.emit(
      "element",
      features(`<mechanisms xmlns="${NS_SASL}"><mechanism>PLAIN</mechanism></mechanisms>`),
    )
    await settle()
    failure.entity.emit(
      "nonza",
      Stanza.parse(
        `<failure xmlns="${NS_SASL}"><not-authorized/><text xml:lang="en">Bad password</text></failure>`,
      ),
    )
    await settle()
    assert.strictEqual(failure.entity.restarts, 0)
    assert.deepInclude(failure.entity.errors[0], {
      name: "SASLError",
      condition: "not-authorized",
      text: "Bad password",
    })

    const noPlain = setup()
    useSaslPlain(
      noPlain.features,
      () => {},
      () => ({ username: "42-1", password: "x" }),
    )
    noPlain.entity.emit(
      "element",
      features(`<mechanisms xmlns="${NS_SASL}"><mechanism>SCRAM-SHA-1</mechanism></mechanisms>`),
    )
    await settle()
    assert.deepStrictEqual(noPlain.entity.sent, [])
    assert.deepInclude(noPlain.entity.errors[0], { name: "SASLError", condition: "invalid-mechanism" })

    const insecure = setup()
    useSaslPlain(
      insecure.features,
      () => {
        throw xmppError("SASLError", "encryption-required", "use wss://")
      },
      () => ({ username: "42-1", password: "x" }),
    )
    insecure.entity.emit(
      "element",
      features(`<mechanisms xmlns="${NS_SASL}"><mechanism>PLAIN</mechanism></mechanisms>`),
    )
    await settle()
    assert.deepStrictEqual(insecure.entity.sent, [])
    assert.deepInclude(insecure.entity.errors[0], { name: "SASLError", condition: "encryption-required" })
  })

  it("binds the configured resource and takes the JID the server assigns", async () => {
    const { entity, mw, features: streamFeatures } = setup()
    useBind(streamFeatures, mw, "web")
    entity.emit("element", features(`<bind xmlns="${NS_BIND}"/>`))
    await settle()
    const iq = entity.sent[0]
    assert.strictEqual(iq?.attrs.type, "set")
    assert.strictEqual(iq?.getChild("bind", NS_BIND)?.getChildText("resource"), "web")
    assert.deepStrictEqual(entity.ready, [])
    entity.emit(
      "element",
      Stanza.parse(
        `<iq type="result" id="${iq?.attrs.id}"><bind xmlns="${NS_BIND}"><jid>42-1@localhost/web</jid></bind></iq>`,
      ),
    )
    await settle()
    assert.strictEqual(entity.jid, "42-1@localhost/web")
    assert.deepStrictEqual(entity.ready, [false])
  })

  it("reports a refused bind as a StanzaError, and a bind cut short by a disconnect", async () => {
    const refused = setup()
    useBind(refused.features, refused.mw, undefined)
    refused.entity.emit("element", features(`<bind xmlns="${NS_BIND}"/>`))
    await settle()
    assert.isUndefined(refused.entity.sent[0]?.getChild("bind", NS_BIND)?.getChild("resource"))
    refused.entity.emit(
      "element",
      Stanza.parse(
        `<iq type="error" id="${refused.entity.sent[0]?.attrs.id}"><error type="cancel">` +
          `<not-allowed xmlns="urn:ietf:params:xml:ns:xmpp-stanzas"/></error></iq>`,
      ),
    )
    await settle()
    assert.deepInclude(refused.entity.errors[0], { name: "StanzaError", condition: "not-allowed" })
    assert.deepStrictEqual(refused.entity.ready, [])

    const cut = setup()
    const bind = useBind(cut.features, cut.mw, undefined)
    cut.entity.emit("element", features(`<bind xmlns="${NS_BIND}"/>`))
    await settle()
    bind.cancel(new Error("disconnected while binding"))
    await settle()
    assert.strictEqual((cut.entity.errors[0] as Error | undefined)?.message, "disconnected while binding")
    assert.deepStrictEqual(cut.entity.ready, [])
  })
})
