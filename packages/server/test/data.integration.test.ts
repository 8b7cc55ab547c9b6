import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type RawResponse, raw } from "./support/http.ts"
import { startTestServer, type TestServer } from "./support/testServer.ts"
import { createUser, openSession, type TestUser } from "./support/users.ts"

let server: TestServer
let alice: TestUser
let bob: TestUser
let carol: TestUser
let appToken: string

beforeAll(async () => {
  server = await startTestServer()
  alice = await createUser(server)
  bob = await createUser(server, { tags: ["moderators"] })
  carol = await createUser(server)
  appToken = await openSession(server)
})
afterAll(async () => {
  await server?.dispose()
})

const create = (token: string, className: string, body: unknown) =>
  raw(server.url, "POST", `/data/${className}.json`, { token, body })

const created = async (token: string, className: string, body: Record<string, unknown>) => {
  const response = await create(token, className, body)
  expect(response.status, response.text).toBe(201)
  return response.json as { _id: string } & Record<string, unknown>
}

const list = (token: string, className: string, query = "") =>
  raw(server.url, "GET", `/data/${className}.json`, { token, query })

const idsOf = (response: RawResponse) => response.json.items.map((item: { _id: string }) => item._id)

const expectError = (response: RawResponse, status: number) => {
  expect(response.status, response.text).toBe(status)
  expect(response.json?.errors).toBeDefined()
}

describe("moderation reports, as the JS docs file them", () => {
  it("data.create('UserReports', {reportedUserId, reason})", async () => {
    const response = await create(alice.token, "UserReports", { reportedUserId: bob.userId, reason: "spam" })
    expect(response.status).toBe(201)
    const record = response.json
    expect(record._id).toMatch(/^[0-9a-f]{24}$/)
    expect(record).toMatchObject({
      _parent_id: null,
      user_id: alice.userId,
      reportedUserId: bob.userId,
      reason: "spam",
      permissions: { read: { access: "open" }, update: { access: "owner" }, delete: { access: "owner" } },
    })
    expect(Number.isInteger(record.created_at)).toBe(true)
    expect(Number.isInteger(record.updated_at)).toBe(true)
    expect(Math.abs(record.created_at - Date.now() / 1000)).toBeLessThan(600)
  })

  it("data.create('MessageReports', {reportedMessageId, reason})", async () => {
    const reportedMessageId = "6b024fba44e0b5495c158c06"
    const record = await created(alice.token, "MessageReports", { reportedMessageId, reason: "abuse" })
    expect(record).toMatchObject({ user_id: alice.userId, reportedMessageId, reason: "abuse" })
    const found = await list(alice.token, "MessageReports", `reportedMessageId=${reportedMessageId}`)
    expect(found.status).toBe(200)
    expect(found.json).toMatchObject({ class_name: "MessageReports", skip: 0, limit: 100 })
    expect(idsOf(found)).toEqual([record._id])
  })
})

describe("records", () => {
  it("creates several at once, keyed from 1 (the SDK) or from 0 (the docs)", async () => {
    const fromOne = await raw(server.url, "POST", "/data/Batch/multi.json", {
      token: alice.token,
      body: { record: { "2": { n: 2 }, "1": { n: 1 } } },
    })
    expect(fromOne.status).toBe(201)
    expect(fromOne.json.class_name).toBe("Batch")
    expect(fromOne.json.items.map((item: { n: number }) => item.n)).toEqual([1, 2])
    const fromZero = await raw(server.url, "POST", "/data/Batch/multi.json", {
      token: alice.token,
      body: { record: { "0": { n: 0 }, "1": { n: 10 } } },
    })
    expect(fromZero.json.items.map((item: { n: number }) => item.n)).toEqual([0, 10])
    // All or nothing: one bad record keeps every other out.
    const bad = await raw(server.url, "POST", "/data/Batch/multi.json", {
      token: alice.token,
      body: { record: { "1": { n: 99 }, "2": { user_id: 5 } } },
    })
    expectError(bad, 422)
    expect((await list(alice.token, "Batch", "n=99")).json.items).toEqual([])
  })

  it("filters, sorts, pages and counts on JSON values", async () => {
    const cls = "Scores"
    const a = await created(alice.token, cls, { name: "ann", score: 10, tags: ["x", "y"], active: true })
    const b = await created(alice.token, cls, { name: "ben", score: 25.5, tags: ["y"], active: false })
    const c = await created(alice.token, cls, { name: "cid", score: 40, tags: [] })
    const d = await created(alice.token, cls, { name: "dee", score: "40" })
    const query = async (text: string) => {
      const response = await list(alice.token, cls, text)
      expect(response.status, `${text}: ${response.text}`).toBe(200)
      return idsOf(response)
    }
    expect(await query("score=40")).toEqual([c._id, d._id])
    expect(await query("score[gt]=10")).toEqual([b._id, c._id])
    expect(await query("score[gte]=10&score[lt]=40")).toEqual([a._id, b._id])
    expect(await query("score[lte]=25.5")).toEqual([a._id, b._id])
    expect(await query("name[in]=ann,cid")).toEqual([a._id, c._id])
    expect(await query("name[nin]=ann,cid")).toEqual([b._id, d._id])
    expect(await query("name[ne]=ann")).toEqual([b._id, c._id, d._id])
    expect(await query("name[ctn]=e")).toEqual([b._id, d._id])
    expect(await query("tags=y")).toEqual([a._id, b._id])
    expect(await query("tags[all]=x,y")).toEqual([a._id])
    expect(await query("active=true")).toEqual([a._id])
    expect(await query(`user_id=${alice.userId}&sort_desc=name`)).toEqual([d._id, c._id, b._id, a._id])
    expect(await query("sort_asc=score&limit=2")).toEqual([a._id, b._id])
    expect(await query("sort_asc=_id&limit=2&skip=2")).toEqual([c._id, d._id])
    expect(await query("limit=-1")).toEqual([d._id])
    expect(await query(`_id[in]=${a._id},${d._id}`)).toEqual([a._id, d._id])
    const count = await list(alice.token, cls, "score[gte]=25&count=1")
    expect(count.json).toEqual({ class_name: cls, items_count: 2 })
    const projected = await list(alice.token, cls, "name=ann&output[include]=name")
    expect(projected.json.items).toEqual([{ _id: a._id, name: "ann" }])
    const excluded = await list(alice.token, cls, "name=ann&output[exclude]=tags,score")
    expect(excluded.json.items[0]).not.toHaveProperty("tags")
    expect(excluded.json.items[0]).toHaveProperty("active", true)
  })

  it("gets records by ids, and the owner gets a record's permissions", async () => {
    const one = await created(alice.token, "Notes", { text: "one" })
    const two = await created(alice.token, "Notes", { text: "two" })
    const both = await raw(server.url, "GET", `/data/Notes/${one._id},${two._id}.json`, { token: bob.token })
    expect(both.status).toBe(200)
    expect(both.json.class_name).toBe("Notes")
    expect(idsOf(both)).toEqual([one._id, two._id])
    const spaced = await raw(server.url, "GET", `/data/Notes/${one._id},%20${two._id}.json`, {
      token: bob.token,
    })
    expect(idsOf(spaced)).toEqual([one._id, two._id])
    const permissions = await raw(server.url, "GET", `/data/Notes/${one._id}.json`, {
      token: alice.token,
      query: "permissions=1",
    })
    expect(permissions.json).toEqual({
      record_id: one._id,
      permissions: { read: { access: "open" }, update: { access: "owner" }, delete: { access: "owner" } },
    })
    expectError(
      await raw(server.url, "GET", `/data/Notes/${one._id}.json`, {
        token: bob.token,
        query: "permissions=1",
      }),
      403,
    )
    expectError(await raw(server.url, "GET", `/data/Notes/${"0".repeat(24)}.json`, { token: bob.token }), 404)
  })

  it("updates fields and applies inc, push, pull and the other operators", async () => {
    const record = await created(alice.token, "Counters", { count: 1, tags: ["a", "b", "a"], title: "t" })
    const update = (body: unknown, token = alice.token) =>
      raw(server.url, "PUT", `/data/Counters/${record._id}.json`, { token, body })
    const first = await update({
      title: "new",
      extra: { nested: [1, 2] },
      inc: { count: 2 },
      push: { tags: "c" },
    })
    expect(first.status, first.text).toBe(200)
    expect(first.json).toMatchObject({
      _id: record._id,
      title: "new",
      extra: { nested: [1, 2] },
      count: 3,
      tags: ["a", "b", "a", "c"],
    })
    const second = await update({
      pull: { tags: "a" },
      inc: { count: "-1" },
      add_to_set: { labels: ["x", "x", "y"] },
    })
    expect(second.json).toMatchObject({ count: 2, tags: ["b", "c"], labels: ["x", "y"] })
    const third = await update({ pop: { tags: 1 }, pull_all: { labels: ["y"] }, title: null })
    expect(third.json).toMatchObject({ tags: ["b"], labels: ["x"], title: null })
    expect(third.json.updated_at).toBeGreaterThanOrEqual(record.created_at as number)

    expectError(await update({ inc: { tags: 1 } }), 422)
    expectError(await update({ push: { count: 1 } }), 422)
    expectError(await update({ inc: { count: "many" } }), 422)
    expectError(await update({ count: 5, inc: { count: 1 } }), 422)
    for (const reserved of ["_id", "user_id", "created_at", "updated_at", "_parent_id"]) {
      expectError(await update({ [reserved]: "x" }), 422)
    }
    // The official SDK repeats the record's own id in the body; another id is refused.
    expect((await update({ _id: record._id, id: record._id, count: 2 })).status).toBe(200)
    expectError(await update({ _id: "0".repeat(24) }), 422)
    const after = await raw(server.url, "GET", `/data/Counters/${record._id}.json`, { token: alice.token })
    expect(after.json.items[0]).toMatchObject({ count: 2, tags: ["b"], user_id: alice.userId })
    expectError(
      await raw(server.url, "PUT", `/data/Counters/${"0".repeat(24)}.json`, {
        token: alice.token,
        body: { a: 1 },
      }),
      404,
    )
  })

  it("deletes one record (empty answer) or several (an outcome per id), with their children", async () => {
    const parent = await created(alice.token, "Threads", { title: "p" })
    const child = await created(alice.token, "Posts", { _parent_id: parent._id, text: "c" })
    expect(child._parent_id).toBe(parent._id)
    const grandchild = await created(alice.token, "Posts", { _parent_id: child._id, text: "g" })
    const single = await raw(server.url, "DELETE", `/data/Threads/${parent._id}.json`, { token: alice.token })
    expect(single.status).toBe(200)
    expect(single.text).toBe("")
    const gone = await raw(server.url, "GET", `/data/Posts/${child._id},${grandchild._id}.json`, {
      token: alice.token,
    })
    expect(gone.json.items).toEqual([])

    const mine = await created(alice.token, "Threads", { title: "mine" })
    const bobs = await created(bob.token, "Threads", { title: "bob's" })
    const missing = "0".repeat(24)
    const several = await raw(server.url, "DELETE", `/data/Threads/${mine._id},${bobs._id},${missing}.json`, {
      token: alice.token,
    })
    expect(several.status).toBe(200)
    expect(several.json).toEqual({
      SuccessfullyDeleted: { ids: [mine._id] },
      NotFound: { ids: [missing] },
      WrongPermissions: { ids: [bobs._id] },
    })
    expectError(await raw(server.url, "DELETE", `/data/Threads/${missing}.json`, { token: alice.token }), 404)
    expectError(
      await raw(server.url, "DELETE", `/data/Threads/${bobs._id}.json`, { token: alice.token }),
      403,
    )
    expect(idsOf(await list(bob.token, "Threads", `_id=${bobs._id}`))).toEqual([bobs._id])
  })
})

describe("who may do what", () => {
  it("needs a session; writes need a user", async () => {
    expectError(await create("", "Open", { a: 1 }), 401)
    expectError(await create("bad-token", "Open", { a: 1 }), 401)
    expectError(await create(appToken, "Open", { a: 1 }), 403)
    expectError(await list("bad-token", "Open"), 401)
    const record = await created(alice.token, "Open", { a: 1 })
    // An application session reads open records.
    expect(idsOf(await list(appToken, "Open"))).toEqual([record._id])
    expectError(
      await raw(server.url, "PUT", `/data/Open/${record._id}.json`, { token: appToken, body: { a: 2 } }),
      403,
    )
    expectError(await raw(server.url, "DELETE", `/data/Open/${record._id}.json`, { token: appToken }), 403)
  })

  it("keeps owner-only records from other users", async () => {
    const secret = await created(alice.token, "Private", { a: 1, permissions: { read: { access: "owner" } } })
    const open = await created(alice.token, "Private", { a: 2 })
    expect(idsOf(await list(alice.token, "Private"))).toEqual([secret._id, open._id])
    expect(idsOf(await list(bob.token, "Private"))).toEqual([open._id])
    expect((await list(bob.token, "Private", "count=1")).json.items_count).toBe(1)
    expectError(await raw(server.url, "GET", `/data/Private/${secret._id}.json`, { token: bob.token }), 403)
    const both = await raw(server.url, "GET", `/data/Private/${secret._id},${open._id}.json`, {
      token: bob.token,
    })
    expect(idsOf(both)).toEqual([open._id])
    const update = await raw(server.url, "PUT", `/data/Private/${open._id}.json`, {
      token: bob.token,
      body: { a: 3 },
    })
    expectError(update, 403)
  })

  it("opens actions to listed users and to user groups (tags)", async () => {
    const record = await created(alice.token, "Shared", {
      a: 1,
      permissions: {
        read: { access: "open_for_users_ids", ids: [bob.userId] },
        update: { access: "open_for_groups", groups: ["moderators"] },
        delete: { access: "open_for_users_ids", user_ids: [String(carol.userId)] },
      },
    })
    expect(record.permissions).toEqual({
      read: { access: "open_for_users_ids", users_ids: [String(bob.userId)] },
      update: { access: "open_for_groups", users_groups: ["moderators"] },
      delete: { access: "open_for_users_ids", users_ids: [String(carol.userId)] },
    })
    expect(idsOf(await list(bob.token, "Shared"))).toEqual([record._id])
    expect(idsOf(await list(carol.token, "Shared"))).toEqual([])
    const byBob = await raw(server.url, "PUT", `/data/Shared/${record._id}.json`, {
      token: bob.token,
      body: { a: 2 },
    })
    expect(byBob.status).toBe(200)
    expect(byBob.json.a).toBe(2)
    expectError(
      await raw(server.url, "PUT", `/data/Shared/${record._id}.json`, { token: carol.token, body: { a: 3 } }),
      403,
    )
    // Only the owner changes permissions, even for a user allowed to update.
    const takeover = await raw(server.url, "PUT", `/data/Shared/${record._id}.json`, {
      token: bob.token,
      body: { permissions: { read: { access: "open" } } },
    })
    expectError(takeover, 403)
    expectError(await raw(server.url, "DELETE", `/data/Shared/${record._id}.json`, { token: bob.token }), 403)
    expect(
      (await raw(server.url, "DELETE", `/data/Shared/${record._id}.json`, { token: carol.token })).status,
    ).toBe(200)
  })

  it("lets the owner change permissions", async () => {
    const record = await created(alice.token, "Mine", { a: 1 })
    const changed = await raw(server.url, "PUT", `/data/Mine/${record._id}.json`, {
      token: alice.token,
      body: { permissions: { update: { access: "open" } } },
    })
    expect(changed.json.permissions).toEqual({
      read: { access: "open" },
      update: { access: "open" },
      delete: { access: "owner" },
    })
    expect(
      (await raw(server.url, "PUT", `/data/Mine/${record._id}.json`, { token: bob.token, body: { a: 9 } }))
        .json.a,
    ).toBe(9)
  })
})

describe("bad input", () => {
  it("refuses malformed bodies, reserved fields and bad names with a 4xx and stores nothing", async () => {
    const cls = "Guarded"
    const keep = await created(alice.token, cls, { value: "keep me" })
    expectError(await create(alice.token, cls, "{not json"), 400)
    expectError(await create(alice.token, cls, [1, 2]), 422)
    expectError(await create(alice.token, cls, "42"), 422)
    for (const reserved of ["_id", "user_id", "created_at", "updated_at"]) {
      expectError(await create(alice.token, cls, { [reserved]: 1 }), 422)
    }
    expectError(await create(alice.token, cls, { _parent_id: "not-an-id" }), 422)
    for (const name of [
      "a-b",
      "1abc",
      "a b",
      "a.b",
      "x'); DROP TABLE data_records;--",
      'a"]',
      "$.a",
      "__proto__x",
    ]) {
      expectError(await create(alice.token, cls, { [name]: 1 }), 422)
    }
    expectError(await create(alice.token, cls, { permissions: { read: { access: "everyone" } } }), 422)
    expectError(
      await create(alice.token, cls, { permissions: { read: { access: "open_for_users_ids" } } }),
      422,
    )
    expectError(
      await create(alice.token, cls, { permissions: { read: { access: "open_for_users_ids", ids: ["x"] } } }),
      422,
    )
    expectError(await create(alice.token, cls, { permissions: "open" }), 422)
    expectError(
      await raw(server.url, "POST", `/data/${cls}/multi.json`, { token: alice.token, body: { record: [] } }),
      422,
    )
    expectError(
      await raw(server.url, "POST", `/data/${cls}/multi.json`, {
        token: alice.token,
        body: { record: { a: {} } },
      }),
      422,
    )
    expectError(
      await raw(server.url, "POST", `/data/${cls}/multi.json`, { token: alice.token, body: {} }),
      422,
    )
    const all = await list(alice.token, cls)
    expect(idsOf(all)).toEqual([keep._id])
    expect(all.json.items[0].value).toBe("keep me")
  })

  it("refuses injection in class names, filters and sorts, and treats hostile values as plain text", async () => {
    const cls = "Targets"
    const keep = await created(alice.token, cls, { name: "keep", n: 1 })
    for (const className of [
      encodeURIComponent("Targets; DROP TABLE data_records"),
      encodeURIComponent("Targets' OR '1'='1"),
      encodeURIComponent("../Targets"),
      "_Targets",
      "1Targets",
      `T${"x".repeat(64)}`,
    ]) {
      const response = await create(alice.token, className, { a: 1 })
      expect(response.status, className).toBeGreaterThanOrEqual(400)
      expect(response.status, className).toBeLessThan(500)
      const listed = await list(alice.token, className)
      expect(listed.status, className).toBeGreaterThanOrEqual(400)
      expect(listed.status, className).toBeLessThan(500)
    }
    for (const query of [
      `${encodeURIComponent("name') OR 1=1 --")}=x`,
      `${encodeURIComponent('name"')}=x`,
      `${encodeURIComponent("$.name")}=x`,
      "name[regex]=.*",
      "name[or]=a",
      "name[gt][deeper]=1",
      `sort_asc=${encodeURIComponent("name; DROP TABLE data_records")}`,
      "sort_desc[x]=1",
      "user_id=abc",
      "created_at[gt]=yesterday",
      "limit=abc",
      "limit=0",
      "limit=-5",
      "skip=-1",
      "group_by=name",
      "output[include]=a%27b",
    ]) {
      expectError(await list(alice.token, cls, query), 422)
    }
    for (const value of ["' OR '1'='1", "keep' --", '") OR 1=1 --', "%", "_", "\\"]) {
      const response = await list(alice.token, cls, `name=${encodeURIComponent(value)}`)
      expect(response.status).toBe(200)
      expect(response.json.items).toEqual([])
      expect((await list(alice.token, cls, `name[ctn]=${encodeURIComponent(value)}`)).json.items).toEqual([])
    }
    expect(idsOf(await list(alice.token, cls))).toEqual([keep._id])
    expectError(await raw(server.url, "GET", `/data/${cls}/not-an-id.json`, { token: alice.token }), 422)
    expectError(
      await raw(server.url, "DELETE", `/data/${cls}/1%20OR%201%3D1.json`, { token: alice.token }),
      422,
    )
    const update = await raw(server.url, "PUT", `/data/${cls}/${keep._id}.json`, {
      token: alice.token,
      body: "{oops",
    })
    expectError(update, 400)
    const after = await raw(server.url, "GET", `/data/${cls}/${keep._id}.json`, { token: alice.token })
    expect(after.json.items[0]).toMatchObject({ name: "keep", n: 1 })
  })
})

describe("lifecycle", () => {
  it("keeps records across a restart", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "cube-data-restart-"))
    try {
      const first = await startTestServer({ dataDir })
      const user = await createUser(first)
      const report = await raw(first.url, "POST", "/data/UserReports.json", {
        token: user.token,
        body: { reportedUserId: 7, reason: "spam", permissions: { read: { access: "owner" } } },
      })
      expect(report.status).toBe(201)
      await first.close()

      const second = await startTestServer({ dataDir })
      try {
        const token = await openSession(second, { login: user.login, password: user.password })
        const found = await raw(second.url, "GET", "/data/UserReports.json", {
          token,
          query: "reportedUserId=7",
        })
        expect(found.json.items).toEqual([
          expect.objectContaining({ _id: report.json._id, reason: "spam", user_id: user.userId }),
        ])
        const permissions = await raw(second.url, "GET", `/data/UserReports/${report.json._id}.json`, {
          token,
          query: "permissions=1",
        })
        expect(permissions.json.permissions.read).toEqual({ access: "owner" })
      } finally {
        await second.close()
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  })
})
