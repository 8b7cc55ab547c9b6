import { describe, expect, it } from "vitest"
import { ChatError } from "../src/index.ts"
import { createUser, eventually, next, serverWithClients, type TestServer } from "./support/chat.ts"

let server: TestServer
const pool = serverWithClients((started) => {
  server = started
})
const open = pool.open

const fresh = () => {
  const chat = pool.create(server)
  return chat
}

describe("users", () => {
  it("sign up, log in (REST only), list users, log out", async () => {
    const chat = fresh()
    const login = `signup-${Date.now().toString(36)}`
    const user = await chat.users.signUp({ login, password: "password-123", full_name: "New User" })
    expect(user.login).toBe(login)
    const duplicate = await chat.users.signUp({ login, password: "password-123" }).catch((e: unknown) => e)
    expect((duplicate as ChatError).reason._tag).toBe("RequestFailed")
    const me = await chat.login({ login, password: "password-123" })
    expect(me.id).toBe(user.id)
    expect(chat.userId).toBe(user.id)
    expect(chat.isConnected).toBe(false)
    const found = await chat.users.list({ login })
    expect(found.map((item) => item.id)).toEqual([user.id])
    await chat.logout()
    expect(chat.userId).toBeUndefined()
    const refused = await chat.login({ login, password: "nope" }).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(ChatError)
    expect((refused as ChatError).reason._tag).toBe("AuthenticationFailed")
  })

  it("last activity: 0 while online; subscriptions report going offline", async () => {
    const { chat: alice } = await open(server)
    const { chat: bob, user: b } = await open(server)
    expect(await alice.users.lastActivity(b.userId)).toBe(0)
    await alice.users.subscribeLastActivity(b.userId)
    const offline = next(alice, "lastActivity", (event) => event.userId === b.userId && event.seconds >= 0)
    await bob.disconnect()
    expect((await offline).userId).toBe(b.userId)
    await alice.users.unsubscribeLastActivity(b.userId)
  })

  it("system messages reach the user's system event and are not stored", async () => {
    const { chat: alice, user: a } = await open(server)
    const { chat: bob, user: b } = await open(server)
    const system = next(bob, "system", (message) => message.body === "dialog/UPDATE_SOMETHING")
    await alice.users.sendSystemMessage(b.userId, {
      body: "dialog/UPDATE_SOMETHING",
      extension: { photo_uid: "abc", n: 1 },
    })
    expect(await system).toMatchObject({ userId: a.userId, extension: { photo_uid: "abc", n: 1 } })
  })

  it("reports of users and messages are stored as UserReports and MessageReports", async () => {
    const { chat: alice } = await open(server)
    const b = await createUser(server)
    const report = await alice.users.report(b.userId, "spam")
    expect(report).toMatchObject({ reportedUserId: b.userId, reason: "spam" })
    const dialog = await alice.dialogs.create({ type: 3, occupantIds: [b.userId] })
    const message = await alice.messages.create(dialog.id, { body: "phishing" })
    expect(await alice.users.reportMessage(message.id, "phishing links")).toMatchObject({
      reportedMessageId: message.id,
      reason: "phishing links",
    })
  })
})

describe("privacy lists", () => {
  it("create, names, get, update, set and decline the default, delete", async () => {
    const { chat: alice } = await open(server)
    const [b, c, d] = await Promise.all([createUser(server), createUser(server), createUser(server)])
    await alice.privacy.create({
      name: "myList",
      items: [
        { userId: b.userId, action: "deny" },
        { userId: c.userId, action: "deny", mutualBlock: true },
        { userId: d.userId, action: "allow" },
      ],
    })
    expect((await alice.privacy.names()).names).toContain("myList")
    const list = await alice.privacy.get("myList")
    expect(list.items).toEqual(
      expect.arrayContaining([
        { userId: b.userId, action: "deny" },
        { userId: c.userId, action: "deny", mutualBlock: true },
        { userId: d.userId, action: "allow" },
      ]),
    )
    await alice.privacy.setDefault("myList")
    expect((await alice.privacy.names()).default).toBe("myList")
    const updated = await alice.privacy.update({
      name: "myList",
      items: [{ userId: b.userId, action: "allow" }],
    })
    expect(updated.items.map((item) => item.userId)).not.toContain(b.userId)
    expect((await alice.privacy.names()).default).toBe("myList")
    await alice.privacy.setDefault(undefined)
    expect((await alice.privacy.names()).default).toBeUndefined()
    await alice.privacy.delete("myList")
    expect((await alice.privacy.names()).names).not.toContain("myList")
  })

  it("block: a message to a user who blocks the sender fails with Blocked; unblock lets it through", async () => {
    const { chat: alice } = await open(server)
    const { chat: bob, user: b } = await open(server)
    const dialog = await alice.dialogs.create({ type: 3, occupantIds: [b.userId] })
    await bob.privacy.block(alice.userId!)
    expect(await bob.privacy.blocked()).toEqual([alice.userId])
    const failed = next(alice, "message:failed")
    const error = await alice.messages.send(dialog.id, { body: "let me in" }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ChatError)
    expect((error as ChatError).reason._tag).toBe("Blocked")
    expect((await failed).message.status).toBe("failed")
    expect(await bob.messages.list(dialog.id)).toEqual([])
    await bob.privacy.unblock(alice.userId!)
    expect(await bob.privacy.blocked()).toEqual([])
    const received = next(bob, "message")
    const resent = await alice.messages.resend(
      dialog.id,
      (error as ChatError & { reason: { messageId: string } }).reason.messageId,
    )
    expect((await received).id).toBe(resent.id)
    await eventually(
      () =>
        alice.stores
          .messages(dialog.id)
          .getSnapshot()
          .messages.map((message) => message.status),
      (statuses) => statuses.length === 1 && statuses[0] !== "failed",
    )
  })
})
