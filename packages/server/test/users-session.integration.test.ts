import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { raw } from "./support/http.ts"
import { startTestServer, type TestServer, testApp } from "./support/testServer.ts"
import { createUser, openSession, type TestUser } from "./support/users.ts"

let server: TestServer
let alice: TestUser
let bob: TestUser

beforeAll(async () => {
  server = await startTestServer({ sessionTtlMs: 60_000 })
  ;[alice, bob] = await Promise.all([createUser(server, { tags: ["red", "blue"] }), createUser(server)])
})
afterAll(async () => {
  await server.dispose()
})

const credentials = { application_id: testApp.id, auth_key: testApp.authKey }

describe("sessions", () => {
  it("creates application, user (login or email) and guest sessions, and refuses wrong credentials", async () => {
    const app = await raw(server.url, "POST", "/session.json", { body: credentials })
    expect(app.status).toBe(201)
    expect(app.json.session).toMatchObject({ user_id: 0, application_id: testApp.id })
    expect(app.json.session.token).toMatch(/^[0-9a-f]{40}$/)

    const user = await raw(server.url, "POST", "/session.json", {
      body: { ...credentials, user: { login: alice.login, password: alice.password } },
    })
    expect(user.status).toBe(201)
    expect(user.json.session.user).toMatchObject({ id: alice.userId, login: alice.login })
    expect(user.json.session.user.password_hash).toBeUndefined()

    const guest = await raw(server.url, "POST", "/session.json", {
      body: { ...credentials, user: { guest: "1", full_name: "Visitor" } },
    })
    expect(guest.status).toBe(201)
    expect(guest.json.session.user).toMatchObject({ full_name: "Visitor", is_guest: true })

    for (const body of [
      { ...credentials, user: { login: alice.login, password: "wrong-password" } },
      { ...credentials, user: { login: "nobody-here", password: "password-123" } },
      { ...credentials, auth_key: "wrong" },
      { ...credentials, application_id: 999 },
    ]) {
      const refused = await raw(server.url, "POST", "/session.json", { body })
      expect(refused.status, JSON.stringify(body)).toBe(401)
      expect(refused.json.errors).toBeDefined()
    }
  })

  it("reads, binds, unbinds and destroys a session; a destroyed token gets the session-expired 401", async () => {
    const token = await openSession(server)
    const login = await raw(server.url, "POST", "/login.json", {
      token,
      body: { login: bob.login, password: bob.password },
    })
    expect(login.status).toBe(200)
    expect(login.json.user.id).toBe(bob.userId)
    const read = await raw(server.url, "GET", "/session.json", { token })
    expect(read.json.session.user_id).toBe(bob.userId)
    const logout = await raw(server.url, "DELETE", "/login.json", { token })
    expect([logout.status, logout.text]).toEqual([200, ""])
    expect((await raw(server.url, "GET", "/session.json", { token })).json.session.user_id).toBe(0)
    expect((await raw(server.url, "DELETE", "/session.json", { token })).status).toBe(200)
    const gone = await raw(server.url, "GET", "/session.json", { token })
    expect(gone.status).toBe(401)
    expect(gone.json.errors.base[0]).toBe("Required session does not exist")
  })

  it("expires an unused token after its lifetime, and every use extends it", async () => {
    const short = await startTestServer({ sessionTtlMs: 400 })
    try {
      const token = await openSession(short)
      for (let i = 0; i < 4; i++) {
        await new Promise((resolve) => setTimeout(resolve, 200))
        expect((await raw(short.url, "GET", "/session.json", { token })).status).toBe(200)
      }
      await new Promise((resolve) => setTimeout(resolve, 600))
      expect((await raw(short.url, "GET", "/session.json", { token })).status).toBe(401)
    } finally {
      await short.dispose()
    }
  })

  it("does not write the session on every request: its expiry moves once the slack (a minute at 2 h) is used", async () => {
    const standard = await startTestServer()
    try {
      const token = await openSession(standard)
      const stored = async () => (await standard.context.storage.sessions.findLive(token, Date.now()))!
      const created = await stored()
      for (let i = 0; i < 5; i++)
        expect((await raw(standard.url, "GET", "/session.json", { token })).status).toBe(200)
      expect(await stored()).toEqual(created)
      expect(created.expiresAt - created.createdAt).toBe(2 * 60 * 60 * 1000 + 60_000)
    } finally {
      await standard.dispose()
    }
  })
})

describe("users", () => {
  it("signs up with CB-AuthKey only with a known key, and keeps logins and emails unique", async () => {
    const noKey = await raw(server.url, "POST", "/users.json", {
      body: { user: { login: "carol-x", password: "password-123" } },
    })
    expect(noKey.status).toBe(401)
    const badKey = await raw(server.url, "POST", "/users.json", {
      authKey: "nope",
      body: { user: { login: "carol-x", password: "password-123" } },
    })
    expect(badKey.status).toBe(401)
    const taken = await raw(server.url, "POST", "/users.json", {
      authKey: testApp.authKey,
      body: { user: { login: alice.login.toUpperCase(), password: "password-123" } },
    })
    expect(taken.status).toBe(422)
    expect(taken.json.errors.login).toEqual(["has already been taken"])
    const email = await raw(server.url, "POST", "/users.json", {
      authKey: testApp.authKey,
      body: { user: { email: "carol@example.com", password: "password-123", full_name: "Carol" } },
    })
    expect(email.status).toBe(201)
    expect(email.json.user).toMatchObject({ email: "carol@example.com", login: null, full_name: "Carol" })
  })

  it("lists with v2 filters (id[in][] array form, comma form, start_with, tags), sorting and paging", async () => {
    const byIds = await raw(server.url, "GET", "/users/v2.json", {
      token: alice.token,
      query: `id[in][]=${alice.userId}&id[in][]=${bob.userId}`,
    })
    expect(byIds.status).toBe(200)
    const ascending = [alice.userId, bob.userId].sort((a, b) => a - b)
    expect(byIds.json.items.map((user: { id: number }) => user.id)).toEqual(ascending)
    expect(byIds.json.total_entries).toBe(2)
    const comma = await raw(server.url, "GET", "/users/v2.json", {
      token: alice.token,
      query: `id[in]=${bob.userId}%2C%20${alice.userId}&sort_desc=id`,
    })
    expect(comma.json.items.map((user: { id: number }) => user.id)).toEqual([...ascending].reverse())
    const prefix = await raw(server.url, "GET", "/users/v2.json", {
      token: alice.token,
      query: `full_name[start_with]=${encodeURIComponent(alice.login.slice(0, 12))}&limit=1`,
    })
    expect(prefix.json.limit).toBe(1)
    expect(prefix.json.items).toHaveLength(1)
    const loginPrefix = await raw(server.url, "GET", "/users/v2.json", {
      token: alice.token,
      query: `login[start_with]=${encodeURIComponent(bob.login)}`,
    })
    expect(loginPrefix.json.items.map((user: { id: number }) => user.id)).toEqual([bob.userId])
    const tagged = await raw(server.url, "GET", "/users/v2.json", {
      token: alice.token,
      query: "user_tags=blue",
    })
    expect(tagged.json.items.map((user: { id: number }) => user.id)).toEqual([alice.userId])
  })

  it("lets a user read anyone of the app but change and delete only themself; a password change needs the old one", async () => {
    expect(
      (await raw(server.url, "GET", `/users/${bob.userId}.json`, { token: alice.token })).json.user.id,
    ).toBe(bob.userId)
    expect((await raw(server.url, "GET", "/users/999999.json", { token: alice.token })).status).toBe(404)
    const other = await raw(server.url, "PUT", `/users/${bob.userId}.json`, {
      token: alice.token,
      body: { user: { full_name: "x" } },
    })
    expect(other.status).toBe(403)
    const appOnly = await raw(server.url, "PUT", `/users/${bob.userId}.json`, {
      token: await openSession(server),
      body: { user: { full_name: "x" } },
    })
    expect(appOnly.status).toBe(403)
    const self = await raw(server.url, "PUT", `/users/${alice.userId}.json`, {
      token: alice.token,
      body: { user: { full_name: "Alice A.", tag_list: "green" } },
    })
    expect(self.json.user).toMatchObject({ full_name: "Alice A.", user_tags: "green" })
    const noOld = await raw(server.url, "PUT", `/users/${alice.userId}.json`, {
      token: alice.token,
      body: { user: { password: "new-password-1" } },
    })
    expect(noOld.status).toBe(422)
    const changed = await raw(server.url, "PUT", `/users/${alice.userId}.json`, {
      token: alice.token,
      body: { user: { password: "new-password-1", old_password: alice.password } },
    })
    expect(changed.status).toBe(200)
    const relogin = await raw(server.url, "POST", "/session.json", {
      body: { ...credentials, user: { login: alice.login, password: "new-password-1" } },
    })
    expect(relogin.status).toBe(201)

    const doomed = await createUser(server)
    expect(
      (await raw(server.url, "DELETE", `/users/${bob.userId}.json`, { token: doomed.token })).status,
    ).toBe(403)
    expect(
      (await raw(server.url, "DELETE", `/users/${doomed.userId}.json`, { token: doomed.token })).status,
    ).toBe(200)
    expect((await raw(server.url, "GET", "/session.json", { token: doomed.token })).status).toBe(401)
    expect(
      (await raw(server.url, "GET", `/users/${doomed.userId}.json`, { token: alice.token })).status,
    ).toBe(404)
  })

  it("reports online users and their count from live chat connections (none here)", async () => {
    expect(
      (await raw(server.url, "GET", "/users/online.json", { token: alice.token, query: "count=true" })).json,
    ).toEqual({ count: 0 })
    expect((await raw(server.url, "GET", "/users/online.json", { token: alice.token })).json).toEqual({
      users: [],
    })
  })

  it("refuses every users/session operation without a token or with an unknown one", async () => {
    const operations: Array<[string, string]> = [
      ["GET", "/session.json"],
      ["DELETE", "/session.json"],
      ["POST", "/login.json"],
      ["DELETE", "/login.json"],
      ["GET", "/users/v2.json"],
      ["GET", `/users/${alice.userId}.json`],
      ["PUT", `/users/${alice.userId}.json`],
      ["DELETE", `/users/${alice.userId}.json`],
      ["GET", "/users/online.json"],
    ]
    for (const [method, path] of operations) {
      expect((await raw(server.url, method, path)).status, `${method} ${path}`).toBe(401)
      const unknown = await raw(server.url, method, path, { token: "f".repeat(40) })
      expect(unknown.status, `${method} ${path}`).toBe(401)
      expect(unknown.json.errors.base).toEqual(["Required session does not exist"])
    }
  })
})

describe("bad input on users and sessions", () => {
  const cases: Array<[string, string, unknown, number]> = [
    ["POST", "/session.json", "{not json", 400],
    ["POST", "/session.json", { application_id: { $ne: 1 }, auth_key: testApp.authKey }, 422],
    ["POST", "/session.json", { application_id: testApp.id, auth_key: ["x"] }, 422],
    [
      "POST",
      "/session.json",
      { ...credentials, user: { login: "' OR 1=1 --", password: "x' OR '1'='1" } },
      401,
    ],
    ["POST", "/users.json", { user: { login: "short-pass", password: "1234" } }, 422],
    ["POST", "/users.json", { user: { password: "password-123" } }, 422],
    ["POST", "/users.json", { user: { email: "not-an-email", password: "password-123" } }, 422],
    ["POST", "/users.json", { user: "robert'); DROP TABLE users;--" }, 422],
    ["POST", "/users.json", "[1,2,3]", 422],
  ]
  it("answers each with a clear 4xx and the errors body, never a 500, and stores nothing broken", async () => {
    for (const [method, path, body, status] of cases) {
      const response = await raw(server.url, method, path, { authKey: testApp.authKey, body })
      expect(response.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(status)
      expect(response.json?.errors, `${method} ${path} ${JSON.stringify(body)}`).toBeDefined()
    }
    const huge = await raw(server.url, "POST", "/users.json", {
      authKey: testApp.authKey,
      body: { user: { login: "huge", password: "password-123", custom_data: "x".repeat(2 * 1024 * 1024) } },
    })
    expect(huge.status).toBe(413)
    const wrongPath = await raw(server.url, "GET", "/users/abc.json", { token: alice.token })
    expect(wrongPath.status).toBeGreaterThanOrEqual(400)
    expect(wrongPath.status).toBeLessThan(500)
    const traversal = await raw(server.url, "GET", "/users/..%2F..%2Fetc%2Fpasswd.json", {
      token: alice.token,
    })
    expect(traversal.status).toBeLessThan(500)
    // Everyone is still there and can still log in.
    const list = await raw(server.url, "GET", "/users/v2.json", {
      token: bob.token,
      query: `id[in][]=${bob.userId}`,
    })
    expect(list.json.items[0].login).toBe(bob.login)
    expect(
      (
        await raw(server.url, "POST", "/session.json", {
          body: { ...credentials, user: { login: bob.login, password: bob.password } },
        })
      ).status,
    ).toBe(201)
  })
})
