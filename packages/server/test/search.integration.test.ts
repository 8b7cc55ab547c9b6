import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createDialog, createGroup, sendMessage } from "./support/chat.ts"
import { raw } from "./support/http.ts"
import { startTestServer, type TestServer } from "./support/testServer.ts"
import { createUser, type TestUser } from "./support/users.ts"

let server: TestServer
let alice: TestUser
let bob: TestUser
let outsider: TestUser
let team: string
let secret: string
let direct: string

beforeAll(async () => {
  server = await startTestServer()
  ;[alice, bob, outsider] = await Promise.all([createUser(server), createUser(server), createUser(server)])
  await raw(server.url, "PUT", `/users/${bob.userId}.json`, {
    token: bob.token,
    body: { user: { full_name: "Zebulon Searchable" } },
  })
  team = (await createGroup(server, alice, [bob], { name: "Lorem ipsum team" }))._id
  secret = (
    await createGroup(server, outsider, [], { name: "Lorem secret", occupants_ids: String(outsider.userId) })
  )._id
  direct = (await createDialog(server, alice, { type: 3, occupants_ids: String(bob.userId) }))._id
  await sendMessage(server, alice, team, "Lorem ipsum dolor sit amet")
  await sendMessage(server, bob, team, "Café au lait, ipsum again")
  await sendMessage(server, bob, direct, "private lorem note")
  await sendMessage(server, outsider, secret, "lorem hidden from alice")
})
afterAll(async () => {
  await server.dispose()
})

const search = async (user: TestUser, query: string) => {
  const response = await raw(server.url, "GET", "/chat/search.json", { token: user.token, query })
  expect(response.status, response.text).toBe(200)
  return response.json.results
}
const texts = (results: { messages: Array<{ message: string }> }) =>
  results.messages.map((message) => message.message).sort()

describe("search", () => {
  it("finds messages by word prefix in the caller's dialogs only, newest first", async () => {
    const results = await search(alice, "search_text=lorem")
    expect(texts(results)).toEqual(["Lorem ipsum dolor sit amet", "private lorem note"])
    expect(texts(await search(alice, "search_text=ips"))).toEqual([
      "Café au lait, ipsum again",
      "Lorem ipsum dolor sit amet",
    ])
    expect(texts(await search(alice, "search_text=ipsum%20dol"))).toEqual(["Lorem ipsum dolor sit amet"])
    expect(texts(await search(alice, "search_text=cafe"))).toEqual(["Café au lait, ipsum again"])
    expect(texts(await search(outsider, "search_text=lorem"))).toEqual(["lorem hidden from alice"])
    expect(results.messages[0]).toMatchObject({
      chat_dialog_id: expect.any(String),
      read: expect.any(Number),
    })
  })

  it("finds dialogs by name among visible ones, and users by full name or login", async () => {
    const results = await search(alice, "search_text=Lorem")
    expect(results.dialogs.map((dialog: { _id: string }) => dialog._id)).toEqual([team])
    expect(results.dialogs[0].unread_messages_count).toBe(1)
    expect((await search(alice, "search_text=Zebulon")).users.map((user: { id: number }) => user.id)).toEqual(
      [bob.userId],
    )
    expect(
      (await search(alice, `search_text=${bob.login}`)).users.map((user: { id: number }) => user.id),
    ).toEqual([bob.userId])
  })

  it("narrows to chat_dialog_ids the caller may read, and to a date range given in either order", async () => {
    expect(texts(await search(alice, `search_text=lorem&chat_dialog_ids=${direct}`))).toEqual([
      "private lorem note",
    ])
    expect(texts(await search(alice, `search_text=lorem&chat_dialog_ids=${secret}`))).toEqual([])
    const now = Date.now()
    const hourAgo = new Date(now - 3_600_000).toISOString()
    const inAnHour = new Date(now + 3_600_000).toISOString()
    expect(
      texts(await search(alice, `search_text=lorem&start_date=${inAnHour}&end_date=${hourAgo}`)),
    ).toHaveLength(2)
    expect(
      texts(await search(alice, `search_text=lorem&start_date=${hourAgo}&end_date=${inAnHour}`)),
    ).toHaveLength(2)
    expect(texts(await search(alice, "search_text=lorem&start_date=1000&end_date=2000"))).toEqual([])
    // One bound alone: start_date is the newest time (at or before it), end_date the oldest (at or after it).
    expect(texts(await search(alice, `search_text=lorem&start_date=${inAnHour}`))).toHaveLength(2)
    expect(texts(await search(alice, `search_text=lorem&start_date=${hourAgo}`))).toEqual([])
    expect(texts(await search(alice, `search_text=lorem&end_date=${hourAgo}`))).toHaveLength(2)
    expect(texts(await search(alice, `search_text=lorem&end_date=${inAnHour}`))).toEqual([])
    expect((await search(alice, "search_text=lorem&limit=1")).messages).toHaveLength(1)
  })

  it("treats FTS and SQL syntax in the text as plain words", async () => {
    for (const text of [
      '"',
      "*",
      "NEAR(",
      "lorem OR",
      'lorem"*',
      "') OR 1=1 --",
      "ipsum AND NOT",
      "^lorem",
      "{x}",
      "%",
      "_",
      "\\",
    ]) {
      const response = await raw(server.url, "GET", "/chat/search.json", {
        token: alice.token,
        query: `search_text=${encodeURIComponent(text)}`,
      })
      expect(response.status, text).toBe(200)
      expect(
        response.json.results.messages.every(
          (message: { chat_dialog_id: string }) => message.chat_dialog_id !== secret,
        ),
        text,
      ).toBe(true)
    }
    expect(texts(await search(alice, `search_text=${encodeURIComponent('"lorem" (ipsum* -')}`))).toEqual([
      "Lorem ipsum dolor sit amet",
    ])
    expect((await search(alice, "search_text=%25")).dialogs).toEqual([])
  })

  it("refuses a missing or oversized text, bad ids and bad dates", async () => {
    for (const query of [
      "",
      "search_text=",
      "search_text=%20%20",
      `search_text=${"x".repeat(201)}`,
      "search_text=a&chat_dialog_ids=zzz",
      "search_text=a&start_date=tomorrow",
      "search_text=a&limit=0",
    ]) {
      const response = await raw(server.url, "GET", "/chat/search.json", { token: alice.token, query })
      expect(response.status, query).toBe(422)
      expect(response.json.errors, query).toBeDefined()
    }
  })
})
