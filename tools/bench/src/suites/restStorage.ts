import { benchApp } from "../benchApp.ts"
import { ChildHost } from "../ChildHost.ts"
import { type BenchUser, CubeRest } from "../CubeRest.ts"
import { closedLoop } from "../closedLoop.ts"
import type { EngineRow } from "../EngineBench.ts"
import type { ServerHostInfo } from "../hosts/serverHost.ts"
import type { Rate } from "../Rate.ts"
import { rotate, type Suite, type SuiteOptions, type SuiteOutcome } from "../Suite.ts"
import { pageOffsets } from "../seededRandom.ts"
import { percentile } from "../stats.ts"

const serverHostScript = new URL("../hosts/serverHost.ts", import.meta.url)

/** A 100-character message text, as a typical chat line (the XMPP suite uses the same length). */
const text =
  "Benchmark message: the quick brown fox jumps over the lazy dog, then does it again and again.".padEnd(
    100,
    ".",
  )
const pageSize = 100
/** Messages in the history dialog; pages start anywhere in [0, historySize - pageSize]. */
const historySize = 1000

const sizes = (quick: boolean) => ({
  concurrency: 8,
  restCreates: quick ? 800 : 2000,
  storageSaves: quick ? 800 : 2000,
  engineInserts: quick ? 4000 : 10000,
  restPages: quick ? 300 : 600,
  storagePages: quick ? 300 : 600,
  enginePages: quick ? 1000 : 2000,
})

/**
 * Issue 3: REST message create throughput and history page reads per second, beside the storage
 * engine's own limit (node:sqlite direct on a copy of the server's database) and the server's
 * storage API without HTTP, all in the same run.
 */
export const restStorage: Suite = {
  name: "rest-storage",
  title: "REST and storage: message create and history pages",
  run: async ({ quick, runs, log }: SuiteOptions): Promise<SuiteOutcome> => {
    const size = sizes(quick)
    const host = await ChildHost.start<ServerHostInfo>(serverHostScript)
    const rest = new CubeRest(host.info.url, size.concurrency)
    try {
      log(`server pid ${host.info.pid} at ${host.info.url}; signing up ${size.concurrency + 2} users`)
      const peer = await rest.signUp()
      const senders: BenchUser[] = []
      for (let index = 0; index < size.concurrency; index++) senders.push(await rest.signUp())
      const dialogs = await Promise.all(senders.map((sender) => rest.privateDialog(sender, peer.userId)))
      const reader = await rest.signUp()
      const historyDialog = await rest.privateDialog(reader, peer.userId)

      const create = (sender: BenchUser, dialogId: string) => async () => {
        const response = await rest.request("POST", "/chat/Message.json", {
          token: sender.token,
          body: { chat_dialog_id: dialogId, message: text },
        })
        if (response.status !== 201)
          throw new Error(`create: ${response.status} ${JSON.stringify(response.json)}`)
      }
      // Seed the history dialog (this also warms the create path up).
      await closedLoop(size.concurrency, historySize, create(reader, historyDialog))
      const readPage = async (offset: number) => {
        const response = await rest.request(
          "GET",
          `/chat/Message.json?chat_dialog_id=${historyDialog}&limit=${pageSize}&skip=${offset}&mark_as_read=0`,
          { token: reader.token },
        )
        if (response.status !== 200 || response.json.items.length !== pageSize)
          throw new Error(
            `history: ${response.status} ${response.json?.items?.length ?? JSON.stringify(response.json)}`,
          )
      }
      const warmOffsets = pageOffsets(100, historySize - pageSize, 7)
      await closedLoop(size.concurrency, warmOffsets.length, (index) => readPage(warmOffsets[index]!))

      const row: EngineRow = {
        appId: benchApp.id,
        dialogId: dialogs[0]!,
        senderId: senders[0]!.userId,
        recipientId: peer.userId,
        body: text,
      }
      const results: Array<Record<string, number>> = []
      for (let run = 0; run < runs; run++) {
        const result: Record<string, number> = {}
        await host.call("engineOpen")
        const writes = {
          rest: async () => {
            const loop = await closedLoop(size.concurrency, size.restCreates, async (index) => {
              const slot = index % size.concurrency
              await create(senders[slot]!, dialogs[slot]!)()
            })
            result["rest.create"] = loop.rate.perSecond
            result["rest.create.p50"] = percentile(loop.latenciesMs, 50)
            result["rest.create.p99"] = percentile(loop.latenciesMs, 99)
          },
          storage: async () => {
            const rate = await host.call<Rate>("storageSave", { row, count: size.storageSaves })
            result["storage.save"] = rate.perSecond
          },
          engine: async () => {
            const rate = await host.call<Rate>("engineInsert", { row, count: size.engineInserts })
            result["engine.insert"] = rate.perSecond
          },
        }
        const restOffsets = pageOffsets(size.restPages, historySize - pageSize, 1000 + run)
        const reads = {
          rest: async () => {
            const loop = await closedLoop(size.concurrency, restOffsets.length, (index) =>
              readPage(restOffsets[index]!),
            )
            result["rest.history"] = loop.rate.perSecond
            result["rest.history.p50"] = percentile(loop.latenciesMs, 50)
            result["rest.history.p99"] = percentile(loop.latenciesMs, 99)
          },
          storage: async () => {
            const offsets = pageOffsets(size.storagePages, historySize - pageSize, 1000 + run)
            const rate = await host.call<Rate>("storageList", {
              dialogId: historyDialog,
              viewerId: reader.userId,
              offsets,
            })
            result["storage.list"] = rate.perSecond
          },
          engine: async () => {
            const offsets = pageOffsets(size.enginePages, historySize - pageSize, 1000 + run)
            const rate = await host.call<Rate>("enginePages", { dialogId: historyDialog, offsets })
            result["engine.page"] = rate.perSecond
          },
        }
        const order = rotate(["rest", "storage", "engine"] as const, run)
        for (const variant of order) await writes[variant]()
        for (const variant of order) await reads[variant]()
        await host.call("engineClose")
        log(
          `run ${run + 1}/${runs}: create rest ${result["rest.create"]!.toFixed(0)}/s, storage ${result["storage.save"]!.toFixed(0)}/s, engine ${result["engine.insert"]!.toFixed(0)}/s; ` +
            `pages rest ${result["rest.history"]!.toFixed(0)}/s, storage ${result["storage.list"]!.toFixed(0)}/s, engine ${result["engine.page"]!.toFixed(0)}/s`,
        )
        results.push(result)
      }
      return {
        name: restStorage.name,
        title: restStorage.title,
        params: {
          concurrency: size.concurrency,
          restCreatesPerRun: size.restCreates,
          storageSavesPerRun: size.storageSaves,
          engineInsertsPerRun: size.engineInserts,
          restPagesPerRun: size.restPages,
          storagePagesPerRun: size.storagePages,
          enginePagesPerRun: size.enginePages,
          pageSize,
          historyMessages: historySize,
          messageChars: text.length,
        },
        metrics: [
          {
            key: "engine.insert",
            label: "engine: single-row INSERT (autocommit)",
            unit: "rows/s",
            better: "higher",
          },
          { key: "storage.save", label: "storage API: messages.save", unit: "msg/s", better: "higher" },
          {
            key: "rest.create",
            label: `REST: POST /chat/Message.json (${size.concurrency} keep-alive clients)`,
            unit: "msg/s",
            better: "higher",
          },
          { key: "rest.create.p50", label: "REST create latency p50", unit: "ms", better: "lower" },
          { key: "rest.create.p99", label: "REST create latency p99", unit: "ms", better: "lower" },
          { key: "engine.page", label: "engine: SELECT 100-row page", unit: "pages/s", better: "higher" },
          {
            key: "storage.list",
            label: "storage API: messages.list (100)",
            unit: "pages/s",
            better: "higher",
          },
          {
            key: "rest.history",
            label: `REST: GET /chat/Message.json?limit=100 (${size.concurrency} clients)`,
            unit: "pages/s",
            better: "higher",
          },
          { key: "rest.history.p50", label: "REST history latency p50", unit: "ms", better: "lower" },
          { key: "rest.history.p99", label: "REST history latency p99", unit: "ms", better: "lower" },
        ],
        ratios: [
          {
            label: "create: REST / engine",
            numerator: "rest.create",
            denominator: "engine.insert",
            meaning: "share of the engine's single-insert rate that REST create reaches",
          },
          {
            label: "create: storage API / engine",
            numerator: "storage.save",
            denominator: "engine.insert",
            meaning:
              "cost of the save transaction (message + reads/deliveries + dialog + unread rows) over one INSERT",
          },
          {
            label: "create: REST / storage API",
            numerator: "rest.create",
            denominator: "storage.save",
            meaning: "cost of HTTP, auth, validation, service checks and JSON on top of the storage call",
          },
          {
            label: "history: REST / engine",
            numerator: "rest.history",
            denominator: "engine.page",
            meaning: "share of the engine's 100-row page rate that REST history reaches",
          },
          {
            label: "history: storage API / engine",
            numerator: "storage.list",
            denominator: "engine.page",
            meaning: "cost of visibility filters and per-message read/delivered/reaction hydration",
          },
          {
            label: "history: REST / storage API",
            numerator: "rest.history",
            denominator: "storage.list",
            meaning: "cost of HTTP, auth, dialog access and wire JSON on top of the storage call",
          },
        ],
        runs: results,
        notes: [
          "engine and storage API run inside the server's process (one core); REST load comes from the bench process over 127.0.0.1, so client and server each have a core.",
          "history reads use mark_as_read=0 (a pure read, like the engine's SELECT); the same page offsets are read by all three in a run.",
          "the engine runs on a VACUUM INTO copy of the server's database (same schema, FTS5 trigger, pragmas and data).",
        ],
      }
    } finally {
      await rest.close().catch(() => undefined)
      await host.stop()
    }
  },
}
