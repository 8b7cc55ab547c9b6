import { createHmac } from "node:crypto"
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startServer } from "../src/index.ts"
import { type RawResponse, raw } from "./support/http.ts"
import { startTestServer, type TestServer, testApp } from "./support/testServer.ts"
import { createUser, openSession, type TestUser } from "./support/users.ts"

const maxBlobBytes = 64 * 1024

let server: TestServer
let alice: TestUser
let bob: TestUser
let appToken: string

beforeAll(async () => {
  server = await startTestServer({ maxBlobBytes })
  alice = await createUser(server)
  bob = await createUser(server)
  appToken = await openSession(server)
})
afterAll(async () => {
  await server?.dispose()
})

interface CreatedBlob {
  readonly id: number
  readonly uid: string
  readonly params: string
}

const createBlob = async (token: string, blob: Record<string, unknown>): Promise<CreatedBlob> => {
  const response = await raw(server.url, "POST", "/blobs.json", { token, body: { blob } })
  expect(response.status, response.text).toBe(201)
  const created = response.json.blob
  return { id: created.id, uid: created.uid, params: created.blob_object_access.params }
}

/** The upload exactly as connectycube 6.1.2 does it: URL parsed, every query value decoded into a form field, `file` last. */
const uploadLikeSdk = async (
  params: string,
  bytes: Uint8Array<ArrayBuffer>,
  token?: string,
): Promise<Response> => {
  const url = new URL(params)
  const form = new FormData()
  for (const pair of url.search.slice(1).split("&")) {
    const [key, value = ""] = pair.split("=")
    form.append(key!, decodeURIComponent(value))
  }
  form.append("file", new Blob([bytes], { type: "application/octet-stream" }), "upload.bin")
  return fetch(`${url.protocol}//${url.host}${url.pathname}`, {
    method: "POST",
    body: form,
    headers: token ? { "CB-Token": token, "CB-SDK": "JS 6.1.2 - Client" } : {},
  })
}

/** A multipart POST to /blobs/upload with exactly these fields, in this order. */
const postForm = async (fields: ReadonlyArray<readonly [string, string | Blob]>): Promise<Response> => {
  const form = new FormData()
  for (const [key, value] of fields) {
    if (typeof value === "string") form.append(key, value)
    else form.append(key, value, "upload.bin")
  }
  return fetch(`${server.url}/blobs/upload`, { method: "POST", body: form })
}

const complete = (token: string, id: number, body: unknown) =>
  raw(server.url, "PUT", `/blobs/${id}/complete.json`, { token, body })

/** Creates, uploads and completes a blob; returns it. */
const storedBlob = async (
  token: string,
  content: string,
  blob: Record<string, unknown> = {},
): Promise<CreatedBlob> => {
  const created = await createBlob(token, {
    name: "note.txt",
    content_type: "text/plain",
    public: false,
    ...blob,
  })
  const bytes = new TextEncoder().encode(content)
  expect((await uploadLikeSdk(created.params, bytes, token)).status).toBe(201)
  expect((await complete(token, created.id, { size: bytes.length })).status).toBe(200)
  return created
}

const download = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${server.url}${path}`, { headers, redirect: "manual" })
  return {
    status: response.status,
    headers: response.headers,
    body: Buffer.from(await response.arrayBuffer()),
  }
}

const fileOf = (uid: string) => join(server.dataDir, "blobs", uid.slice(0, 2), uid)
const incomingFiles = () => readdirSync(join(server.dataDir, "blobs", ".incoming"))

const expectError = (response: RawResponse, status: number) => {
  expect(response.status, response.text).toBe(status)
  expect(response.json?.errors).toBeDefined()
}

describe("the official SDK's upload flow", () => {
  it("creates, uploads, completes, reads, downloads, lists and deletes a private blob", async () => {
    const created = await raw(server.url, "POST", "/blobs.json", {
      token: alice.token,
      body: { blob: { name: "note.txt", content_type: "text/plain", public: false } },
    })
    expect(created.status).toBe(201)
    const blob = created.json.blob
    expect(blob).toMatchObject({ name: "note.txt", content_type: "text/plain", size: null, public: false })
    expect(blob.uid).toMatch(/^[0-9a-f]{34}$/)
    expect(blob.blob_object_access).toMatchObject({ blob_id: blob.id, object_access_type: "Write" })
    const params: string = blob.blob_object_access.params
    expect(params.startsWith(`${server.url}/blobs/upload?`)).toBe(true)
    expect(params).not.toContain("+")
    expect(new URL(params).searchParams.get("key")).toBe(blob.uid)

    const content = "hello blob"
    const upload = await uploadLikeSdk(params, new TextEncoder().encode(content), alice.token)
    expect(upload.status).toBe(201)
    expect(readFileSync(fileOf(blob.uid), "utf8")).toBe(content)
    expect(incomingFiles()).toEqual([])

    const completed = await complete(alice.token, blob.id, { size: content.length })
    expect(completed.status).toBe(200)
    expect(completed.text).toBe("")

    const info = await raw(server.url, "GET", `/blobs/${blob.id}.json`, { token: alice.token })
    expect(info.status).toBe(200)
    expect(info.json.blob).toMatchObject({
      id: blob.id,
      uid: blob.uid,
      size: content.length,
      blob_status: "complete",
    })
    const byUid = await raw(server.url, "GET", `/blobs/${blob.uid}.json`, { token: alice.token })
    expect(byUid.json.blob.id).toBe(blob.id)

    const file = await download(`/blobs/${blob.uid}?token=${alice.token}`)
    expect(file.status).toBe(200)
    expect(file.body.toString()).toBe(content)
    expect(file.headers.get("content-type")).toBe("text/plain")
    expect(file.headers.get("content-length")).toBe(String(content.length))
    expect(file.headers.get("x-content-type-options")).toBe("nosniff")
    expect(file.headers.get("content-disposition")).toBe(
      `inline; filename="note.txt"; filename*=UTF-8''note.txt`,
    )
    expect((await download(`/blobs/${blob.uid}`, { "CB-Token": alice.token })).body.toString()).toBe(content)

    const publicBlob = await storedBlob(alice.token, "public bytes", { name: "pub.txt", public: true })
    const publicFile = await download(`/blobs/${publicBlob.uid}`)
    expect(publicFile.status).toBe(200)
    expect(publicFile.body.toString()).toBe("public bytes")

    const list = await raw(server.url, "GET", "/blobs.json", {
      token: alice.token,
      query: "current_page=1&per_page=100",
    })
    expect(list.status).toBe(200)
    expect(list.json).toMatchObject({ current_page: 1, per_page: 100 })
    const ids = list.json.items.map((item: { blob: { id: number } }) => item.blob.id)
    expect(ids).toContain(blob.id)
    expect(ids).toContain(publicBlob.id)
    expect(list.json.total_entries).toBe(ids.length)

    const deleted = await raw(server.url, "DELETE", `/blobs/${blob.id}.json`, { token: alice.token })
    expect(deleted.status).toBe(200)
    expect(deleted.text).toBe("")
    expect(existsSync(fileOf(blob.uid))).toBe(false)
    expectError(await raw(server.url, "GET", `/blobs/${blob.id}.json`, { token: alice.token }), 404)
    expect((await download(`/blobs/${blob.uid}?token=${alice.token}`)).status).toBe(404)
    // The other blob is untouched.
    expect((await download(`/blobs/${publicBlob.uid}`)).body.toString()).toBe("public bytes")
  })

  it("accepts the docs' {blob: {size}} completion with a numeric string", async () => {
    const created = await createBlob(alice.token, {
      name: "doc.bin",
      content_type: "application/octet-stream",
    })
    expect((await uploadLikeSdk(created.params, new Uint8Array(347))).status).toBe(201)
    expect((await complete(alice.token, created.id, { blob: { size: "347" } })).status).toBe(200)
    const info = await raw(server.url, "GET", `/blobs/${created.id}.json`, { token: alice.token })
    expect(info.json.blob.size).toBe(347)
  })

  it("redirects /download to the file and keeps the token", async () => {
    const blob = await storedBlob(alice.token, "redirected")
    const redirect = await download(`/blobs/${blob.uid}/download?token=${alice.token}`)
    expect(redirect.status).toBe(302)
    expect(redirect.headers.get("location")).toBe(`${server.url}/blobs/${blob.uid}?token=${alice.token}`)
    expect((await download(`/blobs/${blob.uid}/download`)).status).toBe(401)
    expect((await download(`/blobs/${"0".repeat(34)}/download`)).status).toBe(404)
  })

  it("serves a byte range", async () => {
    const blob = await storedBlob(alice.token, "0123456789", { public: true })
    const part = await download(`/blobs/${blob.uid}`, { Range: "bytes=2-5" })
    expect(part.status).toBe(206)
    expect(part.body.toString()).toBe("2345")
    expect(part.headers.get("content-range")).toBe("bytes 2-5/10")
    expect((await download(`/blobs/${blob.uid}`, { Range: "bytes=-3" })).body.toString()).toBe("789")
    expect((await download(`/blobs/${blob.uid}`, { Range: "bytes=20-30" })).status).toBe(416)
  })

  it("renames through the SDK's GET /blobs/{id}.json?blob[name]=…", async () => {
    const blob = await storedBlob(alice.token, "x")
    const renamed = await raw(server.url, "GET", `/blobs/${blob.id}.json`, {
      token: alice.token,
      query: `blob[name]=${encodeURIComponent("new name.txt")}`,
    })
    expect(renamed.status).toBe(200)
    expect(renamed.json.blob.name).toBe("new name.txt")
    const file = await download(`/blobs/${blob.uid}?token=${alice.token}`)
    expect(file.headers.get("content-disposition")).toBe(
      `inline; filename="new name.txt"; filename*=UTF-8''new%20name.txt`,
    )
  })
})

describe("who may do what", () => {
  it("needs a live user session to create a blob", async () => {
    const body = { blob: { name: "a.txt", content_type: "text/plain" } }
    expectError(await raw(server.url, "POST", "/blobs.json", { body }), 401)
    expectError(await raw(server.url, "POST", "/blobs.json", { token: "not-a-token", body }), 401)
    expectError(await raw(server.url, "POST", "/blobs.json", { token: appToken, body }), 403)
  })

  it("shows a private blob's info to its owner only and a public one to anyone of the app", async () => {
    const privateBlob = await storedBlob(alice.token, "secret")
    const publicBlob = await storedBlob(alice.token, "open", { public: true })
    const info = (token: string | undefined, id: number) =>
      raw(server.url, "GET", `/blobs/${id}.json`, token ? { token } : {})
    expect((await info(alice.token, privateBlob.id)).status).toBe(200)
    expectError(await info(bob.token, privateBlob.id), 403)
    expectError(await info(appToken, privateBlob.id), 403)
    expectError(await info(undefined, privateBlob.id), 401)
    expectError(await info("bad-token", privateBlob.id), 401)
    expect((await info(bob.token, publicBlob.id)).status).toBe(200)
    expect((await info(appToken, publicBlob.id)).status).toBe(200)
  })

  it("lets only the owner complete, rename and delete", async () => {
    const created = await createBlob(alice.token, { name: "mine.txt", content_type: "text/plain" })
    expect((await uploadLikeSdk(created.params, new TextEncoder().encode("abc"))).status).toBe(201)
    expectError(await complete(bob.token, created.id, { size: 3 }), 403)
    expectError(await complete("bad-token", created.id, { size: 3 }), 401)
    expect((await complete(alice.token, created.id, { size: 3 })).status).toBe(200)
    const rename = await raw(server.url, "GET", `/blobs/${created.id}.json`, {
      token: bob.token,
      query: "blob[name]=stolen",
    })
    expectError(rename, 403)
    expectError(await raw(server.url, "DELETE", `/blobs/${created.id}.json`, { token: bob.token }), 403)
    expectError(await raw(server.url, "DELETE", `/blobs/${created.id}.json`), 401)
    const info = await raw(server.url, "GET", `/blobs/${created.id}.json`, { token: alice.token })
    expect(info.json.blob.name).toBe("mine.txt")
    expect(existsSync(fileOf(created.uid))).toBe(true)
  })

  it("lists only the caller's own blobs", async () => {
    const own = await storedBlob(bob.token, "bob's")
    const list = await raw(server.url, "GET", "/blobs.json", { token: bob.token, query: "per_page=100" })
    const ids = list.json.items.map((item: { blob: { id: number } }) => item.blob.id)
    expect(ids).toEqual([own.id])
    expectError(await raw(server.url, "GET", "/blobs.json"), 401)
  })

  it("downloads a private blob with any live session of its app, never without one", async () => {
    const blob = await storedBlob(alice.token, "members only")
    expect((await download(`/blobs/${blob.uid}?token=${bob.token}`)).status).toBe(200)
    expect((await download(`/blobs/${blob.uid}`)).status).toBe(401)
    expect((await download(`/blobs/${blob.uid}?token=bad-token`)).status).toBe(401)
    expect((await download(`/blobs/${blob.uid}`, { "CB-Token": "bad-token" })).status).toBe(401)
  })
})

describe("bad input", () => {
  it("refuses malformed and mistyped create bodies", async () => {
    expectError(await raw(server.url, "POST", "/blobs.json", { token: alice.token, body: "{not json" }), 400)
    expectError(
      await raw(server.url, "POST", "/blobs.json", { token: alice.token, body: { blob: "x" } }),
      422,
    )
    expectError(
      await raw(server.url, "POST", "/blobs.json", { token: alice.token, body: { blob: { name: "a" } } }),
      422,
    )
    const bad = async (blob: Record<string, unknown>) =>
      expectError(await raw(server.url, "POST", "/blobs.json", { token: alice.token, body: { blob } }), 422)
    await bad({ name: "a.txt", content_type: "text/plain\r\nX-Evil: 1" })
    await bad({ name: "a.txt", content_type: "not a type" })
    await bad({ name: "a\u0000b.txt", content_type: "text/plain" })
    await bad({ name: "x".repeat(101), content_type: "text/plain" })
    await bad({ name: "a.txt", content_type: "text/plain", public: { yes: 1 } })
  })

  it("keeps a traversal-looking name as metadata only", async () => {
    const blob = await storedBlob(alice.token, "harmless", { name: "../../../etc/passwd" })
    expect(readFileSync(fileOf(blob.uid), "utf8")).toBe("harmless")
    const file = await download(`/blobs/${blob.uid}?token=${alice.token}`)
    expect(file.body.toString()).toBe("harmless")
    expect(file.headers.get("content-disposition")).toBe(
      `inline; filename="../../../etc/passwd"; filename*=UTF-8''..%2F..%2F..%2Fetc%2Fpasswd`,
    )
    const unicode = await storedBlob(alice.token, "u", { name: 'ünï "côdé".txt' })
    const encoded = await download(`/blobs/${unicode.uid}?token=${alice.token}`)
    expect(encoded.headers.get("content-disposition")).toBe(
      `inline; filename="_n_ _c_d__.txt"; filename*=UTF-8''%C3%BCn%C3%AF%20%22c%C3%B4d%C3%A9%22.txt`,
    )
  })

  it("never touches the filesystem for traversal attempts in a uid", async () => {
    for (const path of [
      "/blobs/..%2F..%2Fetc%2Fpasswd",
      "/blobs/%2e%2e",
      "/blobs/..",
      "/blobs/%2Fetc%2Fpasswd",
      "/blobs/abc%00def",
      `/blobs/${"a".repeat(34)}`,
      `/blobs/${"A".repeat(34)}`,
      "/blobs/..%2F..%2Fcube.sqlite/download",
    ]) {
      const response = await download(path)
      expect(response.status, path).toBeGreaterThanOrEqual(400)
      expect(response.status, path).toBeLessThan(500)
    }
    const info = await raw(server.url, "GET", "/blobs/..%2F..%2Fcube.sqlite.json", { token: alice.token })
    expect(info.status).toBeGreaterThanOrEqual(400)
    expect(info.status).toBeLessThan(500)
  })

  it("refuses uploads with a bad signature, an expired URL or missing fields", async () => {
    const created = await createBlob(alice.token, { name: "a.txt", content_type: "text/plain" })
    const url = new URL(created.params)
    const key = url.searchParams.get("key")!
    const expires = url.searchParams.get("expires")!
    const file = new Blob(["data"])
    const status = async (fields: ReadonlyArray<readonly [string, string | Blob]>) => {
      const response = await postForm(fields)
      const body = await response.json()
      expect(body.errors).toBeDefined()
      return response.status
    }
    expect(
      await status([
        ["key", key],
        ["expires", expires],
        ["signature", "0".repeat(64)],
        ["file", file],
      ]),
    ).toBe(403)
    expect(
      await status([
        ["key", key],
        ["expires", String(Number(expires) + 60)],
        ["signature", url.searchParams.get("signature")!],
        ["file", file],
      ]),
    ).toBe(403)
    const past = Math.floor(Date.now() / 1000) - 10
    const expiredSignature = createHmac("sha256", server.config.signingSecret)
      .update(`blob-upload\n${key}\n${past}`)
      .digest("hex")
    expect(
      await status([
        ["key", key],
        ["expires", String(past)],
        ["signature", expiredSignature],
        ["file", file],
      ]),
    ).toBe(403)
    expect(
      await status([
        ["key", key],
        ["file", file],
      ]),
    ).toBe(422)
    // Fields after the file are not read: the ticket must come first, as the SDK sends it.
    expect(
      await status([
        ["file", file],
        ["key", key],
        ["expires", expires],
        ["signature", url.searchParams.get("signature")!],
      ]),
    ).toBe(422)
    expect(
      await status([
        ["key", key],
        ["expires", expires],
        ["signature", url.searchParams.get("signature")!],
      ]),
    ).toBe(422)
    // A valid signature for a uid that names no blob.
    const ghost = "f".repeat(34)
    const ghostSignature = createHmac("sha256", server.config.signingSecret)
      .update(`blob-upload\n${ghost}\n${expires}`)
      .digest("hex")
    expect(
      await status([
        ["key", ghost],
        ["expires", expires],
        ["signature", ghostSignature],
        ["file", file],
      ]),
    ).toBe(404)
    const traversal = "../../cube.sqlite"
    const traversalSignature = createHmac("sha256", server.config.signingSecret)
      .update(`blob-upload\n${traversal}\n${expires}`)
      .digest("hex")
    expect(
      await status([
        ["key", traversal],
        ["expires", expires],
        ["signature", traversalSignature],
        ["file", file],
      ]),
    ).toBe(404)
    const json = await raw(server.url, "POST", "/blobs/upload", { body: { key, expires } })
    expectError(json, 415)

    expect(existsSync(fileOf(created.uid))).toBe(false)
    expect(incomingFiles()).toEqual([])
    // The real ticket still works afterwards.
    expect((await uploadLikeSdk(created.params, new TextEncoder().encode("data"))).status).toBe(201)
  })

  it("accepts one upload per blob", async () => {
    const created = await createBlob(alice.token, { name: "once.txt", content_type: "text/plain" })
    expect((await uploadLikeSdk(created.params, new TextEncoder().encode("first"))).status).toBe(201)
    const second = await uploadLikeSdk(created.params, new TextEncoder().encode("second"))
    expect(second.status).toBe(409)
    expect(readFileSync(fileOf(created.uid), "utf8")).toBe("first")
    expect(incomingFiles()).toEqual([])
  })

  it("refuses an oversize upload with 413 and keeps nothing", async () => {
    const created = await createBlob(alice.token, {
      name: "big.bin",
      content_type: "application/octet-stream",
    })
    const response = await uploadLikeSdk(created.params, new Uint8Array(maxBlobBytes + 1))
    expect(response.status).toBe(413)
    expect((await response.json()).errors).toBeDefined()
    expect(existsSync(fileOf(created.uid))).toBe(false)
    expect(incomingFiles()).toEqual([])
    expectError(await complete(alice.token, created.id, { size: maxBlobBytes + 1 }), 422)
    // A file of exactly the limit is fine, on the same ticket.
    expect((await uploadLikeSdk(created.params, new Uint8Array(maxBlobBytes))).status).toBe(201)
    expect((await complete(alice.token, created.id, { size: maxBlobBytes })).status).toBe(200)
  })

  it("refuses completions that do not match the upload", async () => {
    const created = await createBlob(alice.token, { name: "c.txt", content_type: "text/plain" })
    expectError(await complete(alice.token, created.id, { size: 4 }), 422)
    expect((await uploadLikeSdk(created.params, new TextEncoder().encode("four"))).status).toBe(201)
    expectError(await complete(alice.token, created.id, { size: 5 }), 422)
    expectError(await complete(alice.token, created.id, { size: "abc" }), 422)
    expectError(await complete(alice.token, created.id, { size: -1 }), 422)
    expectError(await complete(alice.token, created.id, {}), 422)
    expectError(await complete(alice.token, created.id, "{oops"), 400)
    expectError(await complete(alice.token, 999999, { size: 4 }), 404)
    // Not completed yet: not downloadable.
    expect((await download(`/blobs/${created.uid}?token=${alice.token}`)).status).toBe(404)
    expect((await complete(alice.token, created.id, { size: 4 })).status).toBe(200)
    expect((await download(`/blobs/${created.uid}?token=${alice.token}`)).body.toString()).toBe("four")
  })

  it("answers 404 for unknown ids and uids", async () => {
    expectError(await raw(server.url, "GET", "/blobs/999999.json", { token: alice.token }), 404)
    expectError(await raw(server.url, "GET", `/blobs/${"e".repeat(34)}.json`, { token: alice.token }), 404)
    expectError(await raw(server.url, "DELETE", "/blobs/999999.json", { token: alice.token }), 404)
    expect((await download(`/blobs/${"e".repeat(34)}`)).status).toBe(404)
  })
})

describe("lifecycle", () => {
  it("keeps blob bytes across a restart", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "cube-blobs-restart-"))
    try {
      const first = await startTestServer({ dataDir })
      const user = await createUser(first)
      const created = await raw(first.url, "POST", "/blobs.json", {
        token: user.token,
        body: { blob: { name: "kept.txt", content_type: "text/plain", public: true } },
      })
      const { id, uid, blob_object_access } = created.json.blob
      expect(
        (await uploadLikeSdk(blob_object_access.params, new TextEncoder().encode("survives"))).status,
      ).toBe(201)
      expect(
        (await raw(first.url, "PUT", `/blobs/${id}/complete.json`, { token: user.token, body: { size: 8 } }))
          .status,
      ).toBe(200)
      await first.close()

      const second = await startTestServer({ dataDir })
      try {
        const file = await fetch(`${second.url}/blobs/${uid}`)
        expect(file.status).toBe(200)
        expect(await file.text()).toBe("survives")
        const token = await openSession(second, { login: user.login, password: user.password })
        const info = await raw(second.url, "GET", `/blobs/${id}.json`, { token })
        expect(info.json.blob).toMatchObject({ uid, size: 8, name: "kept.txt" })
      } finally {
        await second.close()
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  })

  it("keeps blobs of an in-memory server in a temporary folder removed at close", async () => {
    const memory = await startServer({ host: "127.0.0.1", port: 0, apps: [testApp], logLevel: "silent" })
    const root = memory.context.storage.blobFiles.root
    try {
      expect(existsSync(root)).toBe(true)
      const user = await createUser(memory)
      const created = await raw(memory.url, "POST", "/blobs.json", {
        token: user.token,
        body: { blob: { name: "m.txt", content_type: "text/plain", public: true } },
      })
      const { id, uid, blob_object_access } = created.json.blob
      expect((await uploadLikeSdk(blob_object_access.params, new TextEncoder().encode("mem"))).status).toBe(
        201,
      )
      expect(
        (await raw(memory.url, "PUT", `/blobs/${id}/complete.json`, { token: user.token, body: { size: 3 } }))
          .status,
      ).toBe(200)
      expect(await (await fetch(`${memory.url}/blobs/${uid}`)).text()).toBe("mem")
    } finally {
      await memory.close()
    }
    expect(existsSync(root)).toBe(false)
  })
})
