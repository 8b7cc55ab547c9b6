import { xml, client as xmppClient } from "@xmpp/client"
import { afterAll, beforeAll, describe, expect, test } from "vitest"
import { eventually } from "../support/eventually.ts"
import { RawXmpp } from "../support/rawXmpp.ts"
import { startTestServer, type TestServer, testApp } from "../support/testServer.ts"
import { createUser, type TestUser } from "../support/users.ts"

// biome-ignore lint/suspicious/noExplicitAny: @xmpp/client is untyped
type Any = any

let server: TestServer
let alice: TestUser
let bob: TestUser

const jidOf = (user: TestUser) => `${user.userId}-${testApp.id}@localhost`
const message = (to: TestUser, id: string) =>
  `<message xmlns="jabber:client" type="chat" id="${id}" to="${jidOf(to)}"><body>${id}</body></message>`

/** An @xmpp/client with stream management (it asks for resumption) and its reconnect on. */
const resumableClient = async (target: TestServer, user: TestUser) => {
  const xmpp = xmppClient({
    service: target.wsUrl,
    domain: target.config.chatDomain,
    username: `${user.userId}-${testApp.id}`,
    password: user.password,
  })
  xmpp.reconnect.delay = 100
  const ids: string[] = []
  xmpp.on("stanza", (stanza: Any) => {
    if (stanza.is("message") && stanza.attrs.id !== undefined) ids.push(stanza.attrs.id)
  })
  xmpp.on("error", () => {})
  await xmpp.start()
  await xmpp.send(xml("presence"))
  await eventually(
    () => xmpp.streamManagement.enabled && xmpp.streamManagement.id !== "",
    (ready: boolean) => ready,
  )
  expect(xmpp.streamManagement.id).not.toBe("")
  return { xmpp, ids }
}

const counts = (ids: ReadonlyArray<string>) => {
  const seen = new Map<string, number>()
  for (const id of ids) seen.set(id, (seen.get(id) ?? 0) + 1)
  return seen
}

beforeAll(async () => {
  server = await startTestServer({ resumeWindowMs: 5_000 })
  alice = await createUser(server, { password: "alice-secret" })
  bob = await createUser(server, { password: "bob-secret" })
})

afterAll(async () => {
  await server?.dispose()
})

describe("XEP-0198 resumption", () => {
  test("a socket killed mid-stream is resumed and every stanza arrives exactly once", async () => {
    const { xmpp, ids } = await resumableClient(server, alice)
    const jid = xmpp.jid.toString()
    const resumed = new Promise<void>((resolve) => xmpp.streamManagement.once("resumed", () => resolve()))
    const sender = await RawXmpp.login(server.wsUrl, bob)
    const all = Array.from({ length: 40 }, (_, n) => `m${n}`)
    for (const id of all.slice(0, 20)) sender.send(message(alice, id))
    await eventually(
      () => ids.length,
      (n) => n >= 5,
    )
    expect(server.xmpp.dropSockets(testApp.id, alice.userId)).toBe(1)
    for (const id of all.slice(20)) sender.send(message(alice, id))
    await resumed
    expect(xmpp.jid.toString()).toBe(jid)
    const seen = await eventually(
      () => counts(ids),
      (map) => all.every((id) => map.has(id)),
    )
    expect([...seen.keys()].sort()).toEqual([...all].sort())
    expect([...seen.values()].every((count) => count === 1)).toBe(true)
    expect(ids.filter((id) => id.startsWith("m"))).toEqual(all)

    await xmpp.send(
      xml("message", { type: "chat", to: jidOf(bob), id: "after-resume" }, xml("body", {}, "after resume")),
    )
    await sender.next((element) => element.attrs.id === "after-resume")
    xmpp.reconnect.stop()
    await xmpp.stop()
    sender.close()
  })

  test("a session not resumed in its window moves its unacknowledged messages offline, delivered at the next login", async () => {
    const quick = await startTestServer({ resumeWindowMs: 300 })
    try {
      const carol = await createUser(quick, { password: "carol-secret" })
      const dave = await createUser(quick, { password: "dave-secret" })
      const receiver = await RawXmpp.login(quick.wsUrl, carol, { sm: "resume" })
      const sender = await RawXmpp.login(quick.wsUrl, dave)
      sender.send(message(carol, "u1"))
      sender.send(message(carol, "u2"))
      await receiver.next((element) => element.attrs.id === "u2")
      receiver.close()
      // Sent while the session waits for a resume that never comes.
      sender.send(message(carol, "u3"))
      sender.send(
        `<iq xmlns="jabber:client" type="get" id="sync" to="localhost"><ping xmlns="urn:xmpp:ping"/></iq>`,
      )
      await sender.next((element) => element.attrs.id === "sync")
      await eventually(
        () => quick.context.presence.isOnline(testApp.id, carol.userId),
        (online) => online === false,
      )
      await eventually(
        () => quick.context.storage.xmpp.countOffline(testApp.id, carol.userId),
        (count) => count === 3,
      )

      const back = await RawXmpp.login(quick.wsUrl, carol)
      for (const id of ["u1", "u2", "u3"]) {
        const replayed = await back.next((element) => element.attrs.id === id)
        expect(replayed.child("delay")?.attrs.stamp).toMatch(/Z$/)
      }
      expect(
        back.received.filter((element) => element.name === "message").map((element) => element.attrs.id),
      ).toEqual(["u1", "u2", "u3"])
      back.close()
      sender.close()
    } finally {
      await quick.dispose()
    }
  })

  test("without resumption (as the official SDK enables it) only unacknowledged messages come back", async () => {
    const receiver = await RawXmpp.login(server.wsUrl, alice, { sm: "enable" })
    const sender = await RawXmpp.login(server.wsUrl, bob)
    sender.send(message(alice, "acked"))
    await receiver.next((element) => element.attrs.id === "acked")
    // Handled since <enabled/>: the presence echo and this message.
    receiver.send(`<a xmlns="urn:xmpp:sm:3" h="2"/>`)
    sender.send(message(alice, "unacked"))
    await receiver.next((element) => element.attrs.id === "unacked")
    receiver.close()
    await eventually(
      () => server.context.storage.xmpp.countOffline(testApp.id, alice.userId),
      (count) => count === 1,
    )
    const back = await RawXmpp.login(server.wsUrl, alice)
    expect((await back.next((element) => element.name === "message")).attrs.id).toBe("unacked")
    back.close()
    sender.close()
  })

  test("an unknown resumption id fails cleanly and the client binds a new session", async () => {
    const client = await RawXmpp.connect(server.wsUrl)
    await client.authenticate(alice)
    client.send(`<resume xmlns="urn:xmpp:sm:3" previd="no-such-session" h="0"/>`)
    expect((await client.next((element) => element.name === "failed")).child("item-not-found")).toBeDefined()
    client.send(
      `<iq type="set" id="bind" xmlns="jabber:client"><bind xmlns="urn:ietf:params:xml:ns:xmpp-bind"/></iq>`,
    )
    expect((await client.next((element) => element.attrs.id === "bind")).attrs.type).toBe("result")
    client.close()
  })

  test("another user cannot resume my session; a resume over a still-open socket takes the session over", async () => {
    const first = await RawXmpp.login(server.wsUrl, alice, { sm: "resume" })
    const enabled = first.received.find((element) => element.name === "enabled")
    const previd = enabled?.attrs.id ?? ""
    expect(enabled?.attrs.resume).toBe("true")

    const thief = await RawXmpp.connect(server.wsUrl)
    await thief.authenticate(bob)
    thief.send(`<resume xmlns="urn:xmpp:sm:3" previd="${previd}" h="0"/>`)
    await thief.next((element) => element.name === "failed")
    thief.close()

    const second = await RawXmpp.connect(server.wsUrl)
    await second.authenticate(alice)
    second.send(`<resume xmlns="urn:xmpp:sm:3" previd="${previd}" h="1"/>`)
    const resumed = await second.next((element) => element.name === "resumed")
    expect(resumed.attrs.previd).toBe(previd)
    expect(await first.streamError()).toBe("conflict")
    const sender = await RawXmpp.login(server.wsUrl, bob)
    sender.send(message(alice, "to-the-new-socket"))
    const delivered = await second.next((element) => element.attrs.id === "to-the-new-socket")
    expect(delivered.attrs.to).toBe(first.jid)
    second.close()
    sender.close()
  })
})
