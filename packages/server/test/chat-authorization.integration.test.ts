import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createGroup, sendMessage } from "./support/chat.ts"
import { type RawRequest, raw } from "./support/http.ts"
import { startTestServer, type TestServer } from "./support/testServer.ts"
import { createUser, openSession, type TestUser } from "./support/users.ts"

let server: TestServer
let owner: TestUser
let admin: TestUser
let member: TestUser
let outsider: TestUser

beforeAll(async () => {
  server = await startTestServer()
  ;[owner, admin, member, outsider] = await Promise.all([
    createUser(server),
    createUser(server),
    createUser(server),
    createUser(server),
  ])
})
afterAll(async () => {
  await server.dispose()
})

const someId = "5f00000000000000000000aa"

/** Every chat operation with a plausible request; used for the session checks. */
const operations: Array<[string, string, RawRequest]> = [
  ["GET", "/chat/Dialog.json", {}],
  ["POST", "/chat/Dialog.json", { body: { type: 2, name: "x", occupants_ids: "1" } }],
  ["PUT", `/chat/Dialog/${someId}.json`, { body: { name: "x" } }],
  ["DELETE", `/chat/Dialog/${someId}.json`, { form: { force: "1" } }],
  ["PUT", `/chat/Dialog/${someId}/admins.json`, { body: { push_all: { admins_ids: [1] } } }],
  ["POST", `/chat/Dialog/${someId}/subscribe.json`, {}],
  ["DELETE", `/chat/Dialog/${someId}/subscribe.json`, {}],
  ["GET", `/chat/Dialog/${someId}/notifications.json`, {}],
  ["PUT", `/chat/Dialog/${someId}/notifications.json`, { body: { enabled: 0 } }],
  ["GET", `/chat/Dialog/${someId}/occupants.json`, {}],
  ["DELETE", `/chat/Dialog/clearHistory/${someId}.json`, {}],
  ["GET", "/chat/Message.json", { query: `chat_dialog_id=${someId}` }],
  ["POST", "/chat/Message.json", { body: { chat_dialog_id: someId, message: "x" } }],
  ["PUT", "/chat/Message.json", { body: { chat_dialog_id: someId, read: 1 } }],
  ["PUT", `/chat/Message/${someId}.json`, { body: { read: 1 } }],
  ["DELETE", `/chat/Message/${someId}.json`, { form: { force: "1" } }],
  ["POST", "/chat/Message/system.json", { body: { recipientId: 1 } }],
  ["GET", "/chat/Message/unread.json", {}],
  ["GET", `/chat/Message/${someId}/reactions.json`, {}],
  ["PUT", `/chat/Message/${someId}/reactions.json`, { body: { add: "x" } }],
  ["GET", "/chat/search.json", { query: "search_text=x" }],
]

describe("sessions", () => {
  it("refuses every chat operation without a token, with an unknown token, and with an application-only session", async () => {
    const appOnly = await openSession(server)
    for (const [method, path, request] of operations) {
      const none = await raw(server.url, method, path, request)
      expect(none.status, `${method} ${path} without token`).toBe(401)
      expect(none.json.errors, `${method} ${path}`).toBeDefined()
      const unknown = await raw(server.url, method, path, { ...request, token: "0".repeat(40) })
      expect(unknown.status, `${method} ${path} unknown token`).toBe(401)
      expect(unknown.json.errors.base[0]).toBe("Required session does not exist")
      const app = await raw(server.url, method, path, { ...request, token: appOnly })
      expect(app.status, `${method} ${path} app session`).toBe(403)
    }
  })
})

type Role = "owner" | "admin" | "member" | "outsider"
const roles: Role[] = ["owner", "admin", "member", "outsider"]
const userOf = (role: Role) => ({ owner, admin, member, outsider })[role]

/** A fresh group (owner, admin, member) with one message by the member. */
const fixture = async () => {
  const dialog = await createGroup(server, owner, [member], { admins_ids: [admin.userId] })
  const message = await sendMessage(server, member, dialog._id, "by member")
  return { dialogId: dialog._id as string, messageId: message._id as string }
}

/** Each case: a request built from a fresh fixture, and the status (or delete bucket) expected per role. */
const cases: Array<{
  name: string
  request: (f: { dialogId: string; messageId: string }) => [string, string, RawRequest]
  expected: Record<Role, number | string>
}> = [
  {
    name: "rename",
    request: (f) => ["PUT", `/chat/Dialog/${f.dialogId}.json`, { body: { name: "new" } }],
    expected: { owner: 200, admin: 200, member: 403, outsider: 403 },
  },
  {
    name: "add occupant",
    request: (f) => [
      "PUT",
      `/chat/Dialog/${f.dialogId}.json`,
      { body: { push_all: { occupants_ids: [outsider.userId] } } },
    ],
    expected: { owner: 200, admin: 200, member: 403, outsider: 403 },
  },
  {
    name: "remove the member",
    request: (f) => [
      "PUT",
      `/chat/Dialog/${f.dialogId}.json`,
      { body: { pull_all: { occupants_ids: [member.userId] } } },
    ],
    expected: { owner: 200, admin: 200, member: 200, outsider: 403 },
  },
  {
    name: "change admins",
    request: (f) => [
      "PUT",
      `/chat/Dialog/${f.dialogId}/admins.json`,
      { body: { pull_all: { admins_ids: [admin.userId] } } },
    ],
    expected: { owner: 200, admin: 403, member: 403, outsider: 403 },
  },
  {
    name: "delete for everyone",
    request: (f) => ["DELETE", `/chat/Dialog/${f.dialogId}.json`, { form: { force: "1" } }],
    expected: { owner: 200, admin: 403, member: 403, outsider: 403 },
  },
  {
    name: "delete for me",
    request: (f) => ["DELETE", `/chat/Dialog/${f.dialogId}.json`, {}],
    expected: { owner: 200, admin: 200, member: 200, outsider: 403 },
  },
  {
    name: "read notifications",
    request: (f) => ["GET", `/chat/Dialog/${f.dialogId}/notifications.json`, {}],
    expected: { owner: 200, admin: 200, member: 200, outsider: 403 },
  },
  {
    name: "set notifications",
    request: (f) => ["PUT", `/chat/Dialog/${f.dialogId}/notifications.json`, { body: { enabled: 0 } }],
    expected: { owner: 200, admin: 200, member: 200, outsider: 403 },
  },
  {
    name: "list occupants",
    request: (f) => ["GET", `/chat/Dialog/${f.dialogId}/occupants.json`, {}],
    expected: { owner: 200, admin: 200, member: 200, outsider: 403 },
  },
  {
    name: "clear my history",
    request: (f) => ["DELETE", `/chat/Dialog/clearHistory/${f.dialogId}.json`, {}],
    expected: { owner: 200, admin: 200, member: 200, outsider: 403 },
  },
  {
    name: "clear everyone's history",
    request: (f) => ["DELETE", `/chat/Dialog/clearHistory/${f.dialogId}.json`, { form: { force: "1" } }],
    expected: { owner: 200, admin: 403, member: 403, outsider: 403 },
  },
  {
    name: "subscribe to a group",
    request: (f) => ["POST", `/chat/Dialog/${f.dialogId}/subscribe.json`, {}],
    expected: { owner: 403, admin: 403, member: 403, outsider: 403 },
  },
  {
    name: "read history",
    request: (f) => ["GET", "/chat/Message.json", { query: `chat_dialog_id=${f.dialogId}` }],
    expected: { owner: 200, admin: 200, member: 200, outsider: 403 },
  },
  {
    name: "post",
    request: (f) => ["POST", "/chat/Message.json", { body: { chat_dialog_id: f.dialogId, message: "hi" } }],
    expected: { owner: 201, admin: 201, member: 201, outsider: 403 },
  },
  {
    name: "mark all read",
    request: (f) => ["PUT", "/chat/Message.json", { body: { chat_dialog_id: f.dialogId, read: 1 } }],
    expected: { owner: 200, admin: 200, member: 200, outsider: 403 },
  },
  {
    name: "mark one read",
    request: (f) => ["PUT", `/chat/Message/${f.messageId}.json`, { body: { read: 1 } }],
    expected: { owner: 200, admin: 200, member: 200, outsider: 403 },
  },
  {
    name: "edit the member's message",
    request: (f) => ["PUT", `/chat/Message/${f.messageId}.json`, { body: { message: "edited" } }],
    expected: { owner: 403, admin: 403, member: 200, outsider: 403 },
  },
  {
    name: "delete the member's message for everyone",
    request: (f) => ["DELETE", `/chat/Message/${f.messageId}.json`, { form: { force: "1" } }],
    expected: {
      owner: "SuccessfullyDeleted",
      admin: "SuccessfullyDeleted",
      member: "SuccessfullyDeleted",
      outsider: "WrongPermissions",
    },
  },
  {
    name: "hide the message for me",
    request: (f) => ["DELETE", `/chat/Message/${f.messageId}.json`, { form: { force: "0" } }],
    expected: {
      owner: "SuccessfullyDeleted",
      admin: "SuccessfullyDeleted",
      member: "SuccessfullyDeleted",
      outsider: "WrongPermissions",
    },
  },
  {
    name: "list reactions",
    request: (f) => ["GET", `/chat/Message/${f.messageId}/reactions.json`, {}],
    expected: { owner: 200, admin: 200, member: 200, outsider: 403 },
  },
  {
    name: "react",
    request: (f) => ["PUT", `/chat/Message/${f.messageId}/reactions.json`, { body: { add: "👍" } }],
    expected: { owner: 200, admin: 200, member: 200, outsider: 403 },
  },
  {
    name: "count unread",
    request: (f) => ["GET", "/chat/Message/unread.json", { query: `chat_dialog_ids=${f.dialogId}` }],
    expected: { owner: 200, admin: 200, member: 200, outsider: 200 },
  },
  {
    name: "search",
    request: () => ["GET", "/chat/search.json", { query: "search_text=member" }],
    expected: { owner: 200, admin: 200, member: 200, outsider: 200 },
  },
]

describe("roles", () => {
  for (const testCase of cases) {
    it(`${testCase.name}: ${roles.map((role) => `${role} ${testCase.expected[role]}`).join(", ")}`, async () => {
      for (const role of roles) {
        const [method, path, request] = testCase.request(await fixture())
        const response = await raw(server.url, method, path, { ...request, token: userOf(role).token })
        const expected = testCase.expected[role]
        if (typeof expected === "number") {
          expect(response.status, `${role}: ${response.text}`).toBe(expected)
          if (expected >= 400) expect(response.json.errors, role).toBeDefined()
        } else {
          expect(response.status, role).toBe(200)
          expect(response.json[expected].ids, `${role}: ${response.text}`).toHaveLength(1)
        }
      }
    })
  }

  it("keeps the outsider's results free of the group's content", async () => {
    // A stranger never added anywhere (the cases above add `outsider` to some groups).
    const stranger = await createUser(server)
    await fixture()
    const found = await raw(server.url, "GET", "/chat/search.json", {
      token: stranger.token,
      query: "search_text=member",
    })
    expect(found.json.results.messages).toEqual([])
    const unread = await raw(server.url, "GET", "/chat/Message/unread.json", { token: stranger.token })
    expect(unread.json).toEqual({ total: 0 })
  })
})
