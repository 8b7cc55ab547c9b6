import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startTestServer, type TestServer, testApp } from "./support/testServer.ts"

let server: TestServer
let web: string

beforeAll(async () => {
  web = mkdtempSync(join(tmpdir(), "cube-web-"))
  mkdirSync(join(web, "assets"))
  writeFileSync(join(web, "index.html"), "<!doctype html><title>app</title>")
  writeFileSync(join(web, "assets", "app-1234.js"), "console.log('app')")
  writeFileSync(join(web, ".secret"), "no")
  server = await startTestServer({ webDir: web })
})

afterAll(async () => {
  await server?.dispose()
  rmSync(web, { recursive: true, force: true })
})

describe("--web: a static app beside the API", () => {
  it("serves index.html at / (revalidated) and hashed assets (cached)", async () => {
    const index = await fetch(`${server.url}/`)
    expect(index.status).toBe(200)
    expect(index.headers.get("content-type")).toMatch(/text\/html/)
    expect(index.headers.get("cache-control")).toBe("no-cache")
    expect(await index.text()).toContain("<title>app</title>")
    const asset = await fetch(`${server.url}/assets/app-1234.js`)
    expect(asset.status).toBe(200)
    expect(asset.headers.get("cache-control")).toContain("immutable")
  })

  it("keeps the API's routes and JSON errors", async () => {
    const session = await fetch(`${server.url}/session.json`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ application_id: testApp.id, auth_key: testApp.authKey }),
    })
    expect(session.status).toBe(201)
    const unauthorized = await fetch(`${server.url}/chat/Dialog.json`)
    expect(unauthorized.status).toBe(401)
    const missing = await fetch(`${server.url}/no-such-file.json`)
    expect(missing.status).toBe(404)
    expect(await missing.json()).toMatchObject({ errors: { base: [expect.stringContaining("No route")] } })
  })

  it("refuses dotfiles and paths outside the folder", async () => {
    const dotfile = await fetch(`${server.url}/.secret`)
    expect([403, 404]).toContain(dotfile.status)
    expect(await dotfile.text()).not.toBe("no")
    const outside = await fetch(`${server.url}/..%2f..%2fetc%2fpasswd`)
    expect([403, 404]).toContain(outside.status)
    expect(await outside.text()).not.toContain("root:")
  })

  it("refuses to start without an index.html", async () => {
    const empty = mkdtempSync(join(tmpdir(), "cube-web-empty-"))
    await expect(startTestServer({ webDir: empty })).rejects.toThrow(/no index.html/)
    rmSync(empty, { recursive: true, force: true })
  })
})
