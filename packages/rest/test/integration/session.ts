// Session and login through the client's helpers: createSession, getSession, destroySession,
// login, logout.
import { describe, expect, it } from "vitest"
import { type IntegrationEnv, ok, refused } from "../support/integration.ts"

/** The session suite. */
export const sessionSuite = (env: IntegrationEnv): void => {
  describe("session", () => {
    it("creates a user session, reads it, and destroys it", async () => {
      const { login, password, user } = await env.member("sam")
      const client = env.client()
      const created = ok(await client.createSession({ ...env.app, login, password }))
      expect(created).toMatchObject({ user_id: user.id, application_id: env.app.appId })
      expect(created.user).toMatchObject({ id: user.id, login })
      expect(created.token).toMatch(/^\w{20,}$/)
      expect(client.getToken()).toBe(created.token)

      const current = ok(await client.getSession())
      expect(current).toMatchObject({ id: created.id, token: created.token, user_id: user.id })

      expect(ok(await client.destroySession())).toBeUndefined()
      expect(client.getToken()).toBeUndefined()
      const gone = await env.client({ token: created.token }).getSession()
      expect(refused(gone)).toEqual({ status: 401, errors: { base: ["Required session does not exist"] } })
      expect(gone.error?.isSessionExpired).toBe(true)
    })

    it("creates an application session, logs a user into it and out again", async () => {
      const { login, password, user } = await env.member("lou")
      const client = env.client()
      const appSession = ok(await client.createSession(env.app))
      expect(appSession).toMatchObject({ user_id: 0, application_id: env.app.appId })
      expect(appSession.user).toBeUndefined()

      const loggedIn = ok(await client.login({ login, password }))
      expect(loggedIn).toMatchObject({ id: user.id, login, full_name: "lou" })
      expect(ok(await client.getSession()).user_id).toBe(user.id)

      expect(ok(await client.logout())).toBeUndefined()
      const after = ok(await client.getSession())
      expect(after).toMatchObject({ token: appSession.token, user_id: 0 })
    })

    it("refuses a wrong password, an unknown app and a bad login as RestErrors", async () => {
      const { login } = await env.member("rex")
      const client = env.client()
      const wrong = await client.createSession({ ...env.app, login, password: "not-the-password" })
      expect(refused(wrong)).toEqual({ status: 401, errors: { base: ["Unauthorized"] } })
      expect(wrong.error?.isSessionExpired).toBe(false)
      expect(client.getToken()).toBeUndefined()

      const unknownApp = await client.createSession({ appId: 1, authKey: "nope" })
      expect(refused(unknownApp)).toEqual({
        status: 401,
        errors: { base: ["Unknown application id or wrong auth key"] },
      })

      ok(await client.createSession(env.app))
      const badLogin = await client.login({ login, password: "not-the-password" })
      expect(refused(badLogin)).toEqual({ status: 401, errors: { base: ["Unauthorized"] } })
    })
  })
}
