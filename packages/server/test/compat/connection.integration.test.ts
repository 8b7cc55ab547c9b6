import { afterAll, beforeAll, describe, expect, test } from "vitest"
import { eventually } from "../support/eventually.ts"
import { loadOfficialSdk, type OfficialClient, officialClient } from "../support/officialSdk.ts"
import { startTestServer, type TestServer, testApp } from "../support/testServer.ts"
import { createUser } from "../support/users.ts"

let server: TestServer
let alice: OfficialClient
let bob: OfficialClient

const pushEventsFor = (userId: number) =>
  server.context.storage.xmpp.listPushEvents(testApp.id, { userId, limit: 100 })

beforeAll(async () => {
  server = await startTestServer()
  alice = await officialClient(server)
  bob = await officialClient(server)
})

afterAll(async () => {
  await alice?.disconnect()
  await bob?.disconnect()
  await server?.dispose()
})

describe("official SDK: connection", () => {
  test("connect binds a long, unique, server-assigned resource and the user counts as online", async () => {
    const aliceJid = alice.chat.xmppClient.jid.toString()
    const bobJid = bob.chat.xmppClient.jid.toString()
    expect(aliceJid.startsWith(`${alice.user.userId}-${testApp.id}@${server.config.chatDomain}/`)).toBe(true)
    const aliceResource = alice.chat.xmppClient.jid.getResource()
    expect(aliceResource.length).toBeGreaterThanOrEqual(16)
    expect(aliceResource).not.toBe(bob.chat.xmppClient.jid.getResource())
    expect(bobJid).not.toContain(aliceResource)
    expect(alice.chat.currentUserId).toBe(alice.user.userId)
    const online = await alice.sdk.users.listOnline()
    const ids = online.users.map((user: { id: number }) => user.id)
    expect(ids).toEqual(expect.arrayContaining([alice.user.userId, bob.user.userId]))
    expect((await alice.sdk.users.getOnlineCount()).count).toBeGreaterThanOrEqual(2)
  })

  test("a REST session token works as the chat password", async () => {
    const carol = await createUser(server)
    const client = await officialClient(server, carol, { connect: false })
    expect(await client.chat.connect({ userId: carol.userId, password: carol.token })).toBe(true)
    await client.disconnect()
  })

  test("a wrong password is refused with not-authorized", async () => {
    const dave = await createUser(server)
    const client = await officialClient(server, dave, { connect: false })
    await expect(client.chat.connect({ userId: dave.userId, password: "wrong-password" })).rejects.toBe(
      "not-authorized",
    )
    client.chat.terminate()
  })

  test("stream management acknowledges every content message: one sent callback each, in order", async () => {
    const ids = [1, 2, 3].map((n) => alice.chat.send(bob.user.userId, { type: "chat", body: `sm ${n}` }))
    for (const id of ids) {
      const [lost, sent] = await alice.next("onSentMessageCallback", (_lost, message) => message?.id === id)
      expect(lost).toBeNull()
      expect(sent.body).toMatch(/^sm \d$/)
    }
    for (const id of ids) await bob.next("onMessageListener", (_from, message) => message.id === id)
  })

  test("ping and pingWithTimeout are answered", async () => {
    await expect(alice.chat.ping()).resolves.toBeUndefined()
    await expect(alice.chat.pingWithTimeout(1000)).resolves.toBeUndefined()
  })

  test("markInactive makes messages raise a chat alert; markActive stops it", async () => {
    bob.chat.markInactive()
    await bob.chat.ping()
    const first = alice.chat.send(bob.user.userId, {
      type: "chat",
      body: "while away",
      extension: { save_to_history: 1 },
    })
    await bob.next("onMessageListener", (_from, message) => message.id === first)
    const alerts = await eventually(
      () => pushEventsFor(bob.user.userId),
      (events) => events.some((event) => event.messageId === first),
    )
    expect(alerts.find((event) => event.messageId === first)).toMatchObject({
      senderId: alice.user.userId,
      body: "while away",
    })

    bob.chat.markActive()
    await bob.chat.ping()
    const second = alice.chat.send(bob.user.userId, {
      type: "chat",
      body: "back",
      extension: { save_to_history: 1 },
    })
    await bob.next("onMessageListener", (_from, message) => message.id === second)
    await alice.chat.ping()
    expect((await pushEventsFor(bob.user.userId)).some((event) => event.messageId === second)).toBe(false)
  })

  test("a dropped socket is reconnected by the SDK with a new resource, and chat works again", async () => {
    const before = alice.chat.xmppClient.jid.getResource()
    expect(server.xmpp.dropSockets(testApp.id, alice.user.userId)).toBe(1)
    await alice.next("onDisconnectedListener")
    await alice.next("onReconnectListener", undefined, 10_000)
    expect(alice.chat.xmppClient.jid.getResource()).not.toBe(before)
    const id = alice.chat.send(bob.user.userId, { type: "chat", body: "back again" })
    const [from, message] = await bob.next("onMessageListener", (_from, received) => received.id === id)
    expect(from).toBe(alice.user.userId)
    expect(message.body).toBe("back again")
    const reply = bob.chat.send(alice.user.userId, { type: "chat", body: "welcome back" })
    await alice.next("onMessageListener", (_from, received) => received.id === reply)
  })

  test("disconnect closes the stream: the user goes offline and their last activity starts counting", async () => {
    const erin = await officialClient(server)
    expect(server.context.presence.isOnline(testApp.id, erin.user.userId)).toBe(true)
    await erin.disconnect()
    await eventually(
      () => server.context.presence.isOnline(testApp.id, erin.user.userId),
      (online) => !online,
    )
    expect(server.context.presence.isOnline(testApp.id, erin.user.userId)).toBe(false)
    const activity = await alice.chat.getLastUserActivity(erin.user.userId)
    expect(activity.userId).toBe(erin.user.userId)
    expect(activity.seconds).toBeGreaterThanOrEqual(1)
  })

  test("each client is an independent SDK instance", () => {
    expect(loadOfficialSdk()).not.toBe(loadOfficialSdk())
    expect(alice.chat.xmppClient).not.toBe(bob.chat.xmppClient)
    expect(alice.chat.currentUserId).not.toBe(bob.chat.currentUserId)
  })
})
