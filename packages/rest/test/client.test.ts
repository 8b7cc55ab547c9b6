// The client's wire quirks against an injected fetch: encodings, timeouts and aborts, how bodies and
// failures become `{ data, error }`, the helpers' edge cases and middleware.
import { describe, expect, it } from "vitest"
import { createRestClient, RestError } from "../src/index.ts"
import { baseUrl, empty, fakeFetch, hang, json, sessionExpired } from "./support/fakeFetch.ts"
import { dialogList, ids, session, validationErrorBody } from "./support/samples.ts"

describe("encoding", () => {
  it("sends DELETE parameters as an urlencoded body, never in the query", async () => {
    const { calls, fetch } = fakeFetch(() => json(200, {}))
    const client = createRestClient({ baseUrl, fetch, token: "t" })
    await client.DELETE("/chat/Message/{messageIds}.json", {
      params: { path: { messageIds: ids.restMessage } },
      body: { force: 1 },
    })
    await client.DELETE("/chat/Dialog/{dialogId}.json", {
      params: { path: { dialogId: ids.groupDialog } },
      body: { force: true },
    })
    expect(calls[0]?.url).toBe(`/chat/Message/${ids.restMessage}.json`)
    expect(calls[0]?.body).toBe("force=1")
    expect(calls[0]?.headers["content-type"]).toBe("application/x-www-form-urlencoded; charset=UTF-8")
    expect(calls[1]?.body).toBe("force=1")
  })

  it("sends a DELETE without parameters with no body at all", async () => {
    const { calls, fetch } = fakeFetch(() => empty())
    const client = createRestClient({ baseUrl, fetch, token: "t" })
    await client.DELETE("/chat/Dialog/{dialogId}.json", { params: { path: { dialogId: ids.privateDialog } } })
    await client.DELETE("/chat/Dialog/{dialogId}.json", {
      params: { path: { dialogId: ids.privateDialog } },
      body: {},
    })
    for (const call of calls) {
      expect(call.body).toBeUndefined()
      expect(call.headers["content-type"]).toBeUndefined()
    }
  })

  it("joins id lists with commas in path segments and chat_dialog_ids", async () => {
    const { calls, fetch } = fakeFetch(() => json(200, { total: 0 }))
    const client = createRestClient({ baseUrl, fetch, token: "t" })
    await client.DELETE("/chat/Message/{messageIds}.json", {
      params: { path: { messageIds: [ids.restMessage, ids.missingMessage] } },
    })
    await client.GET("/chat/Message/unread.json", {
      params: { query: { chat_dialog_ids: [ids.privateDialog, ids.groupDialog] } },
    })
    expect(calls[0]?.url).toBe(`/chat/Message/${ids.restMessage},${ids.missingMessage}.json`)
    expect(calls[1]?.url).toBe(
      `/chat/Message/unread.json?chat_dialog_ids=${ids.privateDialog}%2C${ids.groupDialog}`,
    )
  })

  it("writes GET filters as sorted key[op]=value pairs with lists comma-joined", async () => {
    const { calls, fetch } = fakeFetch(() => json(200, dialogList))
    const client = createRestClient({ baseUrl, fetch, token: "t" })
    await client.GET("/chat/Dialog.json", {
      params: {
        query: {
          type: { in: "2,3" },
          name: { ctn: "Te" },
          limit: 10,
          skip: 0,
          sort_desc: "last_message_date_sent",
          extensions: { location: { ctn: "Sun bar" } },
        },
      },
    })
    expect(calls[0]?.query).toBe(
      "extensions[location][ctn]=Sun%20bar&limit=10&name[ctn]=Te&skip=0&sort_desc=last_message_date_sent&type[in]=2%2C3",
    )
    const arrays = fakeFetch(() => json(200, dialogList))
    await createRestClient({ baseUrl, fetch: arrays.fetch }).GET("/chat/Dialog.json", {
      params: { query: { type: { in: [2, 3] } } },
    })
    expect(arrays.calls[0]?.query).toBe("type[in]=2%2C3")
  })

  it("repeats id[in][]= for users/v2 lists", async () => {
    const { calls, fetch } = fakeFetch(() => json(200, { limit: 5, skip: 0, total_entries: 0, items: [] }))
    const client = createRestClient({ baseUrl, fetch, token: "t" })
    await client.GET("/users/v2.json", { params: { query: { id: { in: [1001, 2] }, limit: 5 } } })
    expect(calls[0]?.url).toBe("/users/v2.json?id[in][]=1001&id[in][]=2&limit=5")
  })

  it("posts JSON bodies as JSON", async () => {
    const { calls, fetch } = fakeFetch(() => json(201, dialogList.items[0]))
    const client = createRestClient({ baseUrl, fetch, token: "t" })
    await client.POST("/chat/Dialog.json", { body: { type: 3, occupants_ids: "2" } })
    expect(calls[0]?.headers["content-type"]).toBe("application/json")
    expect(calls[0]?.body).toBe('{"type":3,"occupants_ids":"2"}')
  })
})

describe("timeouts and aborts", () => {
  it("turns a client timeout into RestError reason timeout, status 0", async () => {
    const { fetch } = fakeFetch(hang)
    const client = createRestClient({ baseUrl, fetch, timeout: 20 })
    const result = await client.GET("/session.json")
    expect(result.error).toBeInstanceOf(RestError)
    expect(result.error?.reason).toBe("timeout")
    expect(result.error?.status).toBe(0)
    expect(result.response).toBeUndefined()
  })

  it("lets a call override the client's timeout", async () => {
    const { fetch } = fakeFetch(hang)
    const client = createRestClient({ baseUrl, fetch })
    const result = await client.GET("/session.json", { timeout: 20 })
    expect(result.error?.reason).toBe("timeout")
  })

  it("turns the caller's abort into reason aborted", async () => {
    const { fetch } = fakeFetch(hang)
    const client = createRestClient({ baseUrl, fetch, timeout: 60_000 })
    const controller = new AbortController()
    const pending = client.GET("/session.json", { signal: controller.signal })
    controller.abort()
    const result = await pending
    expect(result.error?.reason).toBe("aborted")
    expect(result.error?.status).toBe(0)
  })

  it("aborts at once with an already aborted signal", async () => {
    const { fetch } = fakeFetch(hang)
    const client = createRestClient({ baseUrl, fetch })
    const result = await client.GET("/session.json", { signal: AbortSignal.abort() })
    expect(result.error?.reason).toBe("aborted")
  })

  it("turns a network failure into reason network instead of throwing", async () => {
    const client = createRestClient({ baseUrl, fetch: () => Promise.reject(new TypeError("fetch failed")) })
    const result = await client.GET("/session.json")
    expect(result.error).toBeInstanceOf(RestError)
    expect(result.error?.reason).toBe("network")
    expect(result.error?.status).toBe(0)
    expect(result.error?.cause).toBeInstanceOf(TypeError)
    expect(result.error?.message).toContain("fetch failed")
  })
})

describe("responses", () => {
  it("resolves a text call's empty 200 with data undefined", async () => {
    const { fetch } = fakeFetch(() => empty())
    const client = createRestClient({ baseUrl, fetch, token: "t" })
    const result = await client.PUT("/chat/Message/{messageId}/reactions.json", {
      params: { path: { messageId: ids.message } },
      body: { add: "👍" },
    })
    expect(result.error).toBeUndefined()
    expect(result.data).toBeUndefined()
    expect(result.response?.status).toBe(200)
  })

  it("parses a text call's JSON body (a multi-id DELETE outcome)", async () => {
    const outcome = {
      SuccessfullyDeleted: { ids: [ids.groupDialog] },
      NotFound: { ids: [] },
      WrongPermissions: { ids: [] },
    }
    const { fetch } = fakeFetch(() => json(200, outcome))
    const client = createRestClient({ baseUrl, fetch, token: "t" })
    const result = await client.DELETE("/chat/Dialog/{dialogId}.json", {
      params: { path: { dialogId: [ids.groupDialog, ids.missingDialog] } },
    })
    expect(result.data).toEqual(outcome)
  })

  it("ignores a text call's non-JSON body, as the SDK does", async () => {
    const { fetch } = fakeFetch(() => new Response("OK", { status: 200 }))
    const client = createRestClient({ baseUrl, fetch, token: "t" })
    const result = await client.DELETE("/session.json")
    expect(result.error).toBeUndefined()
    expect(result.data).toBeUndefined()
  })

  it("treats an empty or non-JSON 2xx on a JSON call as a parse error", async () => {
    for (const answer of [() => empty(), () => new Response("<html>", { status: 200 })]) {
      const { fetch } = fakeFetch(answer)
      const client = createRestClient({ baseUrl, fetch, token: "t" })
      const result = await client.GET("/session.json")
      expect(result.error?.reason).toBe("parse")
      expect(result.error?.status).toBe(200)
    }
  })

  it("parses JSON answers without a content-length", async () => {
    const { fetch } = fakeFetch(
      () => new Response(new Blob([JSON.stringify({ session })]).stream(), { status: 200 }),
    )
    const client = createRestClient({ baseUrl, fetch, token: "t" })
    const result = await client.GET("/session.json")
    expect(result.data).toEqual({ session })
  })

  it("returns the server's errors body as a RestError", async () => {
    const { fetch } = fakeFetch(() => json(422, validationErrorBody))
    const client = createRestClient({ baseUrl, fetch, token: "t" })
    const result = await client.signUp({ user: { login: "alice", password: "x" } })
    expect(result.error).toBeInstanceOf(RestError)
    expect(result.error?._tag).toBe("RestError")
    expect(result.error?.reason).toBe("http")
    expect(result.error?.status).toBe(422)
    expect(result.error?.errors).toEqual(validationErrorBody.errors)
    expect(result.error?.message).toBe("login has already been taken")
    expect(result.response?.status).toBe(422)
  })

  it("keeps a non-JSON error body as text", async () => {
    const { fetch } = fakeFetch(() => new Response("Bad gateway", { status: 502 }))
    const result = await createRestClient({ baseUrl, fetch }).GET("/session.json")
    expect(result.error?.status).toBe(502)
    expect(result.error?.errors).toBeUndefined()
    expect(result.error?.body).toBe("Bad gateway")
    expect(result.error?.message).toBe("HTTP 502")
  })

  it("honours an explicit parseAs", async () => {
    const { fetch } = fakeFetch(() => new Response("raw bytes", { status: 200 }))
    const client = createRestClient({ baseUrl, fetch })
    const result = await client.GET("/blobs/{uid}", { params: { path: { uid: "abc" } }, parseAs: "text" })
    expect(result.data).toBe("raw bytes")
  })
})

describe("helpers", () => {
  it("turn a 2xx without the expected envelope into a parse error instead of throwing", async () => {
    const { fetch } = fakeFetch(() => json(201, { unexpected: true }))
    const client = createRestClient({ baseUrl, fetch })
    const result = await client.createSession({ appId: 4242, authKey: "k" })
    expect(result.error?.reason).toBe("parse")
    expect(result.error?.body).toEqual({ unexpected: true })
    expect(client.getToken()).toBeUndefined()
    const upload = await client.uploadBlob({ name: "a.txt", data: "a" })
    expect(upload.error?.reason).toBe("parse")
  })

  it("clears the token when the session is already gone", async () => {
    const { fetch } = fakeFetch(() => sessionExpired())
    const client = createRestClient({ baseUrl, fetch, token: "dead" })
    const result = await client.destroySession()
    expect(result.error?.isSessionExpired).toBe(true)
    expect(client.getToken()).toBeUndefined()
  })

  it("build blob download URLs, with the token for private blobs", () => {
    const client = createRestClient({ baseUrl: `${baseUrl}/`, token: "t k" })
    expect(client.blobUrl("abc")).toBe(`${baseUrl}/blobs/abc`)
    expect(client.blobUrl("abc", { withToken: true })).toBe(`${baseUrl}/blobs/abc?token=t%20k`)
  })

  it("resolve a download with the file's text by default", async () => {
    const { calls, fetch } = fakeFetch(
      () => new Response("hello blob", { status: 200, headers: { "Content-Type": "text/plain" } }),
    )
    const client = createRestClient({ baseUrl, fetch })
    const result = await client.GET("/blobs/{uid}", { params: { path: { uid: "abc" } } })
    expect(result.data).toBe("hello blob")
    expect(calls[0]?.url).toBe("/blobs/abc")
  })
})

describe("middleware", () => {
  it("runs middleware added with use() after the token is set, and stops after eject()", async () => {
    const { calls, fetch } = fakeFetch(() => json(200, { session }))
    const client = createRestClient({ baseUrl, fetch, token: "t" })
    const seen: Array<string | null> = []
    const spy = {
      onRequest: ({ request }: { request: Request }) => {
        seen.push(request.headers.get("CB-Token"))
      },
    }
    client.use(spy)
    await client.GET("/session.json")
    client.eject(spy)
    await client.GET("/session.json")
    expect(seen).toEqual(["t"])
    expect(calls).toHaveLength(2)
  })
})
