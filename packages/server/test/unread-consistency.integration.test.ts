import { afterAll, beforeAll, expect, it } from "vitest"
import { createGroup, history, listedDialog, sendMessage, unread } from "./support/chat.ts"
import { raw } from "./support/http.ts"
import { startTestServer, type TestServer } from "./support/testServer.ts"
import { createUser, type TestUser } from "./support/users.ts"

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server.dispose()
})

/** A small deterministic generator (mulberry32), so a failure replays the same way. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

it("keeps every unread counter and the last message equal to what the history shows, through random operations", async () => {
  const actors = await Promise.all([createUser(server), createUser(server), createUser(server)])
  const watcher = await createUser(server)
  const owner = actors[0] as TestUser
  const dialogId: string = (await createGroup(server, owner, [...actors.slice(1), watcher]))._id
  const next = random(20261122)
  const pick = <A>(items: ReadonlyArray<A>): A => items[Math.floor(next() * items.length)] as A

  const check = async (step: string) => {
    for (const user of [...actors, watcher]) {
      const visible = await history(server, user, dialogId, "limit=1000")
      const expected = visible.filter(
        (message) => message.sender_id !== user.userId && message.read === 0,
      ).length
      expect((await unread(server, user, dialogId)).dialog, `${step}: unread of ${user.userId}`).toBe(
        expected,
      )
      expect((await listedDialog(server, user, dialogId))?.unread_messages_count, step).toBe(expected)
    }
    const all = await history(server, watcher, dialogId, "limit=1000")
    const dialog = await listedDialog(server, watcher, dialogId)
    expect(dialog.last_message_id ?? null, `${step}: last message`).toBe(all.at(-1)?._id ?? null)
    expect(dialog.last_message ?? null, step).toBe(all.at(-1)?.message ?? null)
  }

  for (let step = 0; step < 60; step++) {
    const actor = pick(actors)
    const visible = await history(server, actor, dialogId, "limit=1000")
    const someone = visible.length > 0 ? pick(visible) : undefined
    const roll = next()
    let label: string
    if (roll < 0.4 || someone === undefined) {
      label = "send"
      await sendMessage(server, actor, dialogId, `m${step}`)
    } else if (roll < 0.55) {
      label = "read one"
      await raw(server.url, "PUT", `/chat/Message/${someone._id}.json`, {
        token: actor.token,
        body: { read: 1 },
      })
    } else if (roll < 0.62) {
      label = "read page"
      await raw(server.url, "GET", "/chat/Message.json", {
        token: actor.token,
        query: `chat_dialog_id=${dialogId}&limit=3&sort_desc=date_sent`,
      })
    } else if (roll < 0.72) {
      label = "hide one"
      await raw(server.url, "DELETE", `/chat/Message/${someone._id}.json`, {
        token: actor.token,
        form: { force: "0" },
      })
    } else if (roll < 0.82) {
      label = "delete for everyone"
      await raw(server.url, "DELETE", `/chat/Message/${someone._id}.json`, {
        token: owner.token,
        form: { force: "1" },
      })
    } else if (roll < 0.87) {
      label = "clear history"
      await raw(server.url, "DELETE", `/chat/Dialog/clearHistory/${dialogId}.json`, { token: actor.token })
    } else if (roll < 0.93) {
      label = "edit"
      await raw(server.url, "PUT", `/chat/Message/${someone._id}.json`, {
        token: actor.token,
        body: { message: `edited ${step}` },
      })
    } else {
      label = "mark all read"
      await raw(server.url, "PUT", "/chat/Message.json", {
        token: actor.token,
        body: { chat_dialog_id: dialogId, read: 1 },
      })
    }
    await check(`step ${step} (${label})`)
  }
})
