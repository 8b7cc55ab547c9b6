// Type-level checks (run by `tsc --noEmit` over test/): paths, params and data come from the spec,
// errors are RestErrors, and id lists may be arrays. The runtime assertions only keep vitest happy.
import { describe, expectTypeOf, it } from "vitest"
import type { components } from "../src/generated/api.ts"
import { createRestClient, type Dialog, type RestError, type Session, type User } from "../src/index.ts"
import { baseUrl, fakeFetch, json } from "./support/fakeFetch.ts"

describe("types", () => {
  it("types paths, params, bodies, data and errors from the spec", async () => {
    const { fetch } = fakeFetch(() => json(200, { items: [] }))
    const client = createRestClient({ baseUrl, fetch })

    const dialogs = await client.GET("/chat/Dialog.json", { params: { query: { limit: 10 } } })
    if (dialogs.data)
      expectTypeOf(dialogs.data).toEqualTypeOf<
        components["schemas"]["DialogList"] | components["schemas"]["DialogCount"]
      >()
    if (dialogs.error) expectTypeOf(dialogs.error).toEqualTypeOf<RestError>()

    const user = await client.GET("/users/{userId}.json", { params: { path: { userId: 1 } } })
    if (user.data) expectTypeOf(user.data.user).toEqualTypeOf<User>()

    const created = await client.POST("/chat/Dialog.json", {
      body: { type: 2, name: "Team", occupants_ids: [2, 3] },
    })
    if (created.data) expectTypeOf(created.data).toEqualTypeOf<Dialog>()

    const session = await client.getSession()
    if (session.data) expectTypeOf(session.data).toEqualTypeOf<Session>()

    // Id lists may be arrays.
    await client.DELETE("/chat/Message/{messageIds}.json", {
      params: { path: { messageIds: ["a", "b"] } },
      body: { force: 1 },
    })
    await client.GET("/chat/Message/unread.json", { params: { query: { chat_dialog_ids: ["a", "b"] } } })
    // Timestamps may be Dates.
    await client.GET("/chat/search.json", {
      params: { query: { search_text: "hi", start_date: new Date() } },
    })
    await client.GET("/chat/Dialog.json", { params: { query: { updated_at: { gt: new Date() } } } })

    // @ts-expect-error an unknown path
    await client.GET("/chat/Nope.json")
    // @ts-expect-error path parameters are required
    await client.GET("/users/{userId}.json")
    // @ts-expect-error a body of the wrong shape
    await client.POST("/chat/Dialog.json", { body: { type: "group" } })
    // @ts-expect-error createSession needs a password with a login
    await client.createSession({ appId: 1, authKey: "k", login: "alice" })
  })
})
