// Users: signUp, listUsers, getUser, updateUser, deleteUser, listOnlineUsers, resetPassword.
import { describe, expect, it } from "vitest"
import { RawXmpp } from "../../../server/test/support/rawXmpp.ts"
import { type IntegrationEnv, type Member, ok, refused } from "../support/integration.ts"

/** The users suite. */
export const usersSuite = (env: IntegrationEnv): void => {
  describe("users", () => {
    it("signs up with CB-AuthKey, and refuses a taken login and a short password", async () => {
      const client = env.client()
      const user = ok(
        await client.signUp({
          user: { login: "uma", password: "uma-password", full_name: "Uma", tag_list: ["vip", "ops"] },
          authKey: env.app.authKey,
        }),
      )
      expect(user).toMatchObject({ login: "uma", full_name: "Uma", user_tags: "vip,ops", email: null })
      expect(user.id).toBeGreaterThan(0)

      const taken = await client.signUp({
        user: { login: "uma", password: "another-password" },
        authKey: env.app.authKey,
      })
      expect(refused(taken)).toEqual({ status: 422, errors: { login: ["has already been taken"] } })
      const short = await client.signUp({
        user: { login: "uma2", password: "short" },
        authKey: env.app.authKey,
      })
      expect(refused(short)).toEqual({
        status: 422,
        errors: { password: ["is too short or too long (8 to 40 characters)"] },
      })
    })

    it("lists users by id (id[in][]=…), by login, by full-name prefix, sorted and paged", async () => {
      const [a, b, c] = [await env.member("Quentin"), await env.member("Quincy"), await env.member("Quill")]
      const ids = [a.user.id, b.user.id, c.user.id]
      const byId = ok(
        await a.client.GET("/users/v2.json", {
          params: { query: { id: { in: ids }, sort_desc: "id", limit: 2, offset: 1 } },
        }),
      )
      expect(byId).toMatchObject({ total_entries: 3, limit: 2, skip: 1 })
      expect(byId.items.map((user) => user.id)).toEqual([b.user.id, a.user.id])

      const byLogin = ok(await a.client.GET("/users/v2.json", { params: { query: { login: c.login } } }))
      expect(byLogin.items).toEqual([expect.objectContaining({ id: c.user.id, login: c.login })])

      const byPrefix = ok(
        await a.client.GET("/users/v2.json", {
          params: { query: { full_name: { start_with: "Quin" }, sort_asc: "id" } },
        }),
      )
      expect(byPrefix.items.map((user) => user.id)).toEqual([b.user.id])
    })

    it("gets a user, and a missing one as a 404 RestError", async () => {
      const { client, user } = await env.member("gus")
      const found = ok(await client.GET("/users/{userId}.json", { params: { path: { userId: user.id } } }))
      expect(found.user).toMatchObject({ id: user.id, login: user.login, full_name: "gus" })
      const missing = await client.GET("/users/{userId}.json", { params: { path: { userId: 999_999 } } })
      expect(refused(missing)).toEqual({ status: 404, errors: { base: ["User not found"] } })
    })

    it("updates the current user's profile and password, and refuses to update someone else", async () => {
      const [fay, hal] = [await env.member("fay"), await env.member("hal")]
      const updated = ok(
        await fay.client.PUT("/users/{userId}.json", {
          params: { path: { userId: fay.user.id } },
          body: {
            user: { full_name: "Fay Wray", custom_data: '{"theme":"dark"}', website: "https://fay.example" },
          },
        }),
      )
      expect(updated.user).toMatchObject({
        id: fay.user.id,
        full_name: "Fay Wray",
        custom_data: '{"theme":"dark"}',
        website: "https://fay.example",
      })
      const seen = ok(
        await hal.client.GET("/users/{userId}.json", { params: { path: { userId: fay.user.id } } }),
      )
      expect(seen.user.full_name).toBe("Fay Wray")

      ok(
        await fay.client.PUT("/users/{userId}.json", {
          params: { path: { userId: fay.user.id } },
          body: { user: { password: "fay-new-password", old_password: fay.password } },
        }),
      )
      const relogged = ok(
        await env.client().createSession({ ...env.app, login: fay.login, password: "fay-new-password" }),
      )
      expect(relogged.user_id).toBe(fay.user.id)

      const other = await fay.client.PUT("/users/{userId}.json", {
        params: { path: { userId: hal.user.id } },
        body: { user: { full_name: "Nope" } },
      })
      expect(refused(other)).toEqual({
        status: 403,
        errors: { base: ["A user can change only their own profile"] },
      })
    })

    it("deletes the current user, whose sessions end; refuses to delete someone else", async () => {
      const [del, ned] = [await env.member("del"), await env.member("ned")]
      const other = await del.client.DELETE("/users/{userId}.json", {
        params: { path: { userId: ned.user.id } },
      })
      expect(refused(other)).toEqual({ status: 403, errors: { base: ["A user can delete only themself"] } })

      const deleted = await del.client.DELETE("/users/{userId}.json", {
        params: { path: { userId: del.user.id } },
      })
      expect(ok(deleted)).toBeUndefined()
      const gone = await ned.client.GET("/users/{userId}.json", { params: { path: { userId: del.user.id } } })
      expect(refused(gone).status).toBe(404)
      expect(refused(await del.client.getSession()).status).toBe(401)
    })

    it("lists the users connected to chat, and counts them", async () => {
      const [ola, pia] = [await env.member("ola"), await env.member("pia")]
      const before = ok(await ola.client.GET("/users/online.json"))
      expect("users" in before && before.users.map((user) => user.id)).not.toContain(pia.user.id)

      const chat = await RawXmpp.login(env.server.wsUrl, { userId: pia.user.id, password: pia.password })
      try {
        const online = ok(await ola.client.GET("/users/online.json", { params: { query: { limit: 100 } } }))
        expect("users" in online && online.users).toContainEqual(
          expect.objectContaining({ id: pia.user.id, login: pia.login }),
        )
        const count = ok(await ola.client.GET("/users/online.json", { params: { query: { count: true } } }))
        expect(count).toEqual({ count: env.server.context.presence.onlineUserIds(env.app.appId).length })
        expect("count" in count && count.count).toBeGreaterThanOrEqual(1)
      } finally {
        chat.close()
      }
    })

    it("asks for a password reset by email, and refuses an unknown email", async () => {
      const rae: Member = await env.member("rae", { email: "rae@example.com" })
      const requested: Array<{ userId: number; email: string }> = []
      const stop = env.server.context.events.on("user.passwordResetRequested", (event) => {
        requested.push(event)
      })
      try {
        const client = env.client({ token: rae.token })
        const reset = await client.POST("/users/password/reset.json", { body: { email: "rae@example.com" } })
        expect(ok(reset)).toBeUndefined()
        expect(requested).toEqual([
          expect.objectContaining({ userId: rae.user.id, email: "rae@example.com" }),
        ])

        const unknown = await client.POST("/users/password/reset.json", {
          body: { email: "nobody@example.com" },
        })
        expect(refused(unknown)).toEqual({
          status: 404,
          errors: { base: ["User with this email was not found"] },
        })
      } finally {
        stop()
      }
    })
  })
}
