// Chaos: a 1,000-message two-way exchange while sockets are cut (sessions resume) and the server is
// restarted on the same data directory and port (sessions cannot resume: catch-up from history). At the
// end nothing is lost, nothing is doubled, both sides hold the same order as the server, and the unread
// counters equal the server's.
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, expect, it } from "vitest"
import { raw } from "../../server/test/support/http.ts"
import type { Chat, ChatMessage } from "../src/index.ts"
import {
  clientPool,
  createUser,
  eventually,
  record,
  startTestServer,
  type TestServer,
  testApp,
} from "./support/chat.ts"

const dataDir = mkdtempSync(join(tmpdir(), "cube-chat-chaos-"))
// The flood limits are raised: this test is about reliability, not rate limiting.
const limits = { stanzaBurst: 5_000, stanzasPerSecond: 5_000 }
let server: TestServer | undefined
const pool = clientPool()
const open = pool.open

afterAll(async () => {
  await pool.destroyAll()
  await server?.dispose()
  rmSync(dataDir, { recursive: true, force: true })
})

const perSide = 500
const window = 8

/**
 * Sends `count` messages, alternately to each dialog, at most `window` unacknowledged at a time, each once
 * `paced(index)` resolves; resolves with every send's outcome.
 */
const sendAll = async (
  chat: Chat,
  dialogIds: ReadonlyArray<string>,
  label: string,
  count: number,
  paced: (index: number) => Promise<void>,
) => {
  const outcomes: Array<PromiseSettledResult<ChatMessage>> = []
  let nextIndex = 0
  const worker = async () => {
    while (nextIndex < count) {
      const index = nextIndex++
      await paced(index)
      const dialogId = dialogIds[index % dialogIds.length]!
      const [outcome] = await Promise.allSettled([
        chat.messages.send(dialogId, { body: `${label}-${index}` }),
      ])
      outcomes[index] = outcome!
    }
  }
  await Promise.all(Array.from({ length: window }, worker))
  return outcomes
}

const ids = (chat: Chat, dialogId: string) =>
  chat.stores
    .messages(dialogId)
    .getSnapshot()
    .messages.map((message) => message.id)

it("1,000 messages through dropped sockets and server restarts: none lost, none doubled, one order, right unread counts", async () => {
  server = await startTestServer({ dataDir, ...limits })
  const port = server.port
  const [a, b] = await Promise.all([createUser(server), createUser(server)])
  const options = { timeouts: { send: 90_000 }, reconnect: { delay: 50, maxDelay: 400 } } as const
  const { chat: alice } = await open(server, a, options)
  const { chat: bob } = await open(server, b, options)
  // A private dialog (offline messages are queued by the server) and a group (they are not: catch-up).
  const direct = await alice.dialogs.create({ type: 3, occupantIds: [b.userId] })
  const group = await alice.dialogs.create({ type: 2, name: "chaos", occupantIds: [b.userId] })
  const dialogIds = [direct.id, group.id]
  for (const dialogId of dialogIds) {
    await alice.messages.load(dialogId)
    await bob.messages.load(dialogId)
  }
  const atAlice = record(alice, "message")
  const atBob = record(bob, "message")
  const connections = [record(alice, "connection"), record(bob, "connection")]

  let sending = true
  // drop: the socket dies, the session resumes. away: the app goes offline for a while (a fresh session
  // later: what it missed in the group comes from catch-up). restart: nobody can resume.
  const actions = [
    "drop-alice",
    "away-bob",
    "restart",
    "drop-bob",
    "away-alice",
    "drop-both",
    "restart",
    "away-bob",
    "drop-alice",
    "restart",
  ]
  const done: Array<string> = []
  // The sends are spread over the chaos whatever the client's speed: message `index` of a side goes out
  // once its share of the actions has happened.
  const paced = async (index: number) => {
    while (done.length < Math.floor((index * (actions.length - 1)) / perSide)) {
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  }
  const chaos = (async () => {
    for (const action of actions) {
      await new Promise((resolve) => setTimeout(resolve, 400))
      if (!sending) break
      if (action === "restart") {
        await server!.close()
        server = await startTestServer({ dataDir, port, ...limits })
      } else if (action.startsWith("away")) {
        const chat = action === "away-bob" ? bob : alice
        await chat.disconnect()
        await new Promise((resolve) => setTimeout(resolve, 300))
        await chat.connect()
      } else {
        if (action !== "drop-bob") server!.xmpp.dropSockets(testApp.id, a.userId)
        if (action !== "drop-alice") server!.xmpp.dropSockets(testApp.id, b.userId)
      }
      done.push(action)
    }
    return done
  })()

  const [fromAlice, fromBob] = await Promise.all([
    sendAll(alice, dialogIds, "a", perSide, paced),
    sendAll(bob, dialogIds, "b", perSide, paced),
  ])
  sending = false
  const chaosDone = await chaos
  expect(chaosDone.filter((action) => action === "restart").length).toBeGreaterThanOrEqual(2)
  expect(chaosDone.filter((action) => action.startsWith("drop")).length).toBeGreaterThanOrEqual(2)

  // Both kinds of recovery happened: resumed sessions (dropped sockets) and fresh ones (restarts).
  const reconnects = connections.flatMap(({ seen }) => seen.filter((state) => state.status === "connected"))
  expect(reconnects.some((state) => state.resumed === true)).toBe(true)
  expect(reconnects.filter((state) => state.resumed === false).length).toBeGreaterThanOrEqual(2)

  // Zero lost at the senders: every send was acknowledged.
  const rejected = [...fromAlice, ...fromBob].filter((outcome) => outcome.status === "rejected")
  expect(rejected).toEqual([])
  const sentIds = [...fromAlice, ...fromBob].map(
    (outcome) => (outcome as PromiseFulfilledResult<ChatMessage>).value.id,
  )
  expect(new Set(sentIds).size).toBe(2 * perSide)

  const value = (outcome: PromiseSettledResult<ChatMessage>) =>
    (outcome as PromiseFulfilledResult<ChatMessage>).value
  for (const dialogId of dialogIds) {
    const sentHere = [...fromAlice, ...fromBob].map(value).filter((message) => message.dialogId === dialogId)
    const count = sentHere.length
    // The server holds each message once.
    const history = await eventually(
      async () => {
        const response = await raw(server!.url, "GET", "/chat/Message.json", {
          token: a.token,
          query: `chat_dialog_id=${dialogId}&mark_as_read=0&sort_asc=date_sent&limit=1000`,
        })
        return (response.json.items as Array<{ _id: string; date_sent: number }>) ?? []
      },
      (items) => items.length === count,
    )
    expect(history).toHaveLength(count)
    const serverOrder = [...history]
      .sort((x, y) => x.date_sent - y.date_sent || (x._id < y._id ? -1 : x._id > y._id ? 1 : 0))
      .map((item) => item._id)
    expect(new Set(serverOrder)).toEqual(new Set(sentHere.map((message) => message.id)))

    // Both sides end with every message once, all positions confirmed, no gap, in the server's order.
    const settled = (chat: Chat) => {
      const timeline = chat.stores.messages(dialogId).getSnapshot()
      return (
        timeline.messages.length === count &&
        timeline.gaps.length === 0 &&
        timeline.messages.every((message) => message.confirmed)
      )
    }
    await eventually(() => settled(alice) && settled(bob), Boolean, 600)
    // On failure, say what differs (missing, unconfirmed, gaps) rather than print two long lists.
    const explain = (chat: Chat) => {
      const timeline = chat.stores.messages(dialogId).getSnapshot()
      const have = new Set(timeline.messages.map((message) => message.id))
      return JSON.stringify({
        dialog: dialogId === direct.id ? "direct" : "group",
        missing: serverOrder.filter((id) => !have.has(id)),
        unconfirmed: timeline.messages.filter((message) => !message.confirmed).map((message) => message.id),
        gaps: timeline.gaps,
      })
    }
    expect(ids(alice, dialogId), explain(alice)).toEqual(serverOrder)
    expect(ids(bob, dialogId), explain(bob)).toEqual(serverOrder)

    // Nobody read anything: each has the other's messages unread, as the server says.
    const othersTo = (userId: number) => sentHere.filter((message) => message.senderId !== userId).length
    const unread = (chat: Chat) => chat.stores.unread.getSnapshot().byDialog[dialogId]
    await eventually(
      () => unread(alice) === othersTo(a.userId) && unread(bob) === othersTo(b.userId),
      Boolean,
      200,
    )
    expect(unread(alice)).toBe(othersTo(a.userId))
    expect(unread(bob)).toBe(othersTo(b.userId))
    expect((await alice.unread.fetch([dialogId])).byDialog[dialogId]).toBe(othersTo(a.userId))
  }

  // Each side was told of each of the other's messages exactly once.
  const reported = (events: Array<ChatMessage>, senderId: number) =>
    events.filter((message) => message.senderId === senderId).map((message) => message.id)
  expect(reported(atAlice.seen, b.userId).sort()).toEqual(fromBob.map((outcome) => value(outcome).id).sort())
  expect(reported(atBob.seen, a.userId).sort()).toEqual(fromAlice.map((outcome) => value(outcome).id).sort())
}, 120_000)
