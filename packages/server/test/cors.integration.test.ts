import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startTestServer, type TestServer } from "./support/testServer.ts"

let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server.dispose()
})

describe("CORS", () => {
  it("answers a browser's preflight from another origin for the token header", async () => {
    const preflight = await fetch(`${server.url}/chat/Dialog.json`, {
      method: "OPTIONS",
      headers: {
        Origin: "http://app.example",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "cb-token",
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*")
    expect(preflight.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("cb-token")
  })

  it("lets any origin read API responses, errors included", async () => {
    const response = await fetch(`${server.url}/session.json`, { headers: { Origin: "http://app.example" } })
    expect(response.status).toBe(401)
    expect(response.headers.get("access-control-allow-origin")).toBe("*")
  })
})
