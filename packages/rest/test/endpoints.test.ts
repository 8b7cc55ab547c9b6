// One test per endpoint family: the exact request the client sends (method, URL, headers, body),
// compared with the official SDK's captured traffic (protocol.md §8). Deliberate differences:
// no `CB-SDK` header, no Content-Type on body-less requests, `application/json` without charset,
// and id lists joined with "," (the SDK's unread call joins with ", ").
import { describe, expect, it } from "vitest"
import { empty, json } from "./support/fakeFetch.ts"
import * as samples from "./support/samples.ts"
import { recordingClient as client, EMPTY_OK, emptyOk, JSON_TYPE, token, wire } from "./support/wire.ts"

const { ids } = samples

describe("session family", () => {
  it("signs up, creates a session, reads it, logs in and out, destroys it", async () => {
    const { calls, client: rest } = client((call) => {
      if (call.path === "/users.json") return json(201, { user: samples.alice })
      if (call.path === "/login.json")
        return call.method === "POST" ? json(200, { user: samples.alice }) : empty()
      if (call.method === "DELETE") return empty()
      return json(call.method === "POST" ? 201 : 200, { session: samples.session })
    }, null)
    const signedUp = await rest.signUp({
      user: { login: "alice", password: "alice-pass", full_name: "Alice" },
      authKey: "capture-auth-key",
    })
    const created = await rest.createSession({
      appId: 4242,
      authKey: "capture-auth-key",
      login: "alice",
      password: "alice-pass",
    })
    const current = await rest.getSession()
    const appOnly = await rest.createSession({ appId: 4242, authKey: "capture-auth-key" })
    const loggedIn = await rest.login({ email: "alice@example.com", password: "alice-pass" })
    const loggedOut = await rest.logout()
    const destroyed = await rest.destroySession()

    expect(signedUp.data).toEqual(samples.alice)
    expect(created.data).toEqual(samples.session)
    expect(current.data).toEqual(samples.session)
    expect(appOnly.data?.token).toBe(token)
    expect(loggedIn.data).toEqual(samples.alice)
    expect(emptyOk(loggedOut)).toEqual(EMPTY_OK)
    expect(emptyOk(destroyed)).toEqual(EMPTY_OK)
    expect(rest.getToken()).toBeUndefined()
    expect(calls.map(wire)).toEqual([
      {
        line: "POST /users.json",
        token: undefined,
        authKey: "capture-auth-key",
        type: JSON_TYPE,
        body: '{"user":{"login":"alice","password":"alice-pass","full_name":"Alice"}}',
      },
      {
        line: "POST /session.json",
        token: undefined,
        authKey: undefined,
        type: JSON_TYPE,
        body: '{"application_id":4242,"auth_key":"capture-auth-key","user":{"login":"alice","password":"alice-pass"}}',
      },
      { line: "GET /session.json", token, authKey: undefined, type: undefined, body: undefined },
      {
        line: "POST /session.json",
        token: undefined,
        authKey: undefined,
        type: JSON_TYPE,
        body: '{"application_id":4242,"auth_key":"capture-auth-key"}',
      },
      {
        line: "POST /login.json",
        token,
        authKey: undefined,
        type: JSON_TYPE,
        body: '{"email":"alice@example.com","password":"alice-pass"}',
      },
      { line: "DELETE /login.json", token, authKey: undefined, type: undefined, body: undefined },
      { line: "DELETE /session.json", token, authKey: undefined, type: undefined, body: undefined },
    ])
  })
})

describe("users family", () => {
  it("searches (users/v2), reads, updates, counts online users, resets a password and deletes", async () => {
    const { calls, client: rest } = client((call) => {
      if (call.path === "/users/v2.json") return json(200, samples.userList)
      if (call.path === "/users/online.json") return json(200, { count: 1 })
      if (call.method === "DELETE" || call.path === "/users/password/reset.json") return empty()
      return json(200, { user: samples.alice })
    })
    const page = await rest.GET("/users/v2.json", { params: { query: { id: { in: [1001, 2] }, limit: 5 } } })
    await rest.GET("/users/v2.json", {
      params: { query: { full_name: { start_with: "Alic" }, sort_desc: "created_at" } },
    })
    await rest.GET("/users/{userId}.json", { params: { path: { userId: 2 } } })
    await rest.PUT("/users/{userId}.json", {
      params: { path: { userId: 1001 } },
      body: { user: { full_name: "Alice B", custom_data: '{"a":1}' } },
    })
    const online = await rest.GET("/users/online.json", { params: { query: { count: true } } })
    const reset = await rest.POST("/users/password/reset.json", { body: { email: "alice@example.com" } })
    const deleted = await rest.DELETE("/users/{userId}.json", { params: { path: { userId: 1001 } } })

    expect(page.data).toEqual(samples.userList)
    expect(online.data).toEqual({ count: 1 })
    expect(reset.data).toBeUndefined()
    expect(deleted.error).toBeUndefined()
    expect(calls.map(wire)).toEqual([
      {
        line: "GET /users/v2.json?id[in][]=1001&id[in][]=2&limit=5",
        token,
        authKey: undefined,
        type: undefined,
        body: undefined,
      },
      {
        line: "GET /users/v2.json?full_name[start_with]=Alic&sort_desc=created_at",
        token,
        authKey: undefined,
        type: undefined,
        body: undefined,
      },
      { line: "GET /users/2.json", token, authKey: undefined, type: undefined, body: undefined },
      {
        line: "PUT /users/1001.json",
        token,
        authKey: undefined,
        type: JSON_TYPE,
        body: '{"user":{"full_name":"Alice B","custom_data":"{\\"a\\":1}"}}',
      },
      {
        line: "GET /users/online.json?count=true",
        token,
        authKey: undefined,
        type: undefined,
        body: undefined,
      },
      {
        line: "POST /users/password/reset.json",
        token,
        authKey: undefined,
        type: JSON_TYPE,
        body: '{"email":"alice@example.com"}',
      },
      { line: "DELETE /users/1001.json", token, authKey: undefined, type: undefined, body: undefined },
    ])
  })
})

describe("search family", () => {
  it("sends dates as ISO strings and dialog ids comma-joined", async () => {
    const { calls, client: rest } = client(() => json(200, samples.searchResults))
    const result = await rest.GET("/chat/search.json", {
      params: {
        query: {
          search_text: "hello",
          chat_dialog_ids: [ids.privateDialog, ids.groupDialog],
          start_date: new Date("2026-11-22T02:13:14.384Z") as never,
          end_date: "2026-11-21T02:13:14.384Z",
        },
      },
    })
    expect(result.data).toEqual(samples.searchResults)
    expect(wire(calls[0])).toEqual({
      line: `GET /chat/search.json?chat_dialog_ids=${ids.privateDialog}%2C${ids.groupDialog}&end_date=2026-11-21T02%3A13%3A14.384Z&search_text=hello&start_date=2026-11-22T02%3A13%3A14.384Z`,
      token,
      authKey: undefined,
      type: undefined,
      body: undefined,
    })
  })
})

describe("blobs family", () => {
  it("uploads in three steps: create, multipart POST to the ticket URL (file last), complete", async () => {
    const { calls, client: rest } = client((call) => {
      if (call.path === "/blobs.json") return json(201, samples.createdBlob)
      if (call.path === "/blobs/upload") return new Response("<PostResponse/>", { status: 201 })
      return empty()
    })
    const result = await rest.uploadBlob({ name: "note.txt", contentType: "text/plain", data: "hello blob" })
    const { blob_object_access: _ticket, ...stored } = samples.createdBlob.blob
    expect(result.data).toEqual({ ...stored, size: 10 })

    expect(wire(calls[0])).toEqual({
      line: "POST /blobs.json",
      token,
      authKey: undefined,
      type: JSON_TYPE,
      body: '{"blob":{"name":"note.txt","content_type":"text/plain","public":false}}',
    })
    const upload = calls[1]
    expect(upload?.method).toBe("POST")
    expect(upload?.url).toBe("/blobs/upload")
    expect(upload?.headers["cb-token"]).toBeUndefined()
    expect(upload?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/)
    const form = await new Request("http://x", {
      method: "POST",
      body: upload?.body ?? "",
      headers: { "Content-Type": upload?.headers["content-type"] ?? "" },
    }).formData()
    expect([...form.keys()]).toEqual(["key", "expires", "Content-Type", "acl", "signature", "file"])
    expect(form.get("Content-Type")).toBe("text/plain")
    const file = form.get("file") as File
    expect(file.name).toBe("note.txt")
    expect(await file.text()).toBe("hello blob")
    expect(wire(calls[2])).toEqual({
      line: "PUT /blobs/5001/complete.json",
      token,
      authKey: undefined,
      type: JSON_TYPE,
      body: '{"size":10}',
    })
  })

  it("stops at the failing step and returns its error", async () => {
    const { calls, client: rest } = client((call) =>
      call.path === "/blobs.json"
        ? json(201, samples.createdBlob)
        : json(403, { errors: { base: ["Forbidden"] } }),
    )
    const result = await rest.uploadBlob({ name: "note.txt", data: new Uint8Array([1, 2, 3]) })
    expect(calls).toHaveLength(2)
    expect(result.error?.status).toBe(403)
    expect(result.error?.message).toBe("Forbidden")
  })

  it("reads, lists and deletes blobs", async () => {
    const { calls, client: rest } = client((call) =>
      call.method === "DELETE"
        ? empty()
        : call.path === "/blobs.json"
          ? json(200, { current_page: 1, per_page: 10, total_entries: 1, items: [samples.blobInfo] })
          : json(200, samples.blobInfo),
    )
    const info = await rest.GET("/blobs/{blobId}.json", { params: { path: { blobId: 5001 } } })
    await rest.GET("/blobs.json", { params: { query: { current_page: 1, per_page: 10 } } })
    const deleted = await rest.DELETE("/blobs/{blobId}.json", { params: { path: { blobId: 5001 } } })
    expect(info.data).toEqual(samples.blobInfo)
    expect(emptyOk(deleted)).toEqual(EMPTY_OK)
    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual([
      "GET /blobs/5001.json",
      "GET /blobs.json?current_page=1&per_page=10",
      "DELETE /blobs/5001.json",
    ])
  })
})

describe("data family", () => {
  it("creates, lists, reads and deletes custom-object records", async () => {
    const { calls, client: rest } = client((call) => {
      if (call.method === "POST") return json(201, samples.report)
      if (call.method === "DELETE") return empty()
      return json(200, { class_name: "UserReports", skip: 0, limit: 100, items: [samples.report] })
    })
    const created = await rest.POST("/data/{className}.json", {
      params: { path: { className: "UserReports" } },
      body: { reportedUserId: 2, reason: "spam" },
    })
    await rest.GET("/data/{className}.json", {
      params: {
        path: { className: "UserReports" },
        query: { limit: 100, criteria: { reason: "spam", reportedUserId: { in: "2,3" } } },
      },
    })
    await rest.GET("/data/{className}/{recordIds}.json", {
      params: { path: { className: "UserReports", recordIds: [samples.report._id, ids.missingDialog] } },
    })
    await rest.DELETE("/data/{className}/{recordIds}.json", {
      params: { path: { className: "UserReports", recordIds: samples.report._id } },
    })

    expect(created.data).toEqual(samples.report)
    expect(calls.map(wire)).toEqual([
      {
        line: "POST /data/UserReports.json",
        token,
        authKey: undefined,
        type: JSON_TYPE,
        body: '{"reportedUserId":2,"reason":"spam"}',
      },
      {
        line: "GET /data/UserReports.json?limit=100&reason=spam&reportedUserId[in]=2%2C3",
        token,
        authKey: undefined,
        type: undefined,
        body: undefined,
      },
      {
        line: `GET /data/UserReports/${samples.report._id},${ids.missingDialog}.json`,
        token,
        authKey: undefined,
        type: undefined,
        body: undefined,
      },
      {
        line: `DELETE /data/UserReports/${samples.report._id}.json`,
        token,
        authKey: undefined,
        type: undefined,
        body: undefined,
      },
    ])
  })
})
