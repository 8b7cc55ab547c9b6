// Auth against an injected fetch: the CB-Token / CB-AuthKey headers and the session-expired retry.
import { describe, expect, it } from "vitest"
import { createRestClient, RestError } from "../src/index.ts"
import { baseUrl, fakeFetch, json, sessionExpired } from "./support/fakeFetch.ts"
import { alice, session } from "./support/samples.ts"

describe("auth headers", () => {
  it("sends the token as CB-Token and nothing else of its own", async () => {
    const { calls, fetch } = fakeFetch(() => json(200, { user: alice }))
    const client = createRestClient({ baseUrl, fetch, token: "t1" })
    await client.GET("/users/{userId}.json", { params: { path: { userId: 1001 } } })
    expect(calls[0]?.headers).toEqual({ "cb-token": "t1" })
  })

  it("sends no CB-Token without a session", async () => {
    const { calls, fetch } = fakeFetch(() => json(200, { user: alice }))
    const client = createRestClient({ baseUrl, fetch })
    await client.GET("/users/{userId}.json", { params: { path: { userId: 1001 } } })
    expect(calls[0]?.headers["cb-token"]).toBeUndefined()
  })

  it("picks up a token set later and forgets a cleared one", async () => {
    const { calls, fetch } = fakeFetch(() => json(200, { user: alice }))
    const client = createRestClient({ baseUrl, fetch })
    client.setToken("t2")
    expect(client.getToken()).toBe("t2")
    await client.GET("/users/{userId}.json", { params: { path: { userId: 1 } } })
    client.setToken(undefined)
    await client.GET("/users/{userId}.json", { params: { path: { userId: 1 } } })
    expect(calls.map((call) => call.headers["cb-token"])).toEqual(["t2", undefined])
  })

  it("signs up with CB-AuthKey when there is no session, with CB-Token when there is", async () => {
    const { calls, fetch } = fakeFetch(() => json(201, { user: alice }))
    const client = createRestClient({ baseUrl, fetch })
    const user = { login: "alice", password: "alice-pass", full_name: "Alice" }
    const first = await client.signUp({ user, authKey: "capture-auth-key" })
    expect(first.data).toEqual(alice)
    client.setToken("t3")
    await client.signUp({ user, authKey: "capture-auth-key" })
    expect(calls[0]?.headers["cb-authkey"]).toBe("capture-auth-key")
    expect(calls[0]?.headers["cb-token"]).toBeUndefined()
    expect(calls[1]?.headers["cb-token"]).toBe("t3")
    expect(calls[1]?.headers["cb-authkey"]).toBeUndefined()
  })

  it("does not send an old token when creating a session", async () => {
    const { calls, fetch } = fakeFetch(() => json(201, { session }))
    const client = createRestClient({ baseUrl, fetch, token: "old" })
    await client.createSession({ appId: 4242, authKey: "k", login: "alice", password: "p" })
    expect(calls[0]?.headers["cb-token"]).toBeUndefined()
    expect(client.getToken()).toBe(session.token)
  })

  it("merges the client's extra headers", async () => {
    const { calls, fetch } = fakeFetch(() => json(200, { session }))
    const client = createRestClient({ baseUrl, fetch, token: "t", headers: { "X-App": "demo" } })
    await client.GET("/session.json")
    expect(calls[0]?.headers).toEqual({ "cb-token": "t", "x-app": "demo" })
  })
})

describe("session expired", () => {
  const getUser = (client: ReturnType<typeof createRestClient>) =>
    client.GET("/users/{userId}.json", { params: { path: { userId: 2 } } })

  it("asks for a new token and retries the request exactly once with it", async () => {
    const { calls, fetch } = fakeFetch((request) =>
      request.headers["cb-token"] === "fresh" ? json(200, { user: alice }) : sessionExpired(),
    )
    let asked = 0
    const client = createRestClient({
      baseUrl,
      fetch,
      token: "stale",
      onSessionExpired: async () => {
        asked++
        return "fresh"
      },
    })
    const result = await getUser(client)
    expect(result.data).toEqual({ user: alice })
    expect(asked).toBe(1)
    expect(calls.map((call) => call.headers["cb-token"])).toEqual(["stale", "fresh"])
    expect(client.getToken()).toBe("fresh")
  })

  it("retries only once even when the retry is refused again", async () => {
    const { calls, fetch } = fakeFetch(() => sessionExpired())
    let asked = 0
    const client = createRestClient({
      baseUrl,
      fetch,
      token: "stale",
      onSessionExpired: () => `fresh-${++asked}`,
    })
    const result = await getUser(client)
    expect(calls).toHaveLength(2)
    expect(asked).toBe(1)
    expect(result.error?.status).toBe(401)
    expect(result.error?.isSessionExpired).toBe(true)
  })

  it("gives up when the handler resolves undefined (or throws)", async () => {
    for (const onSessionExpired of [() => undefined, () => Promise.reject(new Error("no credentials"))]) {
      const { calls, fetch } = fakeFetch(() => sessionExpired())
      const client = createRestClient({ baseUrl, fetch, token: "stale", onSessionExpired })
      const result = await getUser(client)
      expect(calls).toHaveLength(1)
      expect(result.error).toBeInstanceOf(RestError)
      expect(result.error?.isSessionExpired).toBe(true)
      expect(client.getToken()).toBe("stale")
    }
  })

  it("never fires for /session URLs or for other 401s", async () => {
    let asked = 0
    const onSessionExpired = () => {
      asked++
      return "fresh"
    }
    const expired = fakeFetch(() => sessionExpired())
    const client = createRestClient({ baseUrl, fetch: expired.fetch, token: "stale", onSessionExpired })
    await client.GET("/session.json")
    await client.DELETE("/session.json")
    const other = fakeFetch(() => json(401, { errors: { base: ["Unauthorized"] } }))
    const second = createRestClient({ baseUrl, fetch: other.fetch, token: "stale", onSessionExpired })
    const result = await getUser(second)
    expect(asked).toBe(0)
    expect(expired.calls).toHaveLength(2)
    expect(other.calls).toHaveLength(1)
    expect(result.error?.isSessionExpired).toBe(false)
  })

  it("shares one handler call between requests failing at the same time", async () => {
    const { calls, fetch } = fakeFetch((request) =>
      request.headers["cb-token"] === "fresh" ? json(200, { user: alice }) : sessionExpired(),
    )
    let asked = 0
    const client = createRestClient({
      baseUrl,
      fetch,
      token: "stale",
      onSessionExpired: async () => {
        asked++
        await new Promise((resolve) => setTimeout(resolve, 5))
        return "fresh"
      },
    })
    const results = await Promise.all([getUser(client), getUser(client), getUser(client)])
    expect(results.every((result) => result.data !== undefined)).toBe(true)
    expect(asked).toBe(1)
    expect(calls.filter((call) => call.headers["cb-token"] === "fresh")).toHaveLength(3)
  })

  it("retries with a token that arrived while the request was in flight, without asking again", async () => {
    let release: (response: Response) => void = () => {}
    const gate = new Promise<Response>((resolve) => {
      release = resolve
    })
    const { calls, fetch } = fakeFetch((request, index) =>
      index === 0
        ? gate
        : request.headers["cb-token"] === "fresh"
          ? json(200, { user: alice })
          : sessionExpired(),
    )
    let asked = 0
    const client = createRestClient({
      baseUrl,
      fetch,
      token: "stale",
      onSessionExpired: () => {
        asked++
        return "other"
      },
    })
    const pending = getUser(client)
    await new Promise((resolve) => setTimeout(resolve, 0))
    client.setToken("fresh")
    release(sessionExpired())
    const result = await pending
    expect(result.data).toEqual({ user: alice })
    expect(asked).toBe(0)
    expect(calls.map((call) => call.headers["cb-token"])).toEqual(["stale", "fresh"])
  })

  it("re-sends the body on the retry", async () => {
    const { calls, fetch } = fakeFetch((request) =>
      request.headers["cb-token"] === "fresh" ? json(201, { user: alice }) : sessionExpired(),
    )
    const client = createRestClient({ baseUrl, fetch, token: "stale", onSessionExpired: () => "fresh" })
    await client.PUT("/users/{userId}.json", {
      params: { path: { userId: 1001 } },
      body: { user: { full_name: "Alice B" } },
    })
    expect(calls.map((call) => call.body)).toEqual([
      '{"user":{"full_name":"Alice B"}}',
      '{"user":{"full_name":"Alice B"}}',
    ])
  })
})
