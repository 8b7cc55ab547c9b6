import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createGroup, history, recordEvents, sendMessage } from "./support/chat.ts"
import { raw } from "./support/http.ts"
import { startTestServer, type TestServer, testApp } from "./support/testServer.ts"
import { createUser, type TestUser } from "./support/users.ts"

let server: TestServer
let alice: TestUser
let bob: TestUser
let carol: TestUser

beforeAll(async () => {
  server = await startTestServer()
  ;[alice, bob, carol] = await Promise.all([createUser(server), createUser(server), createUser(server)])
})
afterAll(async () => {
  await server.dispose()
})

describe("reactions", () => {
  let group: string
  let messageId: string
  const path = () => `/chat/Message/${messageId}/reactions.json`
  const react = (user: TestUser, body: unknown) => raw(server.url, "PUT", path(), { token: user.token, body })
  const list = async (user: TestUser) => {
    const response = await raw(server.url, "GET", path(), { token: user.token })
    expect(response.status).toBe(200)
    return response.json
  }

  beforeAll(async () => {
    group = (await createGroup(server, alice, [bob]))._id
    messageId = (await sendMessage(server, alice, group, "react to me"))._id
  })

  it("holds one reaction per user: adding replaces, and each change is announced with what really changed", async () => {
    const changes = recordEvents(server, "chat.reactionsChanged")
    const added = await react(alice, { add: "👍" })
    expect(added.status).toBe(200)
    expect(added.text).toBe("")
    await react(bob, { add: "👍" })
    expect(await list(alice)).toEqual({ "👍": [alice.userId, bob.userId].sort((a, b) => a - b) })

    await react(bob, { add: "🔥" })
    expect(await list(bob)).toEqual({ "👍": [alice.userId], "🔥": [bob.userId] })
    await react(bob, { add: "🔥" })
    await react(alice, { remove: "👎" })
    await react(alice, { add: "😂", remove: "👍" })
    changes.stop()
    expect(changes.seen.map(({ userId, add, remove }) => ({ userId, add, remove }))).toEqual([
      { userId: alice.userId, add: "👍", remove: null },
      { userId: bob.userId, add: "👍", remove: null },
      { userId: bob.userId, add: "🔥", remove: "👍" },
      { userId: alice.userId, add: "😂", remove: "👍" },
    ])
    expect(changes.seen[0]).toMatchObject({ appId: testApp.id, messageId, dialog: { id: group } })

    const [seenByBob] = await history(server, bob, group)
    expect(seenByBob.reactions).toEqual({ own: ["🔥"], total: { "😂": 1, "🔥": 1 } })
    expect((await react(bob, { remove: "🔥" })).status).toBe(200)
    expect(await list(alice)).toEqual({ "😂": [alice.userId] })
  })

  it("refuses non-members, unknown messages and malformed changes", async () => {
    expect((await react(carol, { add: "👍" })).status).toBe(403)
    expect((await raw(server.url, "GET", path(), { token: carol.token })).status).toBe(403)
    expect(
      (
        await raw(server.url, "PUT", "/chat/Message/5f00000000000000000000bb/reactions.json", {
          token: bob.token,
          body: { add: "x" },
        })
      ).status,
    ).toBe(404)
    expect(
      (
        await raw(server.url, "GET", "/chat/Message/5f00000000000000000000bb/reactions.json", {
          token: bob.token,
        })
      ).status,
    ).toBe(404)
    for (const body of [{}, { add: "" }, { add: { emoji: 1 } }, { add: "x".repeat(65) }, { other: "👍" }]) {
      const response = await react(bob, body)
      expect(response.status, JSON.stringify(body)).toBe(422)
      expect(response.json.errors).toBeDefined()
    }
    const proto = await react(bob, { add: "__proto__" })
    expect(proto.status).toBe(200)
    expect(Object.keys(await list(bob))).toContain("__proto__")
  })
})

describe("system messages", () => {
  it("signals one user over XMPP and stores nothing", async () => {
    const signals = recordEvents(server, "chat.systemMessage")
    const response = await raw(server.url, "POST", "/chat/Message/system.json", {
      token: alice.token,
      body: { recipientId: bob.userId, foo: "bar", nested: { k: "v" } },
    })
    signals.stop()
    expect(response.status).toBe(200)
    expect(response.json).toEqual({
      messageId: expect.stringMatching(/^[0-9a-f]{24}$/),
      recipientId: bob.userId,
      extensionParams: { foo: "bar", nested: { k: "v" } },
    })
    expect(signals.seen).toEqual([
      {
        appId: testApp.id,
        id: response.json.messageId,
        senderId: alice.userId,
        recipientId: bob.userId,
        body: null,
        extension: { foo: "bar", nested: { k: "v" } },
      },
    ])
  })

  it("refuses unknown recipients and malformed bodies", async () => {
    const send = (body: unknown) =>
      raw(server.url, "POST", "/chat/Message/system.json", { token: alice.token, body })
    expect((await send({ recipientId: 987_654 })).status).toBe(404)
    expect((await send({ foo: "bar" })).status).toBe(422)
    expect((await send({ recipientId: "bob" })).status).toBe(422)
    expect((await send({ recipientId: bob.userId, blob: "x".repeat(70_000) })).status).toBe(422)
  })
})
