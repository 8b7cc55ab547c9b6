import { setTimeout as sleep } from "node:timers/promises"
import { ChildHost } from "../ChildHost.ts"
import { CubeRest } from "../CubeRest.ts"
import { bodyChars } from "../delivery/benchMessage.ts"
import { chatLink } from "../delivery/chatLink.ts"
import { type DeliveryLink, fixedRate, windowed } from "../delivery/DeliveryLink.ts"
import { rawXmppLink } from "../delivery/rawXmppLink.ts"
import { relayLink } from "../delivery/relayLink.ts"
import { sdkLink } from "../delivery/sdkLink.ts"
import type { RelayHostInfo } from "../hosts/relayHost.ts"
import type { ServerHostInfo } from "../hosts/serverHost.ts"
import type { MetricSpec, RatioSpec } from "../Suite.ts"
import { rotate, type Suite, type SuiteOptions, type SuiteOutcome } from "../Suite.ts"
import { percentile } from "../stats.ts"

const serverHostScript = new URL("../hosts/serverHost.ts", import.meta.url)
const relayHostScript = new URL("../hosts/relayHost.ts", import.meta.url)

/**
 * The fixed rate of the latency phase: 1,000 msg/s, well below what every path sustains (the
 * official-SDK path about 2,500 persisted msg/s on this 2-core box); `BENCH_XMPP_RATE` overrides it.
 */
const defaultRate = 1000

const rateOption = (): number => {
  const rate = Number(process.env.BENCH_XMPP_RATE ?? defaultRate)
  if (!Number.isFinite(rate) || rate <= 0 || rate > 20_000)
    throw new Error(`BENCH_XMPP_RATE must be a rate in msg/s (1..20000), got ${process.env.BENCH_XMPP_RATE}`)
  return rate
}

const sizes = (quick: boolean) => ({
  rate: rateOption(),
  latencyMessages: quick ? 1000 : 2000,
  throughputMessages: quick ? 1000 : 3000,
  window: 64,
  warmupMessages: 200,
})

const variants = ["relay", "raw", "sdk", "chat"] as const
type Variant = (typeof variants)[number]

const variantLabel: Record<Variant, string> = {
  relay: "raw ws relay (physical limit)",
  raw: "our server, raw ws XMPP clients",
  sdk: "our server, official SDK clients",
  chat: "our server, @cube/chat clients",
}

/** Lets acks, receipts and WAL writes of the previous phase finish before the next one starts. */
const settle = () => sleep(300)

/**
 * Issue 4: 1-1 delivery latency at a fixed rate and maximum sustained persisted throughput with
 * official SDK clients and with `@cube/chat` clients, beside a bare `ws` relay (the physical limit)
 * and beside our server driven by raw XMPP clients (no SDK overhead), all in the same run.
 */
export const xmppDelivery: Suite = {
  name: "xmpp-delivery",
  title: "XMPP 1-1 delivery: latency at a fixed rate and sustained persisted throughput",
  run: async ({ quick, runs, log }: SuiteOptions): Promise<SuiteOutcome> => {
    const size = sizes(quick)
    const [server, relay] = await Promise.all([
      ChildHost.start<ServerHostInfo>(serverHostScript),
      ChildHost.start<RelayHostInfo>(relayHostScript),
    ])
    const rest = new CubeRest(server.info.url, 2)
    const links: DeliveryLink[] = []
    try {
      log(
        `server pid ${server.info.pid} at ${server.info.url}, relay pid ${relay.info.pid} at ${relay.info.url}`,
      )
      // Fresh users and dialogs in every run: a dialog's size changes the server's cost per message
      // (see the README), so each run starts from the same state.
      const connect = async (run: number): Promise<Record<Variant, DeliveryLink>> => {
        const [rawFrom, rawTo, sdkFrom, sdkTo, chatFrom, chatTo] = [
          await rest.signUp(),
          await rest.signUp(),
          await rest.signUp(),
          await rest.signUp(),
          await rest.signUp(),
          await rest.signUp(),
        ]
        const byVariant: Record<Variant, DeliveryLink> = {
          relay: await relayLink(relay.info.url, `pair-${run}`),
          raw: await rawXmppLink(
            server.info,
            rawFrom!,
            rawTo!,
            await rest.privateDialog(rawFrom!, rawTo!.userId),
          ),
          sdk: await sdkLink(
            server.info,
            sdkFrom!,
            sdkTo!,
            await rest.privateDialog(sdkFrom!, sdkTo!.userId),
          ),
          chat: await chatLink(
            server.info,
            chatFrom!,
            chatTo!,
            await rest.privateDialog(chatFrom!, chatTo!.userId),
          ),
        }
        links.push(...Object.values(byVariant))
        for (const variant of variants) {
          await windowed(byVariant[variant], { count: size.warmupMessages, window: size.window })
        }
        await settle()
        return byVariant
      }

      const results: Array<Record<string, number>> = []
      for (let run = 0; run < runs; run++) {
        const byVariant = await connect(run)
        const result: Record<string, number> = {}
        const order = rotate(variants, run)
        for (const variant of order) {
          const measured = await fixedRate(byVariant[variant], {
            count: size.latencyMessages,
            rate: size.rate,
          })
          result[`latency.${variant}.p50`] = percentile(measured.latenciesMs, 50)
          result[`latency.${variant}.p99`] = percentile(measured.latenciesMs, 99)
          result[`sendRate.${variant}`] = measured.sendRate
          await settle()
        }
        for (const variant of order) {
          result[`throughput.${variant}`] = await windowed(byVariant[variant], {
            // The relay is ~20× faster: more messages keep its timing well above timer noise.
            count: variant === "relay" ? size.throughputMessages * 10 : size.throughputMessages,
            window: size.window,
          })
          await settle()
        }
        await Promise.allSettled(Object.values(byVariant).map((link) => link.close()))
        log(
          `run ${run + 1}/${runs}: ` +
            variants
              .map(
                (variant) =>
                  `${variant} p50 ${result[`latency.${variant}.p50`]!.toFixed(2)} ms p99 ${result[`latency.${variant}.p99`]!.toFixed(2)} ms ` +
                  `max ${result[`throughput.${variant}`]!.toFixed(0)} msg/s`,
              )
              .join("; "),
        )
        results.push(result)
      }

      const chatSaturated = results.some((run) => run["throughput.chat"]! < size.rate)
      const metrics: MetricSpec[] = []
      for (const variant of variants) {
        metrics.push(
          {
            key: `latency.${variant}.p50`,
            label: `latency p50: ${variantLabel[variant]}`,
            unit: "ms",
            better: "lower",
          },
          {
            key: `latency.${variant}.p99`,
            label: `latency p99: ${variantLabel[variant]}`,
            unit: "ms",
            better: "lower",
          },
        )
      }
      for (const variant of variants) {
        metrics.push({
          key: `sendRate.${variant}`,
          label: `achieved send rate: ${variantLabel[variant]}`,
          unit: "msg/s",
          better: "higher",
        })
      }
      for (const variant of variants) {
        metrics.push({
          key: `throughput.${variant}`,
          label: `max sustained throughput: ${variantLabel[variant]}`,
          unit: "msg/s",
          better: "higher",
        })
      }
      const ratio = (
        kind: "latency p50" | "latency p99" | "throughput",
        a: Variant,
        b: Variant,
        meaning: string,
      ): RatioSpec => {
        const key = (variant: Variant) =>
          kind === "throughput" ? `throughput.${variant}` : `latency.${variant}.${kind.slice(-3)}`
        return { label: `${kind}: ${a} / ${b}`, numerator: key(a), denominator: key(b), meaning }
      }
      return {
        name: xmppDelivery.name,
        title: xmppDelivery.title,
        params: {
          fixedRate: size.rate,
          latencyMessagesPerRun: size.latencyMessages,
          throughputMessagesPerRun: size.throughputMessages,
          relayThroughputMessagesPerRun: size.throughputMessages * 10,
          windowInFlight: size.window,
          bodyChars,
          saveToHistory: true,
        },
        metrics,
        ratios: [
          ratio(
            "latency p50",
            "sdk",
            "relay",
            "times the physical limit's median latency that an SDK user sees",
          ),
          ratio("latency p99", "sdk", "relay", "same at the 99th percentile"),
          ratio(
            "latency p50",
            "raw",
            "relay",
            "our server's own cost (parse, store, route) over a bare relay",
          ),
          ratio("latency p99", "raw", "relay", "same at the 99th percentile"),
          ratio(
            "latency p50",
            "sdk",
            "raw",
            "what the official SDK adds (its parsing, `<r/>` per message, receipts)",
          ),
          ratio("latency p99", "sdk", "raw", "same at the 99th percentile"),
          ratio(
            "throughput",
            "sdk",
            "relay",
            "share of the physical limit an SDK sender sustains, persisted",
          ),
          ratio("throughput", "raw", "relay", "share of the physical limit our server sustains, persisted"),
          ratio("throughput", "sdk", "raw", "share of our server's raw throughput left with SDK clients"),
          ratio(
            "latency p50",
            "chat",
            "sdk",
            "@cube/chat's median latency over the official SDK's, same server (below 1: faster)",
          ),
          ratio("latency p99", "chat", "sdk", "same at the 99th percentile"),
          ratio(
            "latency p50",
            "chat",
            "relay",
            "times the physical limit's median latency that a @cube/chat user sees",
          ),
          ratio("latency p99", "chat", "relay", "same at the 99th percentile"),
          ratio(
            "throughput",
            "chat",
            "sdk",
            "@cube/chat's sustained persisted throughput over the official SDK's (above 1: more)",
          ),
          ratio(
            "throughput",
            "chat",
            "relay",
            "share of the physical limit a @cube/chat sender sustains, persisted",
          ),
        ],
        runs: results,
        notes: [
          "sender and receiver of each variant live in the bench process, so the latency is one clock: performance.now() at send, embedded in the body, minus performance.now() at receipt.",
          "the server and the relay each run in their own child process; every message is persisted (save_to_history=1) by our server and delivered only after it is stored.",
          `latency: ${size.latencyMessages} messages at ${size.rate} msg/s (open loop); throughput: ${size.throughputMessages} messages (relay: ${size.throughputMessages * 10}) with ${size.window} in flight (closed loop).`,
          "the SDK variant includes what the SDK makes the server do per message: an `<r/>` and `<a h>` pair, and a delivered receipt that is stored and routed back.",
          "the chat variant is `@cube/chat` (createChat, `messages.send(dialogId, { body })`, the receiver's `message` event) with its defaults: each send waits for the server's ack through its outbox, the sender reads its acked messages' server position back over REST (batched every 200 ms), the receiver sends a delivered marker per message, and both keep the dialog's whole timeline in memory.",
          ...(chatSaturated
            ? [
                `@cube/chat sustained less than the fixed rate in at least one run (${Math.round(Math.min(...results.map((run) => run["throughput.chat"]!)))} msg/s at worst, below ${size.rate} msg/s): its latency phase then measures a growing queue, so its p50/p99 depend on the message count, not only on the path.`,
              ]
            : []),
          "what bounds the raw variant's throughput (server CPU profile under this load): the server's main thread is saturated while the raw clients use about a quarter of a core; per message that is ≈7 µs of B-tree inserts (the message row, its 3 indexes, the sequence), the WAL pages of each group commit (≈30 pages, ≈80 pwrite calls per commit even for 40 messages), ≈4 µs of XML parse and output and ≈6 µs of kernel TCP sends. The relay does none of the storage work.",
          "at 1,000 msg/s messages arrive one at a time, so each is its own group commit (≈0.15 ms): the price of acking and delivering only what is stored, and most of the p50 distance to the relay, which stores nothing.",
          "the SDK and chat variants are bound by their clients, not the server: in the throughput phase the bench process (both clients) runs at ≈120% CPU while the server uses ≈67% of a core.",
          "what bounds @cube/chat beside the official SDK (client CPU per message, `process.cpuUsage` over 3,000 messages with 64 in flight): ≈190 µs for @cube/chat against ≈110 µs for the SDK, spread over the Effect runtime, the chat layer (inbox, events, timelines, its outbox and automatic delivered markers) and xmpp.js's asynchronous incoming middleware; no single function above 1% self time.",
          "each run uses new users and an empty private dialog per variant, so that runs do not depend on each other.",
          "the bench server raises the per-connection flood limit (default: a burst of 2,500 frames, then 500 frames/s), which would otherwise slow the senders down (never cut them).",
        ],
      }
    } finally {
      await Promise.allSettled(links.map((link) => link.close()))
      await rest.close().catch(() => undefined)
      await Promise.allSettled([server.stop(), relay.stop()])
    }
  },
}
