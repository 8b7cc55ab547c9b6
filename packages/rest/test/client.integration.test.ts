// @cube/rest against a real @cube/server (in-process, random port, temporary data directory).
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startTestServer, type TestServer, testApp } from "../../server/test/support/testServer.ts"
import { createRestClient, type RestClient } from "../src/index.ts"

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

describe("session", () => {
  it("signs up with CB-AuthKey, creates a session, reads and destroys it", async () => {
    const client = createRestClient({ baseUrl: server.url })
    const signedUp = await client.signUp({
      user: { login: "alice", password: "alice-pass", full_name: "Alice" },
      authKey: app.authKey,
    })
    expect(signedUp.data).toMatchObject({ login: "alice", full_name: "Alice" })

    const created = await client.createSession({ ...app, login: "alice", password: "alice-pass" })
    expect(created.data?.user_id).toBe(signedUp.data?.id)
    expect(client.getToken()).toBe(created.data?.token)

    const current = await client.getSession()
    expect(current.data?.token).toBe(created.data?.token)

    const destroyed = await client.destroySession()
    expect(destroyed.error).toBeUndefined()
    expect(client.getToken()).toBeUndefined()
    const gone = await createRestClient({ baseUrl: server.url, token: created.data!.token }).getSession()
    expect(gone.error?.status).toBe(401)
    expect(gone.error?.isSessionExpired).toBe(true)
  })

  it("upgrades an application session with login, and logs out again", async () => {
    await signedIn("carol")
    const client = createRestClient({ baseUrl: server.url })
    const appSession = await client.createSession(app)
    expect(appSession.data?.user_id).toBe(0)
    const loggedIn = await client.login({ login: "carol", password: "carol-pass" })
    expect(loggedIn.data?.login).toBe("carol")
    expect((await client.getSession()).data?.user_id).toBe(loggedIn.data?.id)
    const loggedOut = await client.logout()
    expect(loggedOut.error).toBeUndefined()
    expect((await client.getSession()).data?.user_id).toBe(0)
  })

  it("returns wrong credentials and duplicate sign-ups as RestErrors", async () => {
    const client = createRestClient({ baseUrl: server.url })
    const wrong = await client.createSession({ ...app, login: "alice", password: "nope" })
    expect(wrong.error?.status).toBe(401)
    expect(wrong.error?.isSessionExpired).toBe(false)
    const duplicate = await client.signUp({ user: { login: "alice", password: "x" }, authKey: app.authKey })
    expect(duplicate.error?.status).toBe(422)
    expect(duplicate.error?.errors).toBeDefined()
  })

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

describe("users", () => {
  let frank: { client: RestClient; user: { id: number } }
  let grace: { client: RestClient; user: { id: number } }

  beforeAll(async () => {
    frank = await signedIn("frank")
    grace = await signedIn("grace")
  })

  it("lists users by id (users/v2 id[in][]=…) and by login", async () => {
    const byId = await frank.client.GET("/users/v2.json", {
      params: { query: { id: { in: [frank.user.id, grace.user.id] }, limit: 5 } },
    })
    expect(byId.data?.items.map((user) => user.login).sort()).toEqual(["frank", "grace"])
    expect(byId.data?.total_entries).toBe(2)
    const byLogin = await frank.client.GET("/users/v2.json", { params: { query: { login: "grace" } } })
    expect(byLogin.data?.items.map((user) => user.id)).toEqual([grace.user.id])
  })

  it("gets a user, and a missing one as a 404 RestError", async () => {
    const found = await frank.client.GET("/users/{userId}.json", {
      params: { path: { userId: grace.user.id } },
    })
    expect(found.data?.user).toMatchObject({ id: grace.user.id, login: "grace", full_name: "grace" })
    const missing = await frank.client.GET("/users/{userId}.json", { params: { path: { userId: 999_999 } } })
    expect(missing.error?.status).toBe(404)
  })

  it("updates the current user, and refuses to update someone else", async () => {
    const updated = await frank.client.PUT("/users/{userId}.json", {
      params: { path: { userId: frank.user.id } },
      body: { user: { full_name: "Frank Ocean", custom_data: '{"theme":"dark"}' } },
    })
    expect(updated.data?.user).toMatchObject({ full_name: "Frank Ocean", custom_data: '{"theme":"dark"}' })
    const seen = await grace.client.GET("/users/{userId}.json", {
      params: { path: { userId: frank.user.id } },
    })
    expect(seen.data?.user.full_name).toBe("Frank Ocean")
    const other = await frank.client.PUT("/users/{userId}.json", {
      params: { path: { userId: grace.user.id } },
      body: { user: { full_name: "Nope" } },
    })
    expect(other.error?.status).toBe(403)
  })

  it("changes the password with old_password, and logs in with the new one", async () => {
    const changed = await grace.client.PUT("/users/{userId}.json", {
      params: { path: { userId: grace.user.id } },
      body: { user: { password: "grace-new", old_password: "grace-pass" } },
    })
    expect(changed.error).toBeUndefined()
    const client = createRestClient({ baseUrl: server.url })
    expect(
      (await client.createSession({ ...app, login: "grace", password: "grace-new" })).data?.user_id,
    ).toBe(grace.user.id)
  })
})

describe("dialogs and messages", () => {
  let henry: { client: RestClient; user: { id: number } }
  let iris: { client: RestClient; user: { id: number } }

  beforeAll(async () => {
    henry = await signedIn("henry")
    iris = await signedIn("iris")
  })

  it("creates, lists, updates and force-deletes dialogs", async () => {
    const created = await henry.client.POST("/chat/Dialog.json", {
      body: { type: 2, name: "Team", occupants_ids: String(iris.user.id) },
    })
    expect(created.data).toMatchObject({ type: 2, name: "Team" })
    expect(created.data?.occupants_ids.sort()).toEqual([henry.user.id, iris.user.id].sort())
    const dialogId = created.data!._id

    const listed = await iris.client.GET("/chat/Dialog.json", {
      params: { query: { type: { in: [2, 3] }, name: { ctn: "Te" }, limit: 10 } },
    })
    expect(
      listed.data && "items" in listed.data ? listed.data.items.map((dialog) => dialog._id) : [],
    ).toContain(dialogId)

    const updated = await henry.client.PUT("/chat/Dialog/{dialogId}.json", {
      params: { path: { dialogId } },
      body: { name: "Team 2", push_all: { admins_ids: [iris.user.id] } },
    })
    expect(updated.data).toMatchObject({ name: "Team 2", admins_ids: [iris.user.id] })

    const muted = await iris.client.PUT("/chat/Dialog/{dialogId}/notifications.json", {
      params: { path: { dialogId } },
      body: { enabled: 0 },
    })
    expect(muted.data).toEqual({ notifications: { enabled: 0 } })

    const missing = "5f00000000000000000000cc"
    const deleted = await henry.client.DELETE("/chat/Dialog/{dialogId}.json", {
      params: { path: { dialogId: [dialogId, missing] } },
      body: { force: 1 },
    })
    expect(deleted.data).toEqual({
      SuccessfullyDeleted: { ids: [dialogId] },
      NotFound: { ids: [missing] },
      WrongPermissions: { ids: [] },
    })
  })

  it("sends, lists, marks read, counts, reacts to and deletes messages", async () => {
    const dialog = await henry.client.POST("/chat/Dialog.json", {
      body: { type: 3, occupants_ids: [iris.user.id] },
    })
    const dialogId = dialog.data!._id
    const sent = await henry.client.POST("/chat/Message.json", {
      body: { chat_dialog_id: dialogId, message: "hello via REST", custom: "x" },
    })
    expect(sent.data).toMatchObject({
      chat_dialog_id: dialogId,
      message: "hello via REST",
      sender_id: henry.user.id,
    })
    const messageId = sent.data!._id

    const unread = await iris.client.GET("/chat/Message/unread.json", {
      params: { query: { chat_dialog_ids: [dialogId] } },
    })
    expect(unread.data).toMatchObject({ total: 1, [dialogId]: 1 })

    const history = await iris.client.GET("/chat/Message.json", {
      params: {
        query: {
          chat_dialog_id: dialogId,
          date_sent: { gt: sent.data!.date_sent - 10 },
          sort_desc: "date_sent",
          mark_as_read: 0,
        },
      },
    })
    expect(history.data?.items.map((message) => message._id)).toEqual([messageId])

    const read = await iris.client.PUT("/chat/Message/{messageIds}.json", {
      params: { path: { messageIds: [messageId] } },
      body: { read: 1, chat_dialog_id: dialogId },
    })
    expect(read.error).toBeUndefined()
    expect(
      (
        await iris.client.GET("/chat/Message/unread.json", {
          params: { query: { chat_dialog_ids: [dialogId] } },
        })
      ).data?.total,
    ).toBe(0)

    const reacted = await iris.client.PUT("/chat/Message/{messageId}/reactions.json", {
      params: { path: { messageId } },
      body: { add: "👍" },
    })
    expect(reacted.error).toBeUndefined()
    const reactions = await henry.client.GET("/chat/Message/{messageId}/reactions.json", {
      params: { path: { messageId } },
    })
    expect(reactions.data).toEqual({ "👍": [iris.user.id] })

    const deleted = await henry.client.DELETE("/chat/Message/{messageIds}.json", {
      params: { path: { messageIds: [messageId] } },
      body: { force: 1 },
    })
    expect(deleted.data).toMatchObject({ SuccessfullyDeleted: { ids: [messageId] } })
  })
})

describe("blobs and custom objects", () => {
  let jack: { client: RestClient; user: { id: number } }

  beforeAll(async () => {
    jack = await signedIn("jack")
  })

  it("uploads a private blob, reads its info and bytes, and deletes it", async () => {
    const uploaded = await jack.client.uploadBlob({
      name: "note.txt",
      contentType: "text/plain",
      data: "hello blob",
    })
    expect(uploaded.error).toBeUndefined()
    expect(uploaded.data).toMatchObject({
      name: "note.txt",
      content_type: "text/plain",
      size: 10,
      public: false,
    })
    const blob = uploaded.data!

    const info = await jack.client.GET("/blobs/{blobId}.json", { params: { path: { blobId: blob.id } } })
    expect(info.data?.blob).toMatchObject({ id: blob.id, uid: blob.uid, size: 10 })

    const bytes = await fetch(jack.client.blobUrl(blob.uid, { withToken: true }))
    expect(await bytes.text()).toBe("hello blob")
    expect((await fetch(jack.client.blobUrl(blob.uid))).status).toBe(401)

    const deleted = await jack.client.DELETE("/blobs/{blobId}.json", {
      params: { path: { blobId: blob.id } },
    })
    expect(deleted.error).toBeUndefined()
    expect(
      (await jack.client.GET("/blobs/{blobId}.json", { params: { path: { blobId: blob.id } } })).error
        ?.status,
    ).toBe(404)
  })

  it("creates, finds and deletes custom-object records", async () => {
    const created = await jack.client.POST("/data/{className}.json", {
      params: { path: { className: "UserReports" } },
      body: { reportedUserId: 2, reason: "spam" },
    })
    expect(created.data).toMatchObject({ user_id: jack.user.id, reportedUserId: 2, reason: "spam" })
    const recordId = created.data!._id

    const found = await jack.client.GET("/data/{className}.json", {
      params: { path: { className: "UserReports" }, query: { criteria: { reason: "spam" } } },
    })
    expect(found.data && "items" in found.data ? found.data.items.map((record) => record._id) : []).toContain(
      recordId,
    )

    const deleted = await jack.client.DELETE("/data/{className}/{recordIds}.json", {
      params: { path: { className: "UserReports", recordIds: recordId } },
    })
    expect(deleted.error).toBeUndefined()
  })
})
