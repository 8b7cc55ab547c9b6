// @cube/rest's session-expiry flow against a real @cube/server (in-process, random port, temporary
// data directory). Every operation of the spec, area by area, is in coverage.integration.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startTestServer, type TestServer, testApp } from "../../server/test/support/testServer.ts"
import { createRestClient } from "../src/index.ts"

let server: TestServer
const app = { appId: testApp.id, authKey: testApp.authKey }

beforeAll(async () => {
  server = await startTestServer()
})

afterAll(async () => {
  await server?.dispose()
})

/** Signs a user up with the auth key and returns a client logged in as that user. */
const signedIn = async (
  login: string,
  options: { onSessionExpired?: () => Promise<string | undefined> } = {},
) => {
  const client = createRestClient({ baseUrl: server.url, timeout: 10_000, ...options })
  const signedUp = await client.signUp({
    user: { login, password: `${login}-pass`, full_name: login },
    authKey: app.authKey,
  })
  expect(signedUp.error).toBeUndefined()
  const session = await client.createSession({ ...app, login, password: `${login}-pass` })
  expect(session.error).toBeUndefined()
  return { client, user: signedUp.data!, session: session.data! }
}

describe("session expiry", () => {
  it("renews an expired session through onSessionExpired and retries the request once", async () => {
    let renewals = 0
    const { client, user, session } = await signedIn("dave", {
      onSessionExpired: async () => {
        renewals++
        return (await client.createSession({ ...app, login: "dave", password: "dave-pass" })).data?.token
      },
    })
    // The server forgets the session (as after two idle hours).
    await server.context.storage.sessions.delete(session.token)

    const result = await client.GET("/users/{userId}.json", { params: { path: { userId: user.id } } })
    expect(result.error).toBeUndefined()
    expect(result.data?.user.login).toBe("dave")
    expect(renewals).toBe(1)
    expect(client.getToken()).not.toBe(session.token)
    expect((await client.getSession()).data?.user_id).toBe(user.id)
  })

  it("gives up when onSessionExpired has no new token", async () => {
    let asked = 0
    const { client, user, session } = await signedIn("erin", {
      onSessionExpired: async () => {
        asked++
        return undefined
      },
    })
    await server.context.storage.sessions.delete(session.token)
    const result = await client.GET("/users/{userId}.json", { params: { path: { userId: user.id } } })
    expect(asked).toBe(1)
    expect(result.error?.isSessionExpired).toBe(true)
  })
})
