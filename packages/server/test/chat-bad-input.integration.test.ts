import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createGroup, history, listedDialog, sendMessage, unread } from "./support/chat.ts"
import { type RawRequest, raw } from "./support/http.ts"
import { startTestServer, type TestServer } from "./support/testServer.ts"
import { createUser, type TestUser } from "./support/users.ts"

let server: TestServer
let alice: TestUser
let bob: TestUser
let dialogId: string
let messageId: string

beforeAll(async () => {
  server = await startTestServer()
  ;[alice, bob] = await Promise.all([createUser(server), createUser(server)])
  dialogId = (await createGroup(server, alice, [bob], { name: "Stable" }))._id
  messageId = (await sendMessage(server, alice, dialogId, "keep me"))._id
})
afterAll(async () => {
  await server.dispose()
})

/** Sends and checks the answer is a client error with the ConnectyCube error body, never a 500. */
const expectClientError = async (
  method: string,
  path: string,
  request: RawRequest,
  label = `${method} ${path}`,
) => {
  const response = await raw(server.url, method, path, { token: alice.token, ...request })
  expect(response.status, `${label}: ${response.text.slice(0, 200)}`).toBeGreaterThanOrEqual(400)
  expect(response.status, label).toBeLessThan(500)
  expect(response.json?.errors, label).toBeDefined()
  return response
}

const jsonEndpoints = (): Array<[string, string]> => [
  ["POST", "/chat/Dialog.json"],
  ["PUT", `/chat/Dialog/${dialogId}.json`],
  ["PUT", `/chat/Dialog/${dialogId}/admins.json`],
  ["PUT", `/chat/Dialog/${dialogId}/notifications.json`],
  ["POST", "/chat/Message.json"],
  ["PUT", "/chat/Message.json"],
  ["PUT", `/chat/Message/${messageId}.json`],
  ["POST", "/chat/Message/system.json"],
  ["PUT", `/chat/Message/${messageId}/reactions.json`],
]

describe("bad input", () => {
  it("answers malformed JSON, non-object bodies and oversized bodies with a 4xx", async () => {
    for (const [method, path] of jsonEndpoints()) {
      const broken = await expectClientError(method, path, { body: '{"type": 2, "name": ' })
      expect(broken.status).toBe(400)
      await expectClientError(method, path, { body: "[1, 2]" }, `${method} ${path} array body`)
      await expectClientError(method, path, { body: '"text"' }, `${method} ${path} string body`)
      const huge = await expectClientError(
        method,
        path,
        { body: { message: "x".repeat(1_100_000) } },
        `${method} ${path} huge`,
      )
      expect(huge.status).toBe(413)
    }
  })

  it("answers wrong types with a 422 naming the field", async () => {
    const cases: Array<[string, string, unknown]> = [
      ["POST", "/chat/Dialog.json", { type: "group", name: "x", occupants_ids: "1" }],
      ["POST", "/chat/Dialog.json", { type: 2, name: "x", occupants_ids: { a: 1 } }],
      ["POST", "/chat/Dialog.json", { type: 2, name: "x", occupants_ids: "1, two" }],
      ["POST", "/chat/Dialog.json", { type: 2, name: { a: 1 }, occupants_ids: "1" }],
      [
        "POST",
        "/chat/Dialog.json",
        { type: 2, name: "x", occupants_ids: [bob.userId], extensions: "location" },
      ],
      [
        "POST",
        "/chat/Dialog.json",
        { type: 2, name: "x", occupants_ids: [bob.userId], extensions: { location: { deep: 1 } } },
      ],
      ["POST", "/chat/Dialog.json", { type: 2, name: "x".repeat(2000), occupants_ids: [bob.userId] }],
      ["PUT", `/chat/Dialog/${dialogId}.json`, { push_all: { occupants_ids: "all" } }],
      ["PUT", `/chat/Dialog/${dialogId}.json`, { push_all: { pinned_messages_ids: ["nope"] } }],
      ["PUT", `/chat/Dialog/${dialogId}.json`, { push_all: { unknown_ids: [1] } }],
      ["PUT", `/chat/Dialog/${dialogId}.json`, { name: "" }],
      ["POST", "/chat/Message.json", { chat_dialog_id: dialogId, message: { a: 1 } }],
      ["POST", "/chat/Message.json", { chat_dialog_id: 12, message: "x" }],
      ["POST", "/chat/Message.json", { chat_dialog_id: dialogId, attachments: "file" }],
      ["POST", "/chat/Message.json", { chat_dialog_id: dialogId, attachments: [1] }],
      [
        "POST",
        "/chat/Message.json",
        { chat_dialog_id: dialogId, attachments: [{ type: "image", meta: { deep: true } }] },
      ],
      ["POST", "/chat/Message.json", { chat_dialog_id: dialogId, message: "x".repeat(70_000) }],
      ["POST", "/chat/Message.json", { recipient_id: "bob", message: "x" }],
      ["PUT", "/chat/Message.json", { read: 1 }],
      ["PUT", `/chat/Message/${messageId}.json`, { message: { text: "x" } }],
    ]
    for (const [method, path, body] of cases) {
      const response = await expectClientError(
        method,
        path,
        { body },
        `${method} ${path} ${JSON.stringify(body).slice(0, 80)}`,
      )
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(422)
    }
  })

  it("answers ids that are not ObjectIds, and unknown ids, with a 4xx", async () => {
    const paths: Array<[string, string, RawRequest]> = [
      ["PUT", "/chat/Dialog/not-an-id.json", { body: { name: "x" } }],
      ["DELETE", "/chat/Dialog/not-an-id.json", {}],
      ["GET", "/chat/Dialog/123/notifications.json", {}],
      ["DELETE", "/chat/Dialog/clearHistory/abc.json", {}],
      ["GET", "/chat/Message.json", { query: "chat_dialog_id=abc" }],
      ["GET", "/chat/Message.json", {}],
      ["PUT", "/chat/Message/zzz.json", { body: { read: 1 } }],
      ["DELETE", "/chat/Message/zzz.json", { form: { force: "1" } }],
      ["GET", "/chat/Message/zzz/reactions.json", {}],
      ["GET", "/chat/Message/unread.json", { query: "chat_dialog_ids=zzz" }],
      ["PUT", "/chat/Dialog/5f00000000000000000000cc.json", { body: { name: "x" } }],
      ["GET", "/chat/Dialog/5f00000000000000000000cc/occupants.json", {}],
      ["GET", "/chat/Message.json", { query: "chat_dialog_id=5f00000000000000000000cc" }],
      ["PUT", "/chat/Message.json", { body: { chat_dialog_id: "5f00000000000000000000cc", read: 1 } }],
    ]
    for (const [method, path, request] of paths) await expectClientError(method, path, request)
  })

  it("keeps injection strings inert: stored verbatim, never executed", async () => {
    const nasty = `Robert'); DROP TABLE messages; -- "*" NEAR( %_ \\`
    const created = await raw(server.url, "POST", "/chat/Dialog.json", {
      token: alice.token,
      body: { type: 2, name: nasty, occupants_ids: [bob.userId], extensions: { location: nasty } },
    })
    expect(created.status).toBe(201)
    expect(created.json.name).toBe(nasty)
    const message = await sendMessage(server, alice, created.json._id, nasty, { "key'); --": nasty })
    expect(message.message).toBe(nasty)
    expect(message[`key'); --`]).toBe(nasty)
    const queries = [
      `name=${encodeURIComponent(nasty)}`,
      `name[ctn]=${encodeURIComponent("' OR 1=1 --")}`,
      `extensions[location]=${encodeURIComponent(nasty)}`,
      `name[in]=${encodeURIComponent("a') OR ('1'='1")}`,
    ]
    for (const query of queries) {
      const response = await raw(server.url, "GET", "/chat/Dialog.json", { token: alice.token, query })
      expect(response.status, query).toBe(200)
      expect(response.json.total_entries, query).toBeLessThanOrEqual(1)
    }
    expect(
      (
        await raw(server.url, "GET", "/chat/Dialog.json", {
          token: alice.token,
          query: `name=${encodeURIComponent(nasty)}`,
        })
      ).json.total_entries,
    ).toBe(1)
    await expectClientError("GET", "/chat/Dialog.json", {
      query: `sort_desc=${encodeURIComponent("name; DROP TABLE dialogs")}`,
    })
    await expectClientError("GET", "/chat/Dialog.json", {
      query: `extensions[${encodeURIComponent(`location"') --`)}]=1`,
    })
    await expectClientError("GET", "/chat/Dialog.json", {
      query: `_id[in]=${encodeURIComponent("a') OR 1=1 --")}`,
    })
    await expectClientError("GET", "/chat/Message.json", {
      query: `chat_dialog_id=${dialogId}&sender_id=${encodeURIComponent("1 OR 1=1")}`,
    })
    const filtered = await raw(server.url, "GET", "/chat/Message.json", {
      token: alice.token,
      query: `chat_dialog_id=${created.json._id}&message[ctn]=${encodeURIComponent("DROP TABLE")}`,
    })
    expect(filtered.json.items.map((item: { message: string }) => item.message)).toEqual([nasty])
  })

  it("leaves the stored data intact and consistent after all of the above", async () => {
    expect((await history(server, bob, dialogId)).map((message) => message.message)).toEqual(["keep me"])
    expect(await listedDialog(server, bob, dialogId)).toMatchObject({
      name: "Stable",
      last_message: "keep me",
      unread_messages_count: 1,
    })
    expect((await unread(server, bob, dialogId)).dialog).toBe(1)
    const { db } = (
      server.context.storage as unknown as {
        database: { db: { prepare(sql: string): { get(): unknown }; exec(sql: string): void } }
      }
    ).database
    expect(db.prepare("PRAGMA integrity_check").get()).toEqual({ integrity_check: "ok" })
    // FTS5's own check throws when the index and the messages disagree.
    expect(() => db.exec("INSERT INTO messages_fts (messages_fts) VALUES ('integrity-check')")).not.toThrow()
  })
})
