// Contract tests against the dereferenced spec the server validates with
// (packages/server/src/generated/openapi.json): every request the client builds conforms to its
// operation (path, query and body, checked with ajv), the client reaches every operation, the
// protocol.md sample answers conform to the response schemas, and the client's list of
// empty-answer calls matches the spec.
import { describe, expect, it } from "vitest"
import { createRestClient, fileCalls, textCalls } from "../src/index.ts"
import { baseUrl, type Captured, empty, fakeFetch, json } from "./support/fakeFetch.ts"
import * as samples from "./support/samples.ts"
import { operations, requestProblems, responseProblems } from "./support/spec.ts"

const { ids } = samples

/** Sends one call per operation (several for the quirky ones) and returns what went on the wire. */
const exerciseEveryOperation = async (): Promise<Captured[]> => {
  const { calls, fetch } = fakeFetch((call) => {
    if (call.path === "/blobs.json" && call.method === "POST") return json(201, samples.createdBlob)
    if (call.path === "/blobs/upload") return new Response(null, { status: 201 })
    return call.method === "GET" ? json(200, {}) : empty()
  })
  const rest = createRestClient({ baseUrl, fetch, token: samples.session.token })
  const dialog = { path: { dialogId: ids.groupDialog } }
  const record = { className: "UserReports", recordIds: samples.report._id }

  // Session and users.
  await rest.createSession({
    appId: 4242,
    authKey: "capture-auth-key",
    login: "alice",
    password: "alice-pass",
  })
  await rest.createSession({
    appId: "4242",
    authKey: "capture-auth-key",
    email: "alice@example.com",
    password: "alice-pass",
  })
  await rest.createSession({ appId: 4242, authKey: "capture-auth-key" })
  await rest.getSession()
  await rest.login({ login: "alice", password: "alice-pass" })
  await rest.logout()
  await rest.destroySession()
  rest.setToken(samples.session.token)
  await rest.signUp({ user: { login: "alice", password: "alice-pass", full_name: "Alice", tag_list: "a,b" } })
  await rest.GET("/users/v2.json", { params: { query: { id: { in: [1001, 2] }, limit: 5 } } })
  await rest.GET("/users/v2.json", {
    params: { query: { login: { in: ["alice", "bob"] }, offset: 5, sort_asc: "created_at" } },
  })
  await rest.GET("/users/v2.json", {
    params: { query: { full_name: { start_with: "Alic" }, updated_at: { gt: "2026-11-22T02:13:05Z" } } },
  })
  await rest.GET("/users/online.json", { params: { query: { count: true } } })
  await rest.GET("/users/online.json", { params: { query: { limit: 10, offset: 0 } } })
  await rest.POST("/users/password/reset.json", { body: { email: "alice@example.com" } })
  await rest.GET("/users/{userId}.json", { params: { path: { userId: 2 } } })
  await rest.PUT("/users/{userId}.json", {
    params: { path: { userId: 1001 } },
    body: { user: { full_name: "Alice B", password: "new", old_password: "old" } },
  })
  await rest.DELETE("/users/{userId}.json", { params: { path: { userId: 1001 } } })

  // Dialogs.
  await rest.GET("/chat/Dialog.json", {
    params: {
      query: {
        limit: 10,
        name: { ctn: "Te" },
        skip: 0,
        sort_desc: "last_message_date_sent",
        type: { in: [2, 3] },
        extensions: { location: "x" },
      },
    },
  })
  await rest.GET("/chat/Dialog.json", { params: { query: { _id: ids.groupDialog } } })
  await rest.GET("/chat/Dialog.json", {
    params: {
      query: { _id: { in: [ids.groupDialog, ids.privateDialog] }, count: 1, updated_at: { gt: 1795313575 } },
    },
  })
  await rest.POST("/chat/Dialog.json", { body: { type: 3, occupants_ids: "2" } })
  await rest.POST("/chat/Dialog.json", {
    body: {
      type: 2,
      name: "Team",
      occupants_ids: [2, 3],
      description: "d",
      extensions: { location: "x" },
      permissions: { allow_preview: true },
    },
  })
  await rest.PUT("/chat/Dialog/{dialogId}.json", {
    params: dialog,
    body: {
      name: "Team 2",
      push_all: { occupants_ids: [4], pinned_messages_ids: [ids.pinned] },
      pull_all: { occupants_ids: [3] },
    },
  })
  await rest.DELETE("/chat/Dialog/{dialogId}.json", {
    params: { path: { dialogId: [ids.groupDialog, ids.missingDialog] } },
    body: { force: 1 },
  })
  await rest.DELETE("/chat/Dialog/{dialogId}.json", { params: { path: { dialogId: ids.privateDialog } } })
  await rest.PUT("/chat/Dialog/{dialogId}/admins.json", {
    params: dialog,
    body: { push_all: { admins_ids: [2] } },
  })
  await rest.POST("/chat/Dialog/{dialogId}/subscribe.json", { params: dialog })
  await rest.DELETE("/chat/Dialog/{dialogId}/subscribe.json", { params: dialog })
  await rest.GET("/chat/Dialog/{dialogId}/notifications.json", { params: dialog })
  await rest.PUT("/chat/Dialog/{dialogId}/notifications.json", { params: dialog, body: { enabled: 0 } })
  await rest.GET("/chat/Dialog/{dialogId}/occupants.json", {
    params: { ...dialog, query: { limit: 10, skip: 0 } },
  })
  await rest.DELETE("/chat/Dialog/clearHistory/{dialogId}.json", { params: dialog, body: { force: true } })

  // Messages and search.
  await rest.GET("/chat/Message.json", {
    params: {
      query: {
        chat_dialog_id: ids.privateDialog,
        date_sent: { gt: 1795313575 },
        limit: 50,
        mark_as_read: 0,
        skip: 0,
        sort_desc: "date_sent",
      },
    },
  })
  await rest.POST("/chat/Message.json", {
    body: {
      chat_dialog_id: ids.privateDialog,
      message: "via REST",
      recipient_id: 2,
      attachments: [{ type: "image", uid: "abc" }],
      send_to_chat: 1,
      markable: 1,
      custom: "x",
    },
  })
  await rest.PUT("/chat/Message.json", { body: { read: 1, chat_dialog_id: ids.privateDialog } })
  await rest.PUT("/chat/Message/{messageIds}.json", {
    params: { path: { messageIds: [ids.restMessage, ids.message] } },
    body: { read: 1, chat_dialog_id: ids.privateDialog },
  })
  await rest.DELETE("/chat/Message/{messageIds}.json", {
    params: { path: { messageIds: [ids.restMessage, ids.missingMessage] } },
    body: { force: 1 },
  })
  await rest.POST("/chat/Message/system.json", { body: { recipientId: 2, foo: "bar", nested: { k: "v" } } })
  await rest.GET("/chat/Message/unread.json", {
    params: { query: { chat_dialog_ids: [ids.privateDialog, ids.groupDialog] } },
  })
  await rest.GET("/chat/Message/{messageId}/reactions.json", { params: { path: { messageId: ids.message } } })
  await rest.PUT("/chat/Message/{messageId}/reactions.json", {
    params: { path: { messageId: ids.message } },
    body: { add: "🔥", remove: "👎" },
  })
  await rest.GET("/chat/search.json", {
    params: {
      query: {
        search_text: "hello",
        chat_dialog_ids: [ids.privateDialog],
        start_date: "2026-11-21T02:13:14.384Z",
        end_date: "2026-11-22T02:13:14.384Z",
        limit: 10,
      },
    },
  })

  // Storage: the upload covers create, upload and complete.
  await rest.uploadBlob({ name: "note.txt", contentType: "text/plain", data: "hello blob" })
  await rest.GET("/blobs.json", { params: { query: { current_page: 1, per_page: 10 } } })
  await rest.GET("/blobs/{blobId}.json", { params: { path: { blobId: 5001 } } })
  await rest.DELETE("/blobs/{blobId}.json", { params: { path: { blobId: 5001 } } })
  await rest.GET("/blobs/{uid}", {
    params: { path: { uid: "6242af9a70fc3e2db84575cb7baeaac300" }, query: { token: samples.session.token } },
  })
  await rest.GET("/blobs/{uid}/download", { params: { path: { uid: "6242af9a70fc3e2db84575cb7baeaac300" } } })

  // Custom objects.
  await rest.GET("/data/{className}.json", {
    params: {
      path: { className: "UserReports" },
      query: { limit: 100, criteria: { reason: "spam", reportedUserId: { gt: 1 } } },
    },
  })
  await rest.POST("/data/{className}.json", {
    params: { path: { className: "UserReports" } },
    body: { reportedUserId: 2, reason: "spam" },
  })
  await rest.POST("/data/{className}/multi.json", {
    params: { path: { className: "UserReports" } },
    body: { record: { "1": { reason: "a" }, "2": { reason: "b" } } },
  })
  await rest.GET("/data/{className}/{recordIds}.json", {
    params: { path: { ...record, recordIds: [samples.report._id, ids.missingDialog] } },
  })
  await rest.PUT("/data/{className}/{recordIds}.json", {
    params: { path: record },
    body: { reason: "abuse", inc: { count: 1 } },
  })
  await rest.DELETE("/data/{className}/{recordIds}.json", { params: { path: record } })
  return calls
}

describe("requests conform to the spec", () => {
  it("validates every request the client builds (path, query, body)", async () => {
    const calls = await exerciseEveryOperation()
    const reports = await Promise.all(
      calls.map(async (call) => ({
        request: `${call.method} ${call.url}`,
        ...(await requestProblems(call)),
      })),
    )
    expect(reports.filter((report) => report.problems.length > 0)).toEqual([])

    const reached = new Set(reports.map((report) => report.operationId))
    const missing = operations().filter(({ operation }) => !reached.has(operation.operationId))
    expect(missing.map(({ method, template }) => `${method} ${template}`)).toEqual([])
  })

  it("rejects requests that do not conform (the check can fail)", async () => {
    const problems = async (call: Partial<Captured>) =>
      (
        await requestProblems({
          method: "GET",
          url: "",
          path: "/",
          query: "",
          headers: {},
          body: undefined,
          signal: new AbortController().signal,
          ...call,
        })
      ).problems
    expect(await problems({ path: "/chat/Nope.json" })).toHaveLength(1)
    expect(await problems({ path: "/chat/Dialog.json", query: "type[in]=x" })).not.toEqual([])
    expect(await problems({ path: "/chat/Dialog.json", query: "nope=1" })).not.toEqual([])
    expect(
      await problems({
        method: "POST",
        path: "/chat/Dialog.json",
        headers: { "content-type": "application/json" },
        body: '{"type":"2"}',
      }),
    ).not.toEqual([])
    expect(
      await problems({ method: "DELETE", path: `/chat/Message/${ids.message}.json`, query: "force=1" }),
    ).not.toEqual([])
    expect(await problems({ method: "GET", path: "/users/abc.json" })).not.toEqual([])
  })
})

describe("protocol.md sample answers conform to the spec", () => {
  const error = samples.sessionExpiredBody
  const cases: Array<[string, string, number, unknown]> = [
    ["POST", "/session.json", 201, { session: samples.session }],
    ["POST", "/session.json", 201, { session: samples.docsSession }],
    ["GET", "/session.json", 200, { session: samples.session }],
    ["POST", "/login.json", 200, { user: samples.alice }],
    ["POST", "/users.json", 201, { user: samples.alice }],
    ["GET", "/users/v2.json", 200, samples.userList],
    ["GET", "/users/online.json", 200, { count: 3 }],
    ["GET", "/users/online.json", 200, { users: [samples.bob] }],
    ["GET", "/users/{userId}.json", 200, { user: samples.bob }],
    ["PUT", "/users/{userId}.json", 200, { user: samples.alice }],
    ["GET", "/chat/Dialog.json", 200, samples.dialogList],
    ["POST", "/chat/Dialog.json", 201, samples.privateDialog],
    ["POST", "/chat/Dialog.json", 201, samples.groupDialog],
    ["PUT", "/chat/Dialog/{dialogId}.json", 200, samples.groupDialog],
    ["DELETE", "/chat/Dialog/{dialogId}.json", 200, samples.deleteDialogsResult],
    ["PUT", "/chat/Dialog/{dialogId}/admins.json", 200, samples.groupDialog],
    ["POST", "/chat/Dialog/{dialogId}/subscribe.json", 200, samples.groupDialog],
    ["GET", "/chat/Dialog/{dialogId}/notifications.json", 200, samples.notifications],
    ["PUT", "/chat/Dialog/{dialogId}/notifications.json", 200, { notifications: { enabled: 0 } }],
    ["GET", "/chat/Dialog/{dialogId}/occupants.json", 200, samples.occupants],
    ["GET", "/chat/Message.json", 200, samples.messageList],
    ["POST", "/chat/Message.json", 201, samples.restMessage],
    ["DELETE", "/chat/Message/{messageIds}.json", 200, samples.deleteMessagesResult],
    ["POST", "/chat/Message/system.json", 200, samples.systemMessage],
    ["GET", "/chat/Message/unread.json", 200, samples.unread],
    ["GET", "/chat/Message/{messageId}/reactions.json", 200, samples.reactions],
    ["GET", "/chat/search.json", 200, samples.searchResults],
    ["POST", "/blobs.json", 201, samples.createdBlob],
    ["GET", "/blobs/{blobId}.json", 200, samples.blobInfo],
    ["POST", "/data/{className}.json", 201, samples.report],
    ["GET", "/users/{userId}.json", 401, error],
    ["POST", "/users.json", 422, samples.validationErrorBody],
  ]
  it.each(cases)("%s %s %i", (method, template, status, body) => {
    expect(responseProblems(method, template, status, body)).toEqual([])
  })

  it("rejects a sample that does not conform (the check can fail)", () => {
    expect(
      responseProblems("GET", "/session.json", 200, { session: { ...samples.session, token: 5 } }),
    ).not.toEqual([])
    expect(responseProblems("GET", "/chat/Message/unread.json", 200, { [ids.groupDialog]: 1 })).not.toEqual(
      [],
    )
  })
})

describe("empty-answer calls", () => {
  it("match the spec: every operation whose success may be empty (and only those) is a text call", () => {
    const fromSpec = operations()
      .filter(({ operation }) =>
        Object.entries(operation.responses).some(
          ([status, response]) =>
            status.startsWith("2") && (!response.content || "text/plain" in response.content),
        ),
      )
      .map(({ method, template }) => `${method} ${template}`)
      .filter((call) => !fileCalls.has(call))
    // protocol.md §2.1 lists the message DELETE as a text call although the spec always answers a DeleteResult.
    expect(new Set([...fromSpec, "DELETE /chat/Message/{messageIds}.json"])).toEqual(textCalls)
  })

  it("match the spec's file downloads", () => {
    const fromSpec = operations()
      .filter(({ operation }) =>
        Object.values(operation.responses).some((response) => response.content && "*/*" in response.content),
      )
      .map(({ method, template }) => `${method} ${template}`)
    expect(new Set(fromSpec)).toEqual(fileCalls)
  })
})
