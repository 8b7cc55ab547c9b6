import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { benchApp } from "../benchApp.ts"
import { ChildHost } from "../ChildHost.ts"
import { CubeRest } from "../CubeRest.ts"
import type { BulkUser } from "../hosts/bulkUsers.ts"
import type { RelayHostInfo } from "../hosts/relayHost.ts"
import type { ServerHeap, ServerHostInfo } from "../hosts/serverHost.ts"
import type { OpenOutcome, OpenRequest, SessionHolderInfo } from "../hosts/sessionHolderHost.ts"
import { procStats } from "../procStats.ts"
import { metric, type Suite, type SuiteOptions, type SuiteOutcome } from "../Suite.ts"
import { type FanOutGroup, fanOutWindowed, relayFanOut, serverFanOut } from "../scale/fanOut.ts"
import { bytesPerSession, rampSteps, splitEvenly } from "../scale/ramp.ts"

const serverHostScript = new URL("../hosts/serverHost.ts", import.meta.url)
const relayHostScript = new URL("../hosts/relayHost.ts", import.meta.url)
const holderHostScript = new URL("../hosts/sessionHolderHost.ts", import.meta.url)

/** The targets: sessions on one node and server memory per session. */
const targetSessions = 20_000
const targetKiB = 16

const sizes = (quick: boolean) => ({
  target: quick ? 5_000 : targetSessions,
  step: 5_000,
  // 4 × 5,000 sockets: each holder stays far below its own 20,000 fd limit.
  holders: 4,
  loginsInFlightPerHolder: 32,
  loginTimeoutMs: 15_000,
  occupants: 100,
  fanOutMessages: quick ? 150 : 300,
  relayFanOutMessages: quick ? 1_000 : 2_000,
  fanOutWindow: 16,
  fanOutWarmup: 30,
})

/** One memory reading: sessions the server held, its RSS and heap (after a GC), its open fds. */
interface Reading {
  readonly sessions: number
  readonly rss: number
  readonly heap: number
  readonly fds: number
  readonly fdLimit: number
}

const kib = (bytes: number) => bytes / 1024

/**
 * Issue 2: authenticated XMPP sessions held at once by one server node, ramping towards 20,000, with the
 * server's memory per session; and group fan-out (1 sender, 100 occupants, persisted) beside a bare relay.
 */
export const serverScale: Suite = {
  name: "server-scale",
  title: "Server scale: concurrent XMPP sessions, memory per session, group fan-out",
  run: async ({ quick, runs, log }: SuiteOptions): Promise<SuiteOutcome> => {
    const size = sizes(quick)
    const [relay, ...holders] = await Promise.all([
      ChildHost.start<RelayHostInfo>(relayHostScript),
      ...Array.from({ length: size.holders }, () => ChildHost.start<SessionHolderInfo>(holderHostScript)),
    ])
    const results: Array<Record<string, number>> = []
    const bounds: string[] = []
    try {
      for (let run = 0; run < runs; run++) {
        // A fresh server per run: RSS rarely shrinks, so a second ramp on the same process would reuse the
        // first one's pages and understate the cost per session.
        const dataDir = mkdtempSync(join(tmpdir(), "cube-bench-scale-"))
        const server = await ChildHost.start<ServerHostInfo>(
          serverHostScript,
          ["--data-dir", dataDir],
          30_000,
          ["--expose-gc"],
        )
        const rest = new CubeRest(server.info.url, 2)
        const fanOuts: FanOutGroup[] = []
        try {
          const result: Record<string, number> = {}
          const usersStarted = performance.now()
          const users = await server.call<BulkUser[]>(
            "createUsers",
            { count: size.target + size.occupants + 1, prefix: `scale-${run}` },
            60_000,
          )
          const usersSeconds = (performance.now() - usersStarted) / 1000

          // Group fan-out first, on the fresh server, beside the relay.
          const [sender, ...occupants] = users.slice(size.target)
          const dialog = await rest.request("POST", "/chat/Dialog.json", {
            token: sender!.token,
            body: { type: 2, name: "fan-out", occupants_ids: occupants.map((user) => user.userId).join(",") },
          })
          if (dialog.status !== 201)
            throw new Error(`group dialog: ${dialog.status} ${JSON.stringify(dialog.json)}`)
          const groups = {
            server: await serverFanOut(server.info, benchApp.id, dialog.json._id, sender!, occupants),
            relay: await relayFanOut(relay.info.url, `room-${run}`, size.occupants),
          }
          fanOuts.push(groups.server, groups.relay)
          const order = run % 2 === 0 ? (["server", "relay"] as const) : (["relay", "server"] as const)
          for (const variant of order) {
            const group = groups[variant]
            await fanOutWindowed(group, { count: size.fanOutWarmup, window: size.fanOutWindow })
            const measured = await fanOutWindowed(group, {
              count: variant === "relay" ? size.relayFanOutMessages : size.fanOutMessages,
              window: size.fanOutWindow,
              firstSeq: size.fanOutWarmup,
            })
            result[`fanout.${variant}.deliveries`] = measured.deliveriesPerSecond
            result[`fanout.${variant}.messages`] = measured.messagesPerSecond
            await group.close()
          }
          await sleep(300)

          // The ramp: baseline, then steps of sessions spread over the holders, a reading after each.
          const read = async (): Promise<Reading> => {
            const heap = await server.call<ServerHeap>("heap")
            if (!heap.collected) throw new Error("the server host runs without --expose-gc")
            const proc = procStats(server.info.pid)
            return {
              sessions: heap.xmppSessions,
              rss: proc.rssBytes,
              heap: heap.heapUsed,
              fds: proc.openFds,
              fdLimit: proc.fdLimit,
            }
          }
          const baseline = await read()
          const readings: Reading[] = []
          let opened = 0
          let failed = 0
          const errors = new Set<string>()
          let rampSeconds = 0
          for (const step of rampSteps(size.target, size.step)) {
            const slices = splitEvenly(users.slice(opened + failed, step), holders.length)
            const outcomes = await Promise.all(
              slices.map((slice, index) =>
                holders[index]!.call<OpenOutcome>(
                  "open",
                  {
                    wsUrl: server.info.wsUrl,
                    domain: server.info.chatDomain,
                    appId: benchApp.id,
                    users: slice,
                    concurrency: size.loginsInFlightPerHolder,
                    timeoutMs: size.loginTimeoutMs,
                    stopAfterFailures: 50,
                  } satisfies OpenRequest,
                  60_000,
                ),
              ),
            )
            rampSeconds += Math.max(...outcomes.map((outcome) => outcome.seconds))
            for (const outcome of outcomes) {
              opened += outcome.opened
              failed += outcome.failed
              for (const error of outcome.errors) errors.add(error)
            }
            const reading = await read()
            readings.push(reading)
            log(
              `run ${run + 1}/${runs}: ${reading.sessions} sessions, ${reading.fds}/${reading.fdLimit} fds, ` +
                `RSS ${(reading.rss / 2 ** 20).toFixed(0)} MiB, heap ${(reading.heap / 2 ** 20).toFixed(0)} MiB` +
                (failed > 0 ? `; ${failed} logins failed: ${[...errors].join("; ")}` : ""),
            )
            // Logins that fail are the server at its fd limit: more steps would only fail too.
            if (failed > 0 || opened + failed >= users.length) break
          }
          const peak = readings.at(-1)!
          const first = readings[0]!
          result["sessions.held"] = peak.sessions
          result["sessions.target"] = targetSessions
          result["sessions.fdLimit"] = peak.fdLimit
          result["sessions.fds"] = peak.fds
          result["login.rate"] = opened / rampSeconds
          result["memory.rss"] = kib(
            bytesPerSession(
              { bytes: baseline.rss, sessions: 0 },
              { bytes: peak.rss, sessions: peak.sessions },
            ),
          )
          result["memory.heap"] = kib(
            bytesPerSession(
              { bytes: baseline.heap, sessions: 0 },
              { bytes: peak.heap, sessions: peak.sessions },
            ),
          )
          result["memory.rssMarginal"] = kib(
            bytesPerSession(
              { bytes: first.rss, sessions: first.sessions },
              { bytes: peak.rss, sessions: peak.sessions },
            ),
          )
          result["memory.heapMarginal"] = kib(
            bytesPerSession(
              { bytes: first.heap, sessions: first.sessions },
              { bytes: peak.heap, sessions: peak.sessions },
            ),
          )
          result["memory.target"] = targetKiB
          if (failed > 0)
            bounds.push(
              `run ${run + 1}: ${failed} of ${opened + failed} logins failed (${[...errors].join("; ")}) with the server at ${peak.fds} of its ${peak.fdLimit} fds, holding ${peak.sessions} sessions`,
            )
          log(
            `run ${run + 1}/${runs}: ${usersSeconds.toFixed(1)} s for ${users.length} users; held ${peak.sessions} ` +
              `(${result["login.rate"]!.toFixed(0)} logins/s); per session RSS ${result["memory.rss"]!.toFixed(1)} KiB, ` +
              `heap ${result["memory.heap"]!.toFixed(1)} KiB; fan-out ${result["fanout.server.deliveries"]!.toFixed(0)} deliveries/s ` +
              `(relay ${result["fanout.relay.deliveries"]!.toFixed(0)})`,
          )
          results.push(result)
        } finally {
          await Promise.allSettled(fanOuts.map((group) => group.close()))
          await rest.close().catch(() => undefined)
          // Killed, not stopped: closing 20,000 streams one by one is not what is measured.
          await server.kill()
          await Promise.allSettled(holders.map((holder) => holder.call("closeAll")))
          rmSync(dataDir, { recursive: true, force: true })
        }
      }
    } finally {
      await Promise.allSettled([relay.stop(), ...holders.map((holder) => holder.stop())])
    }

    const firstRun = results[0]
    const otherFds =
      firstRun === undefined ? Number.NaN : firstRun["sessions.fds"]! - firstRun["sessions.held"]!
    return {
      name: serverScale.name,
      title: serverScale.title,
      params: {
        targetSessions: size.target,
        rampStep: size.step,
        sessionHolderProcesses: size.holders,
        loginsInFlight: size.holders * size.loginsInFlightPerHolder,
        groupOccupants: size.occupants,
        fanOutMessagesPerRun: size.fanOutMessages,
        relayFanOutMessagesPerRun: size.relayFanOutMessages,
        fanOutWindow: size.fanOutWindow,
        saveToHistory: true,
      },
      metrics: [
        metric(
          "sessions.held",
          "authenticated XMPP sessions held at once (one server process)",
          "sessions",
          "higher",
        ),
        metric("sessions.target", "target (issue): sessions on one node", "sessions", "higher"),
        metric("sessions.fdLimit", "server process fd limit (ulimit -n)", "fds", "higher"),
        metric("sessions.fds", "server open fds at the peak", "fds", "lower"),
        metric(
          "login.rate",
          "ramp: logins per second (SASL PLAIN with a session token, bind, presence)",
          "logins/s",
          "higher",
        ),
        metric("memory.rss", "server RSS per session (baseline → peak)", "KiB", "lower"),
        metric("memory.heap", "server V8 heap per session (baseline → peak, after GC)", "KiB", "lower"),
        metric("memory.rssMarginal", "server RSS per added session (first step → peak)", "KiB", "lower"),
        metric("memory.heapMarginal", "server V8 heap per added session (first step → peak)", "KiB", "lower"),
        metric("memory.target", "target (issue): server memory per session", "KiB", "lower"),
        metric(
          "fanout.server.deliveries",
          "group fan-out, our server: deliveries (1 sender → 100 occupants, persisted)",
          "deliveries/s",
          "higher",
        ),
        metric(
          "fanout.server.messages",
          "group fan-out, our server: messages stored and fanned out",
          "msg/s",
          "higher",
        ),
        metric(
          "fanout.relay.deliveries",
          "fan-out, raw ws relay room (physical limit)",
          "deliveries/s",
          "higher",
        ),
      ],
      ratios: [
        {
          label: "sessions held / target",
          numerator: "sessions.held",
          denominator: "sessions.target",
          meaning: "share of the 20,000-session target one server process held",
        },
        {
          label: "sessions held / fd limit",
          numerator: "sessions.held",
          denominator: "sessions.fdLimit",
          meaning: "one fd per session: near 1 means the process's fd limit is the bound, not the server",
        },
        {
          label: "RSS per session / target",
          numerator: "memory.rss",
          denominator: "memory.target",
          meaning: "server RSS per session over the 16 KiB target (below 1: within it)",
        },
        {
          label: "heap per session / target",
          numerator: "memory.heap",
          denominator: "memory.target",
          meaning: "V8 heap per session over the 16 KiB target",
        },
        {
          label: "fan-out: server / relay",
          numerator: "fanout.server.deliveries",
          denominator: "fanout.relay.deliveries",
          meaning: "share of the physical fan-out limit our server reaches, storing every message",
        },
      ],
      runs: results,
      notes: [
        `sessions: light raw XMPP clients over \`ws\` (SASL PLAIN with a live session token, bind, initial presence; no SDK, no stream management) spread over ${size.holders} child processes (one process cannot hold 20,000 sockets plus its other fds under a 20,000 fd limit); ${size.loginsInFlightPerHolder} logins in flight per process; a reading after every ${size.step.toLocaleString("en-US")} sessions.`,
        `the server process has the machine's fd limit (ulimit -n ${firstRun?.["sessions.fdLimit"] ?? "?"}, soft = hard) and needs one fd per socket plus ${otherFds} of its own (measured: open fds at the peak minus sessions held: SQLite files, the listening socket, epoll, IPC, stdio), so it can hold at most ${firstRun === undefined ? "?" : (firstRun["sessions.fdLimit"]! - otherFds).toLocaleString("en-US")} sessions. The ramp stops at the first failed logins: the server, out of fds, accepts and drops the connection ("socket hang up") and keeps serving the sessions it holds.`,
        ...(bounds.length > 0 ? [`bounded by the server's fd limit: ${bounds.join("; ")}.`] : []),
        "memory is the server process's own: RSS from /proc/<pid>/status and the V8 heap after two full GCs (--expose-gc), read at the idle baseline (after the fan-out phase) and after each step; per session = delta / sessions. The marginal rows use the first step instead of the baseline (warm-up and caches excluded). Kernel socket buffers are not in RSS.",
        "users are created in the server process through its storage API (one shared precomputed scrypt hash, 1,000 per SQLite transaction, a session token each): REST sign-up hashes every password with scrypt (~29 ms CPU each, twice with the session), minutes for 20,000 users.",
        `fan-out: a group dialog (type 2) of the sender and ${size.occupants} occupants, all logged in with the same light clients (none joins the room: our server delivers a dialog's room messages to every online occupant); persisted groupchat messages (save_to_history=1), ${size.fanOutWindow} in flight, a message done when all ${size.occupants} occupants got it; deliveries/s = messages × ${size.occupants} / elapsed. The relay room forwards the same stanza text to ${size.occupants} \`ws\` clients without parsing or storing.`,
        "a fresh server (new data directory) per run: RSS seldom shrinks after sessions close, so a second ramp in the same process would understate the cost per session.",
      ],
    }
  },
}
