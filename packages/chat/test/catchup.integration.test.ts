import { describe, expect, it } from "vitest"
import type { Chat } from "../src/index.ts"
import { createUser, eventually, next, record, serverWithClients, type TestServer } from "./support/chat.ts"

let server: TestServer
const pool = serverWithClients((started) => {
  server = started
})
const open = pool.open

const bodies = (chat: Chat, dialogId: string) =>
  chat.stores
    .messages(dialogId)
    .getSnapshot()
    .messages.map((message) => message.body)

describe("catch-up after a reconnect without resume", () => {
  it("fetches what an active dialog missed, reports each message once, and leaves no gap", async () => {
    const { chat: alice } = await open(server)
    const { chat: bob, user: b } = await open(server)
    const dialog = await alice.dialogs.create({ type: 2, name: "Missed", occupantIds: [b.userId] })
    await alice.messages.send(dialog.id, { body: "before" })
    await bob.messages.load(dialog.id)
    await eventually(
      () => bodies(bob, dialog.id),
      (list) => list.includes("before"),
    )
    await bob.disconnect()
    for (const body of ["while away 1", "while away 2", "while away 3"])
      await alice.messages.send(dialog.id, { body })
    const seen = record(bob, "message")
    await bob.connect()
    const timeline = await eventually(
      () => bob.stores.messages(dialog.id).getSnapshot(),
      (current) => current.messages.length === 4 && current.gaps.length === 0,
    )
    expect(timeline.messages.map((message) => message.body)).toEqual([
      "before",
      "while away 1",
      "while away 2",
      "while away 3",
    ])
    expect(timeline.gaps).toEqual([])
    expect(seen.seen.map((message) => message.body).sort()).toEqual([
      "while away 1",
      "while away 2",
      "while away 3",
    ])
    // Unread counters come from the server after the reconnect.
    await eventually(
      () => bob.stores.unread.getSnapshot().byDialog[dialog.id],
      (count) => count === 4,
    )
  })

  it("what the catch-up could not fetch stays a gap, announced, until fillGap loads it", async () => {
    const { chat: alice } = await open(server)
    const { chat: bob, user: b } = await open(server, undefined, {
      history: { pageSize: 2, catchUpPages: 1 },
    })
    const dialog = await alice.dialogs.create({ type: 2, name: "Gappy", occupantIds: [b.userId] })
    await alice.messages.send(dialog.id, { body: "m0" })
    await bob.messages.load(dialog.id)
    await eventually(
      () => bodies(bob, dialog.id),
      (list) => list.includes("m0"),
    )
    await bob.disconnect()
    for (let i = 1; i <= 5; i++) await alice.messages.send(dialog.id, { body: `m${i}` })
    const gap = next(bob, "gap", (event) => event.dialogId === dialog.id)
    await bob.connect()
    const announced = await gap
    let timeline = bob.stores.messages(dialog.id).getSnapshot()
    expect(timeline.messages.map((message) => message.body)).toEqual(["m0", "m4", "m5"])
    expect(timeline.gaps).toHaveLength(1)
    expect(timeline.gaps[0]?.after.id).toBe(timeline.messages[0]?.id)
    expect(timeline.gaps[0]?.before?.id).toBe(timeline.messages[1]?.id)
    expect(announced.gap.id).toBe(timeline.gaps[0]?.id)
    while (timeline.gaps.length > 0) timeline = await bob.messages.fillGap(dialog.id)
    expect(timeline.messages.map((message) => message.body)).toEqual(["m0", "m1", "m2", "m3", "m4", "m5"])
  })

  it("an offline 1-1 replay and the catch-up of the same messages make one message each", async () => {
    const { chat: alice } = await open(server)
    const { chat: bob, user: b } = await open(server)
    const dialog = await alice.dialogs.create({ type: 3, occupantIds: [b.userId] })
    await alice.messages.send(dialog.id, { body: "first" })
    await bob.messages.load(dialog.id)
    await eventually(
      () => bodies(bob, dialog.id),
      (list) => list.includes("first"),
    )
    await bob.disconnect()
    for (const body of ["a", "b", "c"]) await alice.messages.send(dialog.id, { body })
    const seen = record(bob, "message")
    await bob.connect()
    await eventually(
      () => bodies(bob, dialog.id),
      (list) => list.length === 4,
    )
    // Give the offline replay every chance to arrive after the catch-up.
    await eventually(
      () => seen.seen.length,
      (count) => count > 3,
      10,
    )
    expect(seen.seen.map((message) => message.body).sort()).toEqual(["a", "b", "c"])
    expect(bodies(bob, dialog.id)).toEqual(["first", "a", "b", "c"])
    await eventually(
      () => bob.stores.unread.getSnapshot().byDialog[dialog.id],
      (count) => count === 4,
    )
  })
})

describe("unread counters", () => {
  it("count new messages live, drop on read, and agree with the server", async () => {
    const { chat: alice } = await open(server)
    const b = await createUser(server)
    const { chat: bob } = await open(server, b)
    const dialog = await alice.dialogs.create({ type: 2, name: "Unread", occupantIds: [b.userId] })
    const sent = []
    for (const body of ["one", "two", "three"]) sent.push(await alice.messages.send(dialog.id, { body }))
    await eventually(
      () => bob.stores.unread.getSnapshot().byDialog[dialog.id],
      (count) => count === 3,
    )
    await bob.messages.markRead(dialog.id, [sent[0]!.id])
    expect(bob.stores.unread.getSnapshot().byDialog[dialog.id]).toBe(2)
    await eventually(
      async () => (await bob.unread.fetch([dialog.id])).byDialog[dialog.id],
      (count) => count === 2,
    )
    await bob.messages.markAllRead(dialog.id)
    expect(bob.stores.unread.getSnapshot().byDialog[dialog.id]).toBe(0)
    expect((await bob.unread.refresh()).byDialog[dialog.id]).toBe(0)
  })
})
