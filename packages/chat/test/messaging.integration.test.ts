import { describe, expect, it } from "vitest"
import { ChatError, memoryOutboxStore } from "../src/index.ts"
import { createUser, eventually, next, record, serverWithClients, type TestServer } from "./support/chat.ts"

let server: TestServer
const pool = serverWithClients((started) => {
  server = started
})
const open = pool.open

describe("connection", () => {
  it("connects with a login and password; the state store and events follow", async () => {
    const user = await createUser(server)
    const chat = pool.create(server)
    const states = record(chat, "connection")
    expect(chat.stores.connection.getSnapshot().status).toBe("idle")
    await chat.connect({ login: user.login, password: user.password })
    expect(chat.isConnected).toBe(true)
    expect(chat.userId).toBe(user.userId)
    expect(chat.stores.connection.getSnapshot()).toMatchObject({ status: "connected", resumed: false })
    expect(states.seen.map((state) => state.status)).toEqual(["connecting", "connected"])
    await chat.ping(2_000)
    await chat.disconnect()
    expect(chat.isConnected).toBe(false)
    expect(chat.stores.connection.getSnapshot().status).toBe("disconnected")
  })

  it("connects with a session token as the chat password", async () => {
    const user = await createUser(server)
    const chat = pool.create(server)
    await chat.connect({ token: user.token })
    expect(chat.isConnected).toBe(true)
    expect(chat.userId).toBe(user.userId)
  })

  it("a wrong password rejects with an AuthenticationFailed ChatError", async () => {
    const user = await createUser(server)
    const chat = pool.create(server)
    const error = await chat.connect({ login: user.login, password: "wrong" }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ChatError)
    expect((error as ChatError)._tag).toBe("ChatError")
    expect((error as ChatError).reason._tag).toBe("AuthenticationFailed")
  })

  it("terminate drops the socket; the client reconnects and resumes the session", async () => {
    const { chat } = await open(server)
    const states = record(chat, "connection")
    await chat.terminate()
    await eventually(
      () => states.seen.at(-1),
      (state) => state?.status === "connected",
    )
    expect(states.seen.map((state) => state.status)).toContain("reconnecting")
    expect(states.seen.at(-1)).toMatchObject({ status: "connected", resumed: true })
  })

  it("an expired REST session is renewed with the login's credentials and the call retried", async () => {
    const { chat } = await open(server)
    const before = chat.stores.session.getSnapshot().token
    const expired = await fetch(`${server.url}/session.json`, {
      method: "DELETE",
      headers: { "CB-Token": before ?? "" },
    })
    expect(expired.ok).toBe(true)
    const page = await chat.dialogs.list()
    expect(page.items).toEqual([])
    expect(chat.stores.session.getSnapshot().token).not.toBe(before)
  })

  it("relogin opens a new session and reconnects", async () => {
    const { chat } = await open(server)
    await chat.relogin()
    expect(chat.isConnected).toBe(true)
  })
})

describe("sending and receiving", () => {
  it("1-1: send resolves on the server's ack; the peer gets it once, with its server position", async () => {
    const { chat: alice, user: a } = await open(server)
    const { chat: bob, user: b } = await open(server)
    const dialog = await alice.dialogs.create({ type: 3, occupantIds: [b.userId] })
    const received = next(bob, "message")
    const sent = await alice.messages.send(dialog.id, { body: "Hello Bob" })
    // The peer's automatic delivered marker may overtake the ack.
    expect(["sent", "delivered"]).toContain(sent.status)
    const message = await received
    expect(message).toMatchObject({
      id: sent.id,
      body: "Hello Bob",
      senderId: a.userId,
      dialogId: dialog.id,
      confirmed: true,
    })
    expect(
      bob.stores
        .messages(dialog.id)
        .getSnapshot()
        .messages.map((m) => m.id),
    ).toEqual([sent.id])
    // The sender's copy learns the server position too.
    await eventually(
      () => alice.stores.messages(dialog.id).getSnapshot().messages[0],
      (m) => m?.confirmed === true,
    )
    expect(alice.stores.messages(dialog.id).getSnapshot().messages[0]?.dateSent).toBe(message.dateSent)
  })

  it("group: every occupant gets it; the sender's echo only confirms its copy", async () => {
    const { chat: alice } = await open(server)
    const { chat: bob, user: b } = await open(server)
    const { chat: carol, user: c } = await open(server)
    const dialog = await alice.dialogs.create({ type: 2, name: "Team", occupantIds: [b.userId, c.userId] })
    const own = record(alice, "message")
    const atBob = next(bob, "message", (m) => m.dialogId === dialog.id)
    const atCarol = next(carol, "message", (m) => m.dialogId === dialog.id)
    const sent = await alice.messages.send(dialog.id, { body: "Hi team" })
    expect((await atBob).id).toBe(sent.id)
    expect((await atCarol).id).toBe(sent.id)
    await eventually(
      () => alice.stores.messages(dialog.id).getSnapshot().messages[0],
      (m) => m?.confirmed === true,
    )
    expect(own.seen).toEqual([])
  })

  it("carbons: the user's other device gets its own message once, not counted unread", async () => {
    const { chat: phone, user: a } = await open(server)
    const { chat: laptop } = await open(server, a)
    const { chat: bob, user: b } = await open(server)
    const dialog = await phone.dialogs.create({ type: 3, occupantIds: [b.userId] })
    const onLaptop = next(laptop, "message")
    const atBob = next(bob, "message")
    const sent = await phone.messages.send(dialog.id, { body: "from my phone" })
    const copy = await onLaptop
    expect(copy).toMatchObject({
      id: sent.id,
      senderId: a.userId,
      body: "from my phone",
      dialogId: dialog.id,
    })
    await atBob
    const reply = next(laptop, "message", (message) => message.senderId === b.userId)
    await bob.messages.send(dialog.id, { body: "hi both" })
    await reply
    expect(
      laptop.stores
        .messages(dialog.id)
        .getSnapshot()
        .messages.map((message) => message.body),
    ).toEqual(["from my phone", "hi both"])
    expect(laptop.stores.unread.getSnapshot().byDialog[dialog.id]).toBe(1)
  })

  it("a message sent while offline waits in the outbox and goes once the client connects", async () => {
    const { chat: alice, user: a } = await open(server)
    const { chat: bob, user: b } = await open(server)
    const dialog = await alice.dialogs.create({ type: 3, occupantIds: [b.userId] })
    await alice.disconnect()
    const sending = alice.messages.send(dialog.id, { body: "queued" })
    await eventually(
      () => alice.stores.messages(dialog.id).getSnapshot().messages[0]?.status,
      (status) => status === "pending",
    )
    const received = next(bob, "message")
    await alice.connect({ login: a.login, password: a.password })
    const sent = await sending
    expect((await received).id).toBe(sent.id)
  })

  it("a burst longer than the timeline: every send resolves; the timeline keeps the newest, in order", async () => {
    const { chat: alice } = await open(server, undefined, { history: { maxMessages: 100 } })
    const { chat: bob, user: b } = await open(server)
    const dialog = await alice.dialogs.create({ type: 3, occupantIds: [b.userId] })
    const bodies = Array.from({ length: 150 }, (_, index) => `burst ${String(index).padStart(3, "0")}`)
    // All 150 are pending at once: the oldest leave the timeline before the server acknowledges them.
    const sent = await Promise.all(bodies.map((body) => alice.messages.send(dialog.id, { body })))
    expect(sent.map((message) => message.body)).toEqual(bodies)
    expect(sent.every((message) => message.status !== "pending" && message.status !== "failed")).toBe(true)
    expect(alice.stores.messages(dialog.id).getSnapshot().messages).toHaveLength(100)
    // Once their server positions are known, the newest 100 remain, in send order.
    const kept = await eventually(
      () => alice.stores.messages(dialog.id).getSnapshot(),
      (timeline) => timeline.messages.every((message) => message.confirmed),
    )
    expect(kept.messages.map((message) => message.body)).toEqual(bodies.slice(50))
    expect(kept.hasOlder).toBe(true)
    await eventually(
      () => bob.stores.messages(dialog.id).getSnapshot().messages.length,
      (count) => count === 150,
    )
  })

  it("a message not acknowledged by its deadline fails with SendTimeout and is marked failed", async () => {
    const user = await createUser(server)
    const peer = await createUser(server)
    const chat = pool.create(server, { timeouts: { send: 300 } })
    await chat.connect({ login: user.login, password: user.password })
    const dialog = await chat.dialogs.create({ type: 3, occupantIds: [peer.userId] })
    await chat.disconnect()
    const failed = next(chat, "message:failed")
    const error = await chat.messages.send(dialog.id, { body: "never" }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ChatError)
    expect((error as ChatError).reason._tag).toBe("SendTimeout")
    expect((await failed).message.status).toBe("failed")
    expect(chat.stores.messages(dialog.id).getSnapshot().messages[0]?.status).toBe("failed")
  })
})

describe("outbox persistence", () => {
  it("a message left pending when the app closed is sent by the next start, under the same id", async () => {
    const user = await createUser(server)
    const { chat: bob, user: b } = await open(server)
    const store = memoryOutboxStore()
    const first = pool.create(server, { store })
    await first.connect({ login: user.login, password: user.password })
    const dialog = await first.dialogs.create({ type: 3, occupantIds: [b.userId] })
    await first.disconnect()
    const pending = first.messages
      .send(dialog.id, { body: "survives a restart" })
      .catch((error: unknown) => error)
    await eventually(
      async () => (await store.load()).length,
      (count) => count === 1,
    )
    const [entry] = await store.load()
    await first.destroy()
    const error = await pending
    expect((error as ChatError).reason._tag).toBe("Destroyed")
    expect(await store.load()).toEqual([entry])
    expect((await first.ping().catch((e: unknown) => e)) as ChatError).toMatchObject({
      reason: { _tag: "Destroyed" },
    })

    const second = pool.create(server, { store })
    const sent = next(second, "message:sent")
    const received = next(bob, "message")
    await second.connect({ login: user.login, password: user.password })
    expect((await sent).id).toBe(entry?.id)
    expect((await received).id).toBe(entry?.id)
    expect(
      second.stores
        .messages(dialog.id)
        .getSnapshot()
        .messages.map((message) => message.body),
    ).toEqual(["survives a restart"])
    await eventually(
      async () => (await store.load()).length,
      (count) => count === 0,
    )
  })
})

describe("history", () => {
  it("loads the latest page, then older pages by cursor, without gaps or duplicates", async () => {
    const { chat: alice, user: a } = await open(server, undefined, { history: { pageSize: 4 } })
    const b = await createUser(server)
    const dialog = await alice.dialogs.create({ type: 2, name: "History", occupantIds: [b.userId] })
    const ids: Array<string> = []
    for (let i = 0; i < 10; i++) ids.push((await alice.messages.create(dialog.id, { body: `m${i}` })).id)
    const { chat: reader } = await open(server, b, { history: { pageSize: 4 } })
    let timeline = await reader.messages.load(dialog.id)
    expect(timeline.messages.map((m) => m.body)).toEqual(["m6", "m7", "m8", "m9"])
    expect(timeline.hasOlder).toBe(true)
    while (timeline.hasOlder) timeline = await reader.messages.loadOlder(dialog.id)
    expect(timeline.messages.map((m) => m.id)).toEqual(ids)
    expect(timeline.gaps).toEqual([])
    // Filters and paging pass through to REST; nothing was marked read by reading.
    const filtered = await reader.messages.list(dialog.id, {
      sender_id: a.userId,
      limit: 3,
      skip: 2,
      sort_asc: "date_sent",
    })
    expect(filtered.map((m) => m.body)).toEqual(["m2", "m3", "m4"])
    expect((await reader.unread.fetch([dialog.id])).byDialog[dialog.id]).toBe(10)
  })
})
