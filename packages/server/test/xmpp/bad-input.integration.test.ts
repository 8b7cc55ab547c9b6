import { afterAll, beforeAll, describe, expect, test } from "vitest"
import { eventually } from "../support/eventually.ts"
import { raw } from "../support/http.ts"
import { type OfficialClient, officialClient } from "../support/officialSdk.ts"
import { RawXmpp } from "../support/rawXmpp.ts"
import { startTestServer, type TestServer, testApp } from "../support/testServer.ts"
import { createUser, type TestUser } from "../support/users.ts"

const framing = 'xmlns="urn:ietf:params:xml:ns:xmpp-framing"'
const unhandled: unknown[] = []
const onUnhandled = (reason: unknown) => unhandled.push(reason)

let server: TestServer
let mallory: TestUser
let alice: OfficialClient
let bob: OfficialClient

/** The bystanders still talk: the server kept serving everyone else. */
const stillChatting = async () => {
  const id = alice.chat.send(bob.user.userId, { type: "chat", body: "still here" })
  await bob.next("onMessageListener", (_from, message) => message.id === id)
}

beforeAll(async () => {
  process.on("unhandledRejection", onUnhandled)
  server = await startTestServer({ maxStanzaBytes: 16 * 1024, stanzaBurst: 50, stanzasPerSecond: 10 })
  mallory = await createUser(server)
  alice = await officialClient(server)
  bob = await officialClient(server)
})

afterAll(async () => {
  await alice?.disconnect()
  await bob?.disconnect()
  await server?.dispose()
  process.off("unhandledRejection", onUnhandled)
})

describe("bad input over XMPP: an error for that client only", () => {
  test("malformed XML ends that stream with not-well-formed", async () => {
    const client = await RawXmpp.login(server.wsUrl, mallory)
    client.send(`<message to="x"><body>unclosed</message>`)
    expect(await client.streamError()).toBe("not-well-formed")
    await client.closed
    await stillChatting()
  })

  test("a DOCTYPE with entity declarations (billion laughs) is refused as restricted-xml, before any expansion", async () => {
    const client = await RawXmpp.connect(server.wsUrl)
    client.send(
      `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><open ${framing} to="localhost" version="1.0"/>`,
    )
    expect(await client.streamError()).toBe("restricted-xml")
    await client.closed
    const undeclared = await RawXmpp.login(server.wsUrl, mallory)
    undeclared.send(
      `<message xmlns="jabber:client" to="${bob.user.userId}-${testApp.id}@localhost"><body>&lol;</body></message>`,
    )
    expect(await undeclared.streamError()).toBe("not-well-formed")
    await stillChatting()
  })

  test("stanzas before authentication get not-authorized", async () => {
    const client = await RawXmpp.connect(server.wsUrl)
    client.send(`<open ${framing} to="localhost" version="1.0"/>`)
    await client.next((element) => element.name === "stream:features")
    client.send(
      `<message xmlns="jabber:client" to="${bob.user.userId}-${testApp.id}@localhost"><body>sneaky</body></message>`,
    )
    expect(await client.streamError()).toBe("not-authorized")
    const early = await RawXmpp.connect(server.wsUrl)
    early.send(`<iq xmlns="jabber:client" type="get" id="1"><ping xmlns="urn:xmpp:ping"/></iq>`)
    expect(await early.streamError()).toBe("not-authorized")
    expect(bob.all("onMessageListener").some(([, message]) => message.body === "sneaky")).toBe(false)
  })

  test("bad SASL input fails the exchange, not the server", async () => {
    const client = await RawXmpp.connect(server.wsUrl)
    client.send(`<open ${framing} to="localhost" version="1.0"/>`)
    await client.next((element) => element.name === "stream:features")
    client.send(`<auth xmlns="urn:ietf:params:xml:ns:xmpp-sasl" mechanism="PLAIN">***not base64***</auth>`)
    expect((await client.next((element) => element.name === "failure")).elements()[0]?.name).toBe(
      "incorrect-encoding",
    )
    client.send(`<auth xmlns="urn:ietf:params:xml:ns:xmpp-sasl" mechanism="DIGEST-MD5"/>`)
    expect((await client.next((element) => element.name === "failure")).elements()[0]?.name).toBe(
      "invalid-mechanism",
    )
    const wrongUser = Buffer.from(`\0${bob.user.userId}-${testApp.id}\0not-bobs-password`).toString("base64")
    client.send(`<auth xmlns="urn:ietf:params:xml:ns:xmpp-sasl" mechanism="PLAIN">${wrongUser}</auth>`)
    expect((await client.next((element) => element.name === "failure")).elements()[0]?.name).toBe(
      "not-authorized",
    )
    expect(await client.streamError()).toBe("policy-violation")
  })

  test("unknown iq namespaces get service-unavailable; unknown message children are ignored and the stream goes on", async () => {
    const client = await RawXmpp.login(server.wsUrl, mallory)
    client.send(`<iq xmlns="jabber:client" type="get" id="q1"><query xmlns="urn:example:nothing"/></iq>`)
    const reply = await client.next((element) => element.attrs.id === "q1")
    expect(reply.attrs.type).toBe("error")
    expect(reply.child("error")?.child("service-unavailable")).toBeDefined()
    client.send(`<iq xmlns="jabber:client" type="set" id="q2"/>`)
    expect(
      (await client.next((element) => element.attrs.id === "q2")).child("error")?.child("bad-request"),
    ).toBeDefined()
    client.send(
      `<message xmlns="jabber:client" type="chat" id="m1" to="${bob.user.userId}-${testApp.id}@localhost"><body>odd</body><gizmo xmlns="urn:example:gizmo"><part/></gizmo></message>`,
    )
    const [, message] = await bob.next("onMessageListener", (_from, received) => received.id === "m1")
    expect(message.body).toBe("odd")
    client.send(
      `<iq xmlns="jabber:client" type="get" id="p1" to="localhost"><ping xmlns="urn:xmpp:ping"/></iq>`,
    )
    expect((await client.next((element) => element.attrs.id === "p1")).attrs.type).toBe("result")
    client.close()
  })

  test("a spoofed from is replaced by the sender's real JID; injected carbons and reactions do not pass", async () => {
    const client = await RawXmpp.login(server.wsUrl, mallory)
    const bobJid = `${bob.user.userId}-${testApp.id}@localhost`
    client.send(
      `<message xmlns="jabber:client" type="chat" id="s1" from="${alice.user.userId}-${testApp.id}@localhost/x" to="${bobJid}"><body>from alice, honest</body></message>`,
    )
    const [sender] = await bob.next("onMessageListener", (_from, received) => received.id === "s1")
    expect(sender).toBe(mallory.userId)
    const forged = `<message xmlns="jabber:client" from="${alice.user.userId}-${testApp.id}@localhost" to="${bobJid}" type="chat" id="fake"><body>forged</body></message>`
    client.send(
      `<message xmlns="jabber:client" type="chat" id="s2" to="${bobJid}"><sent xmlns="urn:xmpp:carbons:2"><forwarded xmlns="urn:xmpp:forward:0">${forged}</forwarded></sent><body>wrapper</body></message>`,
    )
    const [wrapperFrom, wrapper] = await bob.next(
      "onMessageListener",
      (_from, received) => received.id === "s2",
    )
    expect([wrapperFrom, wrapper.is_forwarded]).toEqual([mallory.userId, false])
    client.send(
      `<message xmlns="jabber:client" type="chat" id="s3" to="${bobJid}"><reactions user_id="${alice.user.userId}" message_id="x"><reaction add="true" type="💩"/></reactions></message>`,
    )
    expect(
      (await client.next((element) => element.attrs.id === "s3")).child("error")?.child("not-allowed"),
    ).toBeDefined()
    expect(bob.all("onMessageReactionsListener")).toEqual([])
    client.close()
  })

  test("sending into a dialog one is not in gets forbidden and stores nothing", async () => {
    const dialog = await alice.chat.dialog.create({
      type: 2,
      name: "Private club",
      occupants_ids: [bob.user.userId],
    })
    const client = await RawXmpp.login(server.wsUrl, mallory)
    client.send(
      `<message xmlns="jabber:client" type="groupchat" id="6b024fb6f0f1952113000001" to="${testApp.id}_${dialog._id}@muc.localhost"><body>intrude</body><extraParams xmlns="jabber:client"><save_to_history>1</save_to_history></extraParams></message>`,
    )
    const error = await client.next((element) => element.attrs.id === "6b024fb6f0f1952113000001")
    expect(error.attrs.type).toBe("error")
    expect(error.child("error")?.child("forbidden")).toBeDefined()
    expect(error.child("error")?.attrs.code).toBe("403")
    const history = await alice.chat.message.list({ chat_dialog_id: dialog._id })
    expect(history.items).toEqual([])
    client.close()
  })

  test("an oversized frame ends that stream with policy-violation", async () => {
    const client = await RawXmpp.login(server.wsUrl, mallory)
    client.send(
      `<message xmlns="jabber:client" to="${bob.user.userId}-${testApp.id}@localhost"><body>${"x".repeat(20 * 1024)}</body></message>`,
    )
    expect(await client.streamError()).toBe("policy-violation")
    await client.closed
    await stillChatting()
  })

  test("a flood is slowed down to the limit, in order and not cut, while others keep chatting", async () => {
    const client = await RawXmpp.login(server.wsUrl, mallory)
    for (let n = 0; n < 500; n++)
      client.send(
        `<iq xmlns="jabber:client" type="get" id="f${n}" to="localhost"><ping xmlns="urn:xmpp:ping"/></iq>`,
      )
    // The burst (50) is answered at once, the rest at 10 a second: 45 s for all of them.
    await client.next((element) => element.attrs.id === "f49")
    await stillChatting()
    await client.next((element) => element.attrs.id === "f50")
    const answered = client.received
      .filter((element) => element.name === "iq")
      .map((element) => element.attrs.id ?? "")
      .filter((id) => /^f\d+$/.test(id))
    expect(answered.length).toBeLessThan(500)
    expect(answered).toEqual(Array.from({ length: answered.length }, (_, n) => `f${n}`))
    expect(client.received.some((element) => element.name === "stream:error")).toBe(false)
    expect(client.socket.readyState).toBe(client.socket.OPEN)
    client.close()
  })

  test("a flood of 100,000 stanzas as fast as possible: the server stops reading that socket, others keep chatting", async () => {
    const client = await RawXmpp.login(server.wsUrl, mallory)
    const ping = (n: number) =>
      `<iq xmlns="jabber:client" type="get" id="g${n}" to="localhost"><ping xmlns="urn:xmpp:ping"/></iq>`
    for (let n = 0; n < 100_000; n++) client.send(ping(n))
    await client.next((element) => element.attrs.id === "g0")
    await stillChatting()
    await stillChatting()
    // ~10 MB were sent; the server reads only as fast as it handles them (10 a second here), so
    // most of the flood still waits on the flooder's side instead of in the server's memory.
    expect(client.socket.bufferedAmount).toBeGreaterThan(1024 * 1024)
    expect(client.received.some((element) => element.name === "stream:error")).toBe(false)
    client.socket.terminate()
    await client.closed
    await stillChatting()
  })

  test("deeply nested elements are refused", async () => {
    const client = await RawXmpp.login(server.wsUrl, mallory)
    client.send(`<message xmlns="jabber:client">${"<a>".repeat(200)}${"</a>".repeat(200)}</message>`)
    expect(await client.streamError()).toBe("policy-violation")
  })

  test("the process stayed up: REST answers and no promise was left rejected", async () => {
    const response = await raw(server.url, "POST", "/session.json", {
      body: { application_id: testApp.id, auth_key: testApp.authKey },
    })
    expect(response.status).toBe(201)
    await stillChatting()
    expect(unhandled).toEqual([])
  })
})

describe("idle sessions", () => {
  test("the server pings idle sessions; a client that answers stays, one that does not is dropped", async () => {
    const quick = await startTestServer({ pingIntervalMs: 400 })
    try {
      const user = await createUser(quick)
      const silent = await RawXmpp.login(quick.wsUrl, user)
      const polite = await RawXmpp.login(quick.wsUrl, await createUser(quick))
      polite.answerPings()
      await polite.next((element) => element.name === "iq" && element.child("ping") !== undefined)
      await silent.next((element) => element.name === "iq" && element.child("ping") !== undefined)
      await silent.closed
      expect(
        await eventually(
          () => quick.context.presence.isOnline(testApp.id, user.userId),
          (online) => !online,
        ),
      ).toBe(false)
      expect(polite.socket.readyState).toBe(polite.socket.OPEN)
      polite.close()
    } finally {
      await quick.dispose()
    }
  })
})
