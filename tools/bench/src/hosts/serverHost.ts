/**
 * Child process: one `@cube/server` on 127.0.0.1 with a temporary data directory, plus the
 * in-process measurements that must run beside it: the storage engine's own limit (EngineBench on
 * a copy of the server's database), the server's storage API without HTTP, its heap after a GC
 * (run with `--expose-gc`), and a bulk user path for the scale suite.
 * `--port N --data-dir DIR` start it on a given port and data directory (kept on stop), as a restart would.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { parseArgs } from "node:util"
import { getHeapStatistics } from "node:v8"
import { startServer } from "@cube/server"
import { benchApp, benchChatDomain } from "../benchApp.ts"
import { EngineBench, type EngineRow } from "../EngineBench.ts"
import { objectId } from "../objectId.ts"
import { rateSince } from "../Rate.ts"
import { bulkUsers } from "./bulkUsers.ts"
import { serveHost } from "./serveHost.ts"

/** What the parent learns when the server host is ready. */
export interface ServerHostInfo {
  readonly url: string
  readonly wsUrl: string
  readonly chatDomain: string
  readonly pid: number
  readonly port: number
  readonly dataDir: string
  /** When the server was listening: epoch ms with sub-ms precision (`performance.timeOrigin + now()`). */
  readonly listeningAt: number
}

/**
 * The server's V8 heap after a full GC and its XMPP sessions (`heap` command). Read from V8, not with
 * `process.memoryUsage()`, which opens `/proc/self/stat` and fails once the process is at its fd limit;
 * the parent reads RSS and fds from `/proc/<pid>` instead (`procStats`).
 */
export interface ServerHeap {
  readonly heapUsed: number
  readonly external: number
  /** Whether a GC ran first (the host was started with `--expose-gc`). */
  readonly collected: boolean
  readonly xmppSessions: number
}

const { values: args } = parseArgs({
  options: { port: { type: "string", default: "0" }, "data-dir": { type: "string" } },
})
const keepData = args["data-dir"] !== undefined
const dataDir = args["data-dir"] ?? mkdtempSync(join(tmpdir(), "cube-bench-"))
const server = await startServer({
  host: "127.0.0.1",
  port: Number(args.port),
  dataDir,
  apps: [benchApp],
  chatDomain: benchChatDomain,
  logLevel: "silent",
  // The default flood limit (a burst of 2,500 frames, then 500 frames/s per connection) would slow a
  // 1,000 msg/s SDK sender (a message and an `<r/>` per message) down to its rate.
  stanzaBurst: 1_000_000_000,
  stanzasPerSecond: 1_000_000_000,
})
const listeningAt = performance.timeOrigin + performance.now()
const storage = server.context.storage
let engine: EngineBench | undefined

serveHost(
  {
    url: server.url,
    wsUrl: server.wsUrl,
    chatDomain: benchChatDomain,
    pid: process.pid,
    port: server.port,
    dataDir,
    listeningAt,
  } satisfies ServerHostInfo,
  {
    /** The heap after a full GC (twice: the second one collects what the first one's finalizers freed). */
    heap: async (): Promise<ServerHeap> => {
      const gc = (globalThis as { gc?: () => void }).gc
      gc?.()
      gc?.()
      const heap = getHeapStatistics()
      return {
        heapUsed: heap.used_heap_size,
        external: heap.external_memory,
        collected: gc !== undefined,
        xmppSessions: server.xmpp.hub.sessions.all().length,
      }
    },
    /** Users with a live session each, created through the storage API (see bulkUsers.ts). */
    createUsers: async ({ count, prefix }: { count: number; prefix: string }) =>
      bulkUsers(storage, { appId: benchApp.id, count, prefix, ttlMs: server.config.sessionTtlMs }),
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
    if (!keepData) rmSync(dataDir, { recursive: true, force: true })
  },
)
