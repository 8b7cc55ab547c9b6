/**
 * Child process: one `@cube/server` on 127.0.0.1 with a temporary data directory, plus the
 * in-process measurements that must run beside it: the storage engine's own limit (EngineBench on
 * a copy of the server's database) and the server's storage API without HTTP.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { startServer } from "@cube/server"
import { benchApp, benchChatDomain } from "../benchApp.ts"
import { EngineBench, type EngineRow } from "../EngineBench.ts"
import { objectId } from "../objectId.ts"
import { rateSince } from "../Rate.ts"
import { serveHost } from "./serveHost.ts"

/** What the parent learns when the server host is ready. */
export interface ServerHostInfo {
  readonly url: string
  readonly wsUrl: string
  readonly chatDomain: string
  readonly pid: number
}

const dataDir = mkdtempSync(join(tmpdir(), "cube-bench-"))
const server = await startServer({
  host: "127.0.0.1",
  port: 0,
  dataDir,
  apps: [benchApp],
  chatDomain: benchChatDomain,
  logLevel: "silent",
  // The default flood limit (a burst of 2,500 frames, then 500 frames/s per connection) would slow a
  // 1,000 msg/s SDK sender (a message and an `<r/>` per message) down to its rate.
  stanzaBurst: 1_000_000_000,
  stanzasPerSecond: 1_000_000_000,
})
const storage = server.context.storage
let engine: EngineBench | undefined

serveHost(
  {
    url: server.url,
    wsUrl: server.wsUrl,
    chatDomain: benchChatDomain,
    pid: process.pid,
  } satisfies ServerHostInfo,
  {
    /** Copies the server's database for the engine benchmark (the server is idle meanwhile). */
    engineOpen: async () => {
      engine?.close()
      engine = EngineBench.copyOf(join(dataDir, "cube.sqlite"), join(dataDir, "engine-copy.sqlite"))
      return null
    },
    engineInsert: async ({ row, count }: { row: EngineRow; count: number }) => engine!.insert(row, count),
    enginePages: async ({ dialogId, offsets }: { dialogId: string; offsets: number[] }) =>
      engine!.pages(dialogId, offsets),
    engineClose: async () => {
      engine?.close()
      engine = undefined
      return null
    },
    /** The server's storage API (`storage.messages.save`), one message at a time, no HTTP. */
    storageSave: async ({ row, count }: { row: EngineRow; count: number }) => {
      const started = performance.now()
      for (let index = 0; index < count; index++) {
        await storage.messages.save({
          id: objectId(),
          appId: row.appId,
          dialogId: row.dialogId,
          senderId: row.senderId,
          recipientId: row.recipientId,
          body: row.body,
          dateSent: Math.floor(Date.now() / 1000),
          attachments: [],
          custom: {},
          markable: false,
        })
      }
      return rateSince(count, started)
    },
    /** The server's storage API (`storage.messages.list`): one 100-row page per offset, no HTTP. */
    storageList: async ({
      dialogId,
      viewerId,
      offsets,
    }: {
      dialogId: string
      viewerId: number
      offsets: number[]
    }) => {
      const started = performance.now()
      for (const offset of offsets) {
        const page = await storage.messages.list({
          appId: benchApp.id,
          dialogId,
          viewerId,
          filters: [],
          limit: 100,
          offset,
        })
        if (page.length !== 100) throw new Error(`storage page at ${offset}: ${page.length} messages`)
      }
      return rateSince(offsets.length, started)
    },
  },
  async () => {
    engine?.close()
    await server.close()
    rmSync(dataDir, { recursive: true, force: true })
  },
)
