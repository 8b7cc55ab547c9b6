import { type ChildProcess, fork } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { DatabaseSync } from "node:sqlite"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, test } from "vitest"
import { objectId } from "../../src/ids.ts"
import type { NewMessage } from "../../src/storage/MessagesStore.ts"
import { createDialog, history } from "../support/chat.ts"
import { RawXmpp } from "../support/rawXmpp.ts"
import { startTestServer, type TestServer, testApp } from "../support/testServer.ts"
import { createUser, type TestUser } from "../support/users.ts"

/**
 * Group commit over XMPP: the stanzas of one socket read are stored in one transaction; a bad one
 * fails alone with its error to its sender; acks (XEP-0198 `h`) and deliveries go out only once the
 * data is committed, so every acknowledged message survives a crash of the server.
 */

const jidOf = (user: TestUser) => `${user.userId}-${testApp.id}@localhost`
const chat = (to: TestUser, id: string, body: string, extra = "") =>
  `<message xmlns="jabber:client" type="chat" to="${jidOf(to)}" id="${id}"><body>${body}</body>` +
  `<extraParams xmlns="jabber:client"><save_to_history>1</save_to_history>${extra}</extraParams></message>`
const ackRequest = `<r xmlns="urn:xmpp:sm:3"/>`

/** Sends frames in one TCP write, so that the server reads them in one event-loop turn. */
const sendTogether = (client: RawXmpp, frames: ReadonlyArray<string>) => {
  const tcp = (client.socket as unknown as { _socket?: { cork(): void; uncork(): void } | null })._socket
  tcp?.cork()
  for (const frame of frames) client.send(frame)
  tcp?.uncork()
}

/** The `h` of an `<a/>` frame, or undefined. */
const ackOf = (frame: string) => /^<a [^>]*h="(\d+)"/.exec(frame)?.[1]

/** Ids (of `ids`) stored in the data directory's database, read through a connection of its own. */
const storedIds = (dataDir: string, ids: ReadonlyArray<string>): string[] => {
  const db = new DatabaseSync(join(dataDir, "cube.sqlite"), { readOnly: true })
  try {
    const rows = db
      .prepare("SELECT id FROM messages WHERE id IN (SELECT value FROM json_each(?))")
      .all(JSON.stringify(ids)) as Array<{ id: string }>
    return rows.map((row) => row.id)
  } finally {
    db.close()
  }
}

describe("group commit over XMPP", () => {
  let server: TestServer
  let alice: TestUser
  let bob: TestUser
  let dialogId: string

  beforeAll(async () => {
    server = await startTestServer()
    alice = await createUser(server)
    bob = await createUser(server)
    dialogId = (await createDialog(server, alice, { type: 3, occupants_ids: String(bob.userId) }))._id
  })

  afterAll(async () => {
    await server?.dispose()
  })

  test("one read is one transaction; a bad message fails alone; a repeated id is stored and delivered once", async () => {
    const messages = server.context.storage.messages
    const batches: string[][] = []
    const saveMany = messages.saveMany.bind(messages)
    messages.saveMany = (batch: ReadonlyArray<NewMessage>) => {
      batches.push(batch.map((message) => message.body ?? ""))
      return saveMany(batch)
    }
    const sender = await RawXmpp.login(server.wsUrl, alice, { sm: "enable" })
    const receiver = await RawXmpp.login(server.wsUrl, bob)
    try {
      const [first, bad, third, after] = [objectId(), objectId(), objectId(), objectId()]
      const tooManyAttachments = '<attachment type="file"/>'.repeat(51)
      sendTogether(sender, [
        chat(bob, first, "first"),
        chat(bob, bad, "bad", tooManyAttachments),
        chat(bob, third, "third"),
        chat(bob, first, "first again"),
        ackRequest,
      ])
      // The error for the bad one, then the ack counting all four (and the login's presence): both after the commit.
      const error = await sender.next(
        (element) => element.name === "message" && element.attrs.type === "error",
      )
      expect(error.attrs.id).toBe(bad)
      expect(error.child("error")?.child("bad-request")).toBeDefined()
      const ack = await sender.next((element) => element.name === "a")
      expect(ack.attrs.h).toBe("5")
      expect(sender.frames.findIndex((frame) => frame.includes('type="error"'))).toBeLessThan(
        sender.frames.findIndex((frame) => ackOf(frame) !== undefined),
      )
      expect(batches).toContainEqual(["first", "third", "first again"])

      // One more message, in a turn of its own: once it arrived, everything before it had.
      sender.send(chat(bob, after, "after"))
      await receiver.next((element) => element.attrs.id === after)
      expect(receiver.bodies()).toEqual(["first", "third", "after"])
      expect((await history(server, bob, dialogId)).map((message) => message._id)).toEqual([
        first,
        third,
        after,
      ])
    } finally {
      messages.saveMany = saveMany
      sender.close()
      receiver.close()
    }
  })

  test("no ack, delivery or error leaves before the commit it depends on", async () => {
    const messages = server.context.storage.messages
    const saveMany = messages.saveMany.bind(messages)
    let committed = false
    let release = () => {}
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    // The next commit waits until the test opens the gate.
    messages.saveMany = async (batch: ReadonlyArray<NewMessage>) => {
      await gate
      const outcomes = await saveMany(batch)
      committed = true
      return outcomes
    }
    const sender = await RawXmpp.login(server.wsUrl, alice, { sm: "enable" })
    const receiver = await RawXmpp.login(server.wsUrl, bob)
    try {
      const ids = [objectId(), objectId(), objectId()]
      const seenAt: Array<{ frame: string; committed: boolean; stored: number }> = []
      const watch = (client: RawXmpp) =>
        client.socket.on("message", (data) => {
          const frame = data.toString()
          if (frame.startsWith("<message") || ackOf(frame) !== undefined)
            seenAt.push({ frame, committed, stored: storedIds(server.dataDir, ids).length })
        })
      watch(sender)
      watch(receiver)
      sendTogether(sender, [...ids.map((id, n) => chat(bob, id, `gated ${n}`)), ackRequest])
      // Give a wrong implementation every chance to answer early, then let the commit happen.
      await new Promise((resolve) => setTimeout(resolve, 150))
      release()
      await sender.next((element) => element.name === "a")
      await receiver.next((element) => element.attrs.id === ids[2])
      expect(seenAt.length).toBe(4)
      for (const seen of seenAt) expect(seen).toMatchObject({ committed: true, stored: 3 })
    } finally {
      messages.saveMany = saveMany
      sender.close()
      receiver.close()
    }
  })
})

describe("a crash after acks", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "cube-group-commit-crash-"))
  let child: ChildProcess | undefined
  let restarted: TestServer | undefined

  afterAll(async () => {
    child?.kill("SIGKILL")
    await restarted?.dispose()
    rmSync(dataDir, { recursive: true, force: true })
  })

  test("every message acknowledged before the server was killed is in its history after a restart", async () => {
    child = fork(fileURLToPath(new URL("../support/serverProcess.ts", import.meta.url)), [dataDir], {
      execArgv: ["--disable-warning=ExperimentalWarning"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    })
    const exited = new Promise<void>((resolve) => child!.once("exit", () => resolve()))
    const urls = await new Promise<{ url: string; wsUrl: string }>((resolve, reject) => {
      child!.once("message", (message) => resolve(message as { url: string; wsUrl: string }))
      child!.once("exit", (code) => reject(new Error(`the server process exited (${code})`)))
    })
    const alice = await createUser(urls)
    const bob = await createUser(urls)
    const sender = await RawXmpp.login(urls.wsUrl, alice, { sm: "enable" })
    const ids = Array.from({ length: 600 }, () => objectId())
    let acked = 0
    // Killed the moment an ack past 200 arrives: whatever it acknowledged must be on disk.
    sender.socket.on("message", (data) => {
      const h = ackOf(data.toString())
      if (h === undefined) return
      acked = Math.max(acked, Number(h))
      if (acked >= 200) child?.kill("SIGKILL")
    })
    for (let start = 0; start < ids.length; start += 20) {
      sendTogether(sender, [...ids.slice(start, start + 20).map((id) => chat(bob, id, `n${id}`)), ackRequest])
      await new Promise((resolve) => setImmediate(resolve))
    }
    await exited
    sender.close()
    expect(acked).toBeGreaterThanOrEqual(200)

    restarted = await startTestServer({ dataDir })
    const stored = new Set(storedIds(dataDir, ids))
    // `h` also counts the login's presence: the first `acked - 1` messages were acknowledged.
    expect(ids.slice(0, acked - 1).filter((id) => !stored.has(id))).toEqual([])
    // Stored messages are whole: in the history page, the search index and the dialog's counters.
    const dialog = await createDialog(restarted, bob, { type: 3, occupants_ids: String(alice.userId) })
    expect(dialog.unread_messages_count).toBe(stored.size)
    const page = await history(restarted, bob, dialog._id, "limit=1000")
    expect(page.length).toBe(stored.size)
  }, 30_000)
})
