import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import { WebSocket } from "ws"
import { type ChatError, chatSchema, locationAttachment } from "../src/index.ts"
import { eventually, next, record, serverWithClients, type TestServer } from "./support/chat.ts"

let server: TestServer
const pool = serverWithClients((started) => {
  server = started
})
const open = pool.open

const pair = async (type: 2 | 3 = 3) => {
  const { chat: alice, user: a } = await open(server)
  const { chat: bob, user: b } = await open(server)
  const dialog = await alice.dialogs.create(
    type === 3 ? { type, occupantIds: [b.userId] } : { type, name: "g", occupantIds: [b.userId] },
  )
  return { alice, bob, a, b, dialog }
}

describe("statuses", () => {
  it("markable messages are marked delivered automatically; read markers reach the sender", async () => {
    const { alice, bob, b, dialog } = await pair()
    const delivered = next(alice, "message:delivered")
    const received = next(bob, "message")
    const sent = await alice.messages.send(dialog.id, { body: "mark me" })
    expect((await delivered).messageId).toBe(sent.id)
    await received
    await eventually(
      () => alice.stores.messages(dialog.id).getSnapshot().messages[0]?.status,
      (status) => status === "delivered",
    )
    const read = next(alice, "message:read")
    await bob.messages.markRead(dialog.id, [sent.id])
    expect(await read).toMatchObject({ messageId: sent.id, userId: b.userId, dialogId: dialog.id })
    await eventually(
      () => alice.stores.messages(dialog.id).getSnapshot().messages[0],
      (message) => message?.status === "read" && message.readIds.includes(b.userId),
    )
    const history = await alice.messages.list(dialog.id)
    expect(history[0]?.readIds).toContain(b.userId)
  })

  it("a message sent not markable gets no automatic marker; markDelivered sends one", async () => {
    const { alice, bob, dialog } = await pair()
    const markers = record(alice, "message:delivered")
    const received = next(bob, "message")
    const sent = await alice.messages.send(dialog.id, { body: "quiet", markable: false })
    await received
    const delivered = next(alice, "message:delivered")
    await bob.messages.markDelivered(dialog.id, sent.id)
    expect((await delivered).messageId).toBe(sent.id)
    expect(markers.seen).toHaveLength(1)
  })
})

describe("typing", () => {
  it("start and stop reach the peer, filed under the private dialog", async () => {
    const { alice, bob, a, dialog } = await pair()
    await bob.dialogs.get(dialog.id)
    const typing = next(bob, "typing", (event) => event.typing)
    await alice.typing.start(dialog.id)
    expect(await typing).toEqual({ dialogId: dialog.id, userId: a.userId, typing: true })
    expect(bob.stores.typing.getSnapshot()[dialog.id]).toEqual([a.userId])
    const stopped = next(bob, "typing", (event) => !event.typing)
    await alice.typing.stop(dialog.id)
    await stopped
    expect(bob.stores.typing.getSnapshot()[dialog.id]).toEqual([])
  })

  it("an indicator without news expires; a message from the typist clears it", async () => {
    const { chat: alice, user: a } = await open(server)
    const { chat: bob, user: b } = await open(server, undefined, { typingTimeout: 200 })
    const dialog = await alice.dialogs.create({ type: 2, name: "typing", occupantIds: [b.userId] })
    const on = next(bob, "typing", (event) => event.typing)
    await alice.typing.start(dialog.id)
    await on
    // realtime would send `paused` after 5 s; the receiver's own 200 ms timeout clears it first.
    const off = next(bob, "typing", (event) => !event.typing)
    expect((await off).userId).toBe(a.userId)
    await alice.typing.stop(dialog.id)
    await alice.typing.start(dialog.id)
    await eventually(
      () => bob.stores.typing.getSnapshot()[dialog.id],
      (ids) => ids?.includes(a.userId) === true,
    )
    const cleared = next(bob, "typing", (event) => !event.typing)
    await alice.messages.send(dialog.id, { body: "done typing" })
    await cleared
  })
})

describe("edits and deletions", () => {
  it("edit over chat and over HTTP reaches the peer", async () => {
    const { alice, bob, dialog } = await pair(2)
    const received = next(bob, "message")
    const sent = await alice.messages.send(dialog.id, { body: "original" })
    await received
    const edited = next(bob, "message:edited")
    await alice.messages.edit(dialog.id, sent.id, "edited over chat")
    expect(await edited).toMatchObject({ messageId: sent.id, body: "edited over chat" })
    expect(bob.stores.messages(dialog.id).getSnapshot().messages[0]).toMatchObject({
      body: "edited over chat",
      edited: true,
    })
    const again = next(bob, "message:edited")
    await alice.messages.edit(dialog.id, sent.id, "edited over HTTP", { via: "http" })
    expect((await again).body).toBe("edited over HTTP")
    expect((await alice.messages.list(dialog.id))[0]?.body).toBe("edited over HTTP")
  })

  it("delete for everyone over chat and over HTTP; delete for oneself", async () => {
    const { alice, bob, dialog } = await pair(2)
    const ids = []
    for (const body of ["one", "two", "three"]) {
      const received = next(bob, "message", (message) => message.body === body)
      ids.push((await alice.messages.send(dialog.id, { body })).id)
      await received
    }
    const deleted = next(bob, "message:deleted")
    await alice.messages.delete(dialog.id, [ids[0]!])
    expect((await deleted).messageId).toBe(ids[0])
    const deletedOverHttp = next(bob, "message:deleted")
    await alice.messages.delete(dialog.id, [ids[1]!], { via: "http" })
    expect((await deletedOverHttp).messageId).toBe(ids[1])
    await bob.messages.delete(dialog.id, [ids[2]!], { forEveryone: false })
    expect(bob.stores.messages(dialog.id).getSnapshot().messages).toEqual([])
    expect((await alice.messages.list(dialog.id)).map((message) => message.body)).toEqual(["three"])
    expect(await bob.messages.list(dialog.id)).toEqual([])
  })

  it("deleting a dialog's last message moves both sides' previews back to the one before", async () => {
    const { alice, bob, dialog } = await pair()
    await alice.dialogs.list()
    await bob.dialogs.list()
    const first = next(bob, "message", (message) => message.body === "keep me")
    await alice.messages.send(dialog.id, { body: "keep me" })
    await first
    const second = next(bob, "message", (message) => message.body === "oops")
    const oops = await alice.messages.send(dialog.id, { body: "oops" })
    await second
    await bob.dialogs.refresh(dialog.id)
    expect(bob.stores.dialogs.getSnapshot().byId[dialog.id]?.lastMessageId).toBe(oops.id)
    await alice.dialogs.refresh(dialog.id)
    await alice.messages.delete(dialog.id, [oops.id])
    for (const client of [alice, bob]) {
      await eventually(
        () => client.stores.dialogs.getSnapshot().byId[dialog.id]?.lastMessage,
        (preview) => preview === "keep me",
      )
    }
  })
})

describe("reactions", () => {
  it("add, replace, remove and list; both sides see each change once", async () => {
    const { alice, bob, a, b, dialog } = await pair(2)
    const received = next(bob, "message")
    const sent = await alice.messages.send(dialog.id, { body: "react to me" })
    await received
    const atAlice = record(alice, "reaction")
    const pushed = next(alice, "reaction", (event) => event.add === "🔥")
    await bob.messages.react(sent.id, { add: "🔥" })
    expect(await pushed).toMatchObject({ messageId: sent.id, userId: b.userId, add: "🔥" })
    expect(bob.stores.messages(dialog.id).getSnapshot().messages[0]?.reactions).toEqual({
      total: { "🔥": 1 },
      own: ["🔥"],
    })
    await alice.messages.react(sent.id, { add: "👍" })
    await bob.messages.react(sent.id, { add: "👎", remove: "🔥" })
    await eventually(
      () => alice.stores.messages(dialog.id).getSnapshot().messages[0]?.reactions,
      (reactions) =>
        JSON.stringify(reactions) === JSON.stringify({ total: { "👍": 1, "👎": 1 }, own: ["👍"] }),
    )
    expect(await alice.messages.reactions(sent.id)).toEqual({ "👍": [a.userId], "👎": [b.userId] })
    await alice.messages.react(sent.id, { remove: "👍" })
    await eventually(
      () => bob.stores.messages(dialog.id).getSnapshot().messages[0]?.reactions,
      (reactions) => JSON.stringify(reactions) === JSON.stringify({ total: { "👎": 1 }, own: ["👎"] }),
    )
    // Alice's own reactions were reported once each despite the server's echo.
    expect(atAlice.seen.filter((event) => event.userId === a.userId)).toHaveLength(2)
  })

  it("a reaction added then removed stays removed: the late echo of the add does not bring it back", async () => {
    // Alice's socket hands her reaction pushes over 150 ms late (in order), so the server's echo of
    // her add arrives after her remove was applied.
    type Listen = (type: string, listener: (event: { data: unknown }) => void) => void
    class LateReactions extends WebSocket {
      constructor(...args: ConstructorParameters<typeof WebSocket>) {
        super(...args)
        const listen = this.addEventListener.bind(this) as Listen
        const late: Listen = (type, listener) =>
          listen(type, (event) => {
            if (type === "message" && String(event.data).includes("<reactions")) {
              setTimeout(() => listener(event), 150)
            } else listener(event)
          })
        Object.assign(this, { addEventListener: late })
      }
    }
    const { chat: alice } = await open(server, undefined, { webSocket: LateReactions })
    const { chat: bob, user: b } = await open(server)
    const dialog = await alice.dialogs.create({ type: 3, occupantIds: [b.userId] })
    const received = next(bob, "message")
    const sent = await alice.messages.send(dialog.id, { body: "toggle me" })
    await received
    const store = alice.stores.messages(dialog.id)
    const own = () => store.getSnapshot().messages.find((message) => message.id === sent.id)?.reactions.own
    let removed = false
    const flickers: Array<ReadonlyArray<string> | undefined> = []
    const unsubscribe = store.subscribe(() => {
      if (removed && own()?.includes("👍")) flickers.push(own())
    })
    await alice.messages.react(sent.id, { add: "👍" })
    await alice.messages.react(sent.id, { remove: "👍" })
    removed = true
    expect(own()).toEqual([])
    const echoes = record(alice, "reaction")
    // Both echoes (add, then remove) come in late; neither is news to Alice.
    await new Promise((resolve) => setTimeout(resolve, 400))
    unsubscribe()
    expect(flickers).toEqual([])
    expect(own()).toEqual([])
    expect(echoes.seen).toEqual([])
  })
})

describe("attachments", () => {
  it("uploads with progress, sends the file; the peer downloads it with the private URL", async () => {
    const { alice, bob, dialog } = await pair()
    const bytes = new Uint8Array(300_000).map((_, index) => index % 251)
    const progress: Array<number> = []
    const events = record(alice, "upload:progress")
    const received = next(bob, "message")
    const sent = await alice.messages.sendFile(
      dialog.id,
      {
        name: "data.bin",
        data: bytes,
        contentType: "application/octet-stream",
        onProgress: (p) => progress.push(p.loaded),
      },
      { body: "a file" },
    )
    expect(progress.length).toBeGreaterThan(1)
    expect(progress.at(-1)).toBe(bytes.length)
    expect(events.seen.map((event) => event.loaded)).toEqual(progress)
    expect(events.seen.every((event) => event.total === bytes.length && event.name === "data.bin")).toBe(true)
    const message = await received
    const attachment = message.attachments[0]!
    expect(attachment).toMatchObject({ type: "file", name: "data.bin", size: bytes.length })
    expect(sent.attachments[0]?.uid).toBe(attachment.uid)
    // The sender's session token must never travel to other users inside a message.
    expect(String(attachment.url)).not.toMatch(/token=/)
    const download = await fetch(bob.files.privateUrl(String(attachment.uid)))
    expect(download.status).toBe(200)
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(bytes)
  })

  it("a location travels as a place attachment", async () => {
    const { alice, bob, dialog } = await pair()
    const received = next(bob, "message")
    await alice.messages.send(dialog.id, {
      body: "here",
      attachments: [locationAttachment(64.7964274, -23.7391878)],
    })
    expect((await received).attachments).toEqual([
      { type: "place", latitude: "64.7964274", longitude: "-23.7391878" },
    ])
  })
})

describe("custom properties", () => {
  const Props = Schema.Struct({
    priority: Schema.Number,
    urgent: Schema.optional(Schema.Boolean),
    tags: Schema.optional(Schema.Array(Schema.String)),
    due: Schema.optional(Schema.Date),
  })

  it("are validated, then decoded to their types from chat, from history and from REST-created messages", async () => {
    const { chat: alice } = await open<typeof Props.Type>(server, undefined, {
      schema: chatSchema({ messageProperties: Props }),
    })
    const { chat: bob, user: b } = await open<typeof Props.Type>(server, undefined, {
      schema: chatSchema({ messageProperties: Props }),
    })
    const dialog = await alice.dialogs.create({ type: 3, occupantIds: [b.userId] })
    const due = new Date("2031-05-06T07:08:09.000Z")
    const received = next(bob, "message")
    await alice.messages.send(dialog.id, {
      body: "typed",
      properties: { priority: 2, urgent: true, tags: ["a", "b"], due },
    })
    const live = await received
    expect(live.properties).toEqual({ priority: 2, urgent: true, tags: ["a", "b"], due })
    const [stored] = await bob.messages.list(dialog.id)
    expect(stored?.properties).toEqual({ priority: 2, urgent: true, tags: ["a", "b"], due })
    const viaRest = await alice.messages.create(dialog.id, { body: "rest", properties: { priority: 5 } })
    expect(viaRest.properties).toEqual({ priority: 5 })
    const refused = await alice.messages
      .send(dialog.id, { body: "bad", properties: { priority: "high" } as never })
      .catch((e: unknown) => e)
    expect((refused as ChatError).reason._tag).toBe("InvalidInput")
  })

  it("without a schema, custom fields pass through with their JSON types", async () => {
    const { alice, bob, dialog } = await pair()
    const received = next(bob, "message")
    await alice.messages.send(dialog.id, {
      body: "plain",
      properties: { n: 1, flag: false, nested: { deep: "x" } },
    })
    expect((await received).properties).toEqual({ n: 1, flag: false, nested: { deep: "x" } })
  })
})

describe("more", () => {
  it("silent messages, REST-created messages sent to chat, global search, mark active/inactive", async () => {
    const { alice, bob, dialog } = await pair(2)
    const silent = next(bob, "message")
    await alice.messages.send(dialog.id, { body: "shh", silent: true })
    expect((await silent).silent).toBe(true)
    const viaRest = next(bob, "message", (message) => message.body === "created over HTTP")
    await alice.messages.create(dialog.id, { body: "created over HTTP", sendToChat: true })
    await viaRest
    const found = await alice.messages.search({ text: "created over", dialogIds: [dialog.id] })
    expect(found.messages.map((message) => message.body)).toEqual(["created over HTTP"])
    await alice.markInactive()
    await alice.markActive()
  })
})
