import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, expect, it } from "vitest"
import { createDialog, createGroup, history, listedDialog, sendMessage, unread } from "./support/chat.ts"
import { raw } from "./support/http.ts"
import { startTestServer, type TestServer } from "./support/testServer.ts"
import { createUser } from "./support/users.ts"

const dataDir = mkdtempSync(join(tmpdir(), "cube-chat-restart-"))
let server: TestServer | undefined

afterAll(async () => {
  await server?.dispose()
  rmSync(dataDir, { recursive: true, force: true })
})

it("keeps dialogs, messages, per-user state and the search index across a restart", async () => {
  server = await startTestServer({ dataDir })
  const [alice, bob] = await Promise.all([createUser(server), createUser(server)])
  const group = await createGroup(server, alice, [bob], { name: "Durable", extensions: { location: "disk" } })
  const direct = await createDialog(server, alice, { type: 3, occupants_ids: String(bob.userId) })
  const first = await sendMessage(server, alice, group._id, "persisted words", { custom: "kept" })
  await sendMessage(server, alice, group._id, "second")
  await raw(server.url, "PUT", `/chat/Message/${first._id}/reactions.json`, {
    token: bob.token,
    body: { add: "👍" },
  })
  await raw(server.url, "PUT", `/chat/Message/${first._id}.json`, { token: bob.token, body: { read: 1 } })
  await raw(server.url, "PUT", `/chat/Dialog/${group._id}/notifications.json`, {
    token: bob.token,
    body: { enabled: 0 },
  })
  await server.dispose()
  server = undefined

  server = await startTestServer({ dataDir })
  const dialog = await listedDialog(server, bob, group._id)
  expect(dialog).toMatchObject({
    name: "Durable",
    extensions: { location: "disk" },
    last_message: "second",
    unread_messages_count: 1,
  })
  expect((await unread(server, bob, group._id)).dialog).toBe(1)
  const messages = await history(server, bob, group._id)
  expect(messages.map((message) => message.message)).toEqual(["persisted words", "second"])
  expect(messages[0]).toMatchObject({
    custom: "kept",
    read: 1,
    reactions: { own: ["👍"], total: { "👍": 1 } },
  })
  const notifications = await raw(server.url, "GET", `/chat/Dialog/${group._id}/notifications.json`, {
    token: bob.token,
  })
  expect(notifications.json.notifications.enabled).toBe(0)
  const again = await createDialog(server, bob, { type: 3, occupants_ids: String(alice.userId) })
  expect(again._id).toBe(direct._id)
  const found = await raw(server.url, "GET", "/chat/search.json", {
    token: bob.token,
    query: "search_text=persist",
  })
  expect(found.json.results.messages.map((message: { _id: string }) => message._id)).toEqual([first._id])
  await sendMessage(server, alice, group._id, "after restart")
  expect((await unread(server, bob, group._id)).dialog).toBe(2)
})
