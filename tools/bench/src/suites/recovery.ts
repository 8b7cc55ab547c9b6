import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { type Chat, createChat } from "@cube/chat"
import { WebSocket } from "ws"
import { benchApp } from "../benchApp.ts"
import { ChildHost } from "../ChildHost.ts"
import { type BenchUser, CubeRest } from "../CubeRest.ts"
import { connectSdk } from "../delivery/sdkLink.ts"
import type { ServerHostInfo } from "../hosts/serverHost.ts"
import { ConnectionLog, epochNow } from "../recovery/ConnectionLog.ts"
import { chatStream, type MessageStream, sdkStream, storedBodies } from "../recovery/messageStreams.ts"
import { streamLoss } from "../recovery/streamLoss.ts"
import { type MetricSpec, metric, type Suite, type SuiteOptions, type SuiteOutcome } from "../Suite.ts"

// biome-ignore lint/suspicious/noExplicitAny: the official SDK is driven untyped, as its users drive it
type Any = any

const serverHostScript = new URL("../hosts/serverHost.ts", import.meta.url)

/** The targets. */
const targets = { resumeMs: 100, readyMs: 1500 }

const sizes = (quick: boolean) => ({
  /** One message per stream every this many ms during the events. */
  streamIntervalMs: 25,
  /** Pause between events, so that each one starts from a settled connection. */
  gapMs: quick ? 200 : 300,
  waitMs: 20_000,
  /** The official SDK's reconnect delay (its default is 5 s; the protocol capture used 1 s). */
  sdkReconnectSeconds: 1,
})

/** A @cube/chat client as an app makes it: default reconnect policy and keep-alive, the `ws` WebSocket. */
const connectChat = async (server: ServerHostInfo, user: BenchUser, log: ConnectionLog): Promise<Chat> => {
  const chat = createChat({
    appId: benchApp.id,
    authKey: benchApp.authKey,
    endpoints: { api: server.url, chat: server.chatDomain, chatUrl: server.wsUrl },
    webSocket: WebSocket,
  })
  chat.on("connection", (state) =>
    log.record({
      status: state.status,
      ...(state.resumed === undefined ? {} : { resumed: state.resumed }),
      waiting: state.delayMs !== undefined,
      ...(state.error === undefined ? {} : { detail: state.error.message }),
    }),
  )
  await chat.connect({ login: user.login, password: user.password })
  return chat
}

/** An official SDK client with its reconnect on; its disconnects and reconnects go to `log`. */
const connectOfficial = async (
  server: ServerHostInfo,
  user: BenchUser,
  log: ConnectionLog,
  timeInterval: number,
): Promise<Any> => {
  const sdk = await connectSdk(server, user, { enable: true, timeInterval })
  sdk.chat.onDisconnectedListener = () => log.record({ status: "disconnected" })
  sdk.chat.onReconnectListener = () => log.record({ status: "reconnected" })
  return sdk
}

const isConnected = (event: { status: string }) => event.status === "connected"
const isReconnected = (event: { status: string }) => event.status === "reconnected"

/**
 * Issue 5 (recovery): a server restart (killed, started again on the same port and data) until
 * `@cube/chat` and official SDK clients are back; a dropped client socket until `@cube/chat` has
 * resumed its session (the official SDK, which cannot resume, logs in again); and the messages a steady
 * stream loses across both.
 */
export const recovery: Suite = {
  name: "recovery",
  title: "Recovery: server restart, dropped socket (resume), messages lost",
  run: async ({ quick, runs, log }: SuiteOptions): Promise<SuiteOutcome> => {
    const size = sizes(quick)
    const dataDir = mkdtempSync(join(tmpdir(), "cube-bench-recovery-"))
    let server = await ChildHost.start<ServerHostInfo>(serverHostScript, ["--data-dir", dataDir])
    const port = server.info.port
    const rest = new CubeRest(server.info.url, 2)
    const chats: Chat[] = []
    const sdks: Any[] = []
    const results: Array<Record<string, number>> = []
    const failures: string[] = []
    try {
      log(`server pid ${server.info.pid} at ${server.info.url}, data ${dataDir}`)
      const [chatFrom, chatTo, sdkFrom, sdkTo] = [
        await rest.signUp(),
        await rest.signUp(),
        await rest.signUp(),
        await rest.signUp(),
      ]
      const chatDialog = await rest.privateDialog(chatFrom!, chatTo!.userId)
      const sdkDialog = await rest.privateDialog(sdkFrom!, sdkTo!.userId)
      await rest.close()
      const logs = {
        chatFrom: new ConnectionLog("chat sender"),
        chatTo: new ConnectionLog("chat receiver"),
        sdkFrom: new ConnectionLog("sdk sender"),
        sdkTo: new ConnectionLog("sdk receiver"),
      }
      const alice = await connectChat(server.info, chatFrom!, logs.chatFrom)
      const bob = await connectChat(server.info, chatTo!, logs.chatTo)
      chats.push(alice, bob)
      // Both load the dialog: it is then active, and caught up after a reconnect that cannot resume.
      await alice.messages.load(chatDialog)
      await bob.messages.load(chatDialog)
      const carol = await connectOfficial(server.info, sdkFrom!, logs.sdkFrom, size.sdkReconnectSeconds)
      const dave = await connectOfficial(server.info, sdkTo!, logs.sdkTo, size.sdkReconnectSeconds)
      sdks.push(carol, dave)

      for (let run = 0; run < runs; run++) {
        const result: Record<string, number> = {}
        const prefix = `recovery-${run}-`
        const streams = {
          chat: chatStream(alice, bob, chatFrom!.userId, chatDialog, `${prefix}chat-`),
          sdk: sdkStream(carol, dave, sdkTo!.userId, sdkDialog, `${prefix}sdk-`),
        }
        const all: MessageStream[] = [streams.chat, streams.sdk]
        for (const stream of all) stream.start(size.streamIntervalMs)
        await sleep(size.gapMs)

        // (b) The sender's socket dies; @cube/chat resumes its XEP-0198 session.
        const dropAt = epochNow()
        await alice.terminate()
        const resumed = await logs.chatFrom.waitFor(
          dropAt,
          (event) => isConnected(event) && event.resumed === true,
          size.waitMs,
          "resumed connection",
        )
        const attempt = logs.chatFrom.lastBefore(
          dropAt,
          resumed.at,
          (event) => event.status === "reconnecting" && event.waiting !== true,
        )
        result["resume.chat"] = resumed.at - dropAt
        result["resume.chat.attempt"] = attempt === undefined ? Number.NaN : resumed.at - attempt.at
        await sleep(size.gapMs)

        // The official SDK's socket dies the same way (`chat.terminate()`); it can only log in again.
        const sdkDropAt = epochNow()
        carol.chat.terminate()
        const sdkBack = await logs.sdkFrom.waitFor(sdkDropAt, isReconnected, size.waitMs, "reconnect")
        result["reconnect.sdk"] = sdkBack.at - sdkDropAt
        await sleep(size.gapMs)

        // (a) The server is killed and started again on the same port and data directory.
        const killAt = epochNow()
        await server.kill()
        server = await ChildHost.start<ServerHostInfo>(serverHostScript, [
          "--port",
          String(port),
          "--data-dir",
          dataDir,
        ])
        const backAt = server.info.listeningAt
        const [a, b, c, d] = await Promise.all([
          logs.chatFrom.waitFor(killAt, isConnected, size.waitMs, "connection after the restart"),
          logs.chatTo.waitFor(killAt, isConnected, size.waitMs, "connection after the restart"),
          logs.sdkFrom.waitFor(killAt, isReconnected, size.waitMs, "reconnect after the restart"),
          logs.sdkTo.waitFor(killAt, isReconnected, size.waitMs, "reconnect after the restart"),
        ])
        result["restart.down"] = backAt - killAt
        result["restart.chat"] = Math.max(a.at, b.at) - backAt
        result["restart.sdk"] = Math.max(c.at, d.at) - backAt
        // The login itself, without the policy's wait: from the attempt that succeeded to connected.
        const lastAttempt = [logs.chatFrom, logs.chatTo].map((clientLog, index) => {
          const ready = [a, b][index]!
          const started = clientLog.lastBefore(
            killAt,
            ready.at,
            (event) => event.status === "reconnecting" && event.waiting !== true,
          )
          return started === undefined ? Number.NaN : ready.at - started.at
        })
        result["restart.chat.attempt"] = Math.max(...lastAttempt)
        await sleep(size.gapMs * 2)

        // (c) Stop, let everything in flight land, count.
        for (const stream of all) stream.stop()
        await streams.chat.settle(15_000)
        await sleep(500)
        const stored = {
          chat: await storedBodies(server.info.url, chatFrom!.token, chatDialog, `${prefix}chat-`),
          sdk: await storedBodies(server.info.url, sdkFrom!.token, sdkDialog, `${prefix}sdk-`),
        }
        for (const variant of ["chat", "sdk"] as const) {
          const loss = streamLoss(streams[variant].sent, streams[variant].received(), stored[variant])
          result[`sent.${variant}`] = loss.sent
          result[`lost.${variant}`] = loss.lost
          result[`notStored.${variant}`] = loss.notStored
          result[`duplicates.${variant}`] = loss.duplicates
        }
        result["refused.sdk"] = streams.sdk.refused
        result["target.resume"] = targets.resumeMs
        result["target.ready"] = targets.readyMs
        failures.push(...streams.chat.failed())
        log(
          `run ${run + 1}/${runs}: resume ${result["resume.chat"]!.toFixed(0)} ms (attempt ${result["resume.chat.attempt"]!.toFixed(1)} ms), ` +
            `sdk re-login ${result["reconnect.sdk"]!.toFixed(0)} ms; restart: down ${result["restart.down"]!.toFixed(0)} ms, ` +
            `chat ready +${result["restart.chat"]!.toFixed(0)} ms, sdk +${result["restart.sdk"]!.toFixed(0)} ms; ` +
            `lost chat ${result["lost.chat"]}/${result["sent.chat"]} (not stored ${result["notStored.chat"]}, dup ${result["duplicates.chat"]}), ` +
            `sdk ${result["lost.sdk"]}/${result["sent.sdk"]} (not stored ${result["notStored.sdk"]}, refused ${result["refused.sdk"]})`,
        )
        results.push(result)
        await sleep(size.gapMs)
      }
    } finally {
      await Promise.allSettled(chats.map((chat) => chat.destroy()))
      await Promise.allSettled(sdks.map((sdk) => sdk.chat.disconnect()))
      await server.stop().catch(() => undefined)
      rmSync(dataDir, { recursive: true, force: true })
    }

    const counts = (variant: "chat" | "sdk", who: string): MetricSpec[] => [
      metric(`sent.${variant}`, `stream: messages sent, ${who}`, "messages", "higher"),
      metric(`lost.${variant}`, `stream: lost (never shown to the receiver), ${who}`, "messages", "lower"),
      metric(`notStored.${variant}`, `stream: not in the server's history, ${who}`, "messages", "lower"),
      metric(`duplicates.${variant}`, `stream: shown twice, ${who}`, "messages", "lower"),
    ]
    return {
      name: recovery.name,
      title: recovery.title,
      params: {
        streamRatePerClient: Math.round(1000 / size.streamIntervalMs),
        chatReconnect: "default (exponential: first attempt at once, then 250 ms ×1.5 ±20%)",
        sdkReconnectTimeInterval: size.sdkReconnectSeconds,
        sdkStreamManagement: true,
        restartsPerRun: 1,
        dropsPerRun: 2,
      },
      metrics: [
        metric("resume.chat", "dropped socket → resumed: @cube/chat (XEP-0198 resume)", "ms", "lower"),
        metric("resume.chat.attempt", "of which the resume itself (attempt start → resumed)", "ms", "lower"),
        metric("target.resume", "target (issue): resume", "ms", "lower"),
        metric(
          "reconnect.sdk",
          "dropped socket → reconnected: official SDK (full login, no resume)",
          "ms",
          "lower",
        ),
        metric("restart.down", "server restart: killed → listening again", "ms", "lower"),
        metric("restart.chat", "server back → Ready: @cube/chat (slower of 2 clients)", "ms", "lower"),
        metric("restart.chat.attempt", "of which the login itself (attempt start → Ready)", "ms", "lower"),
        metric("restart.sdk", "server back → Ready: official SDK (slower of 2 clients)", "ms", "lower"),
        metric("target.ready", "target (issue): Ready after the server is back", "ms", "lower"),
        ...counts("chat", "@cube/chat"),
        ...counts("sdk", "official SDK"),
        metric(
          "refused.sdk",
          "stream: sends the official SDK refused while offline (counted in lost)",
          "messages",
          "lower",
        ),
      ],
      ratios: [
        {
          label: "resume: chat / target",
          numerator: "resume.chat",
          denominator: "target.resume",
          meaning: "drop → resumed over the 100 ms target (below 1: within it)",
        },
        {
          label: "resume attempt: chat / target",
          numerator: "resume.chat.attempt",
          denominator: "target.resume",
          meaning:
            "the resume handshake alone over the 100 ms target (the rest is the reconnect policy's wait)",
        },
        {
          label: "drop → back: chat / sdk",
          numerator: "resume.chat",
          denominator: "reconnect.sdk",
          meaning:
            "@cube/chat's resume over the official SDK's re-login after the same drop (below 1: faster)",
        },
        {
          label: "restart Ready: chat / target",
          numerator: "restart.chat",
          denominator: "target.ready",
          meaning: "server back → @cube/chat Ready over the 1.5 s target",
        },
        {
          label: "restart Ready: chat / sdk",
          numerator: "restart.chat",
          denominator: "restart.sdk",
          meaning: "@cube/chat's time back after a restart over the official SDK's (below 1: faster)",
        },
      ],
      runs: results,
      notes: [
        "each run: two streams start (@cube/chat → @cube/chat and official SDK → official SDK, private dialogs, persisted, one message each per 25 ms), then the @cube/chat sender's socket is dropped (`chat.terminate()`, the client hook its tests use: the socket dies as on a network loss, no `</close>`), then the official SDK sender's (`chat.terminate()`), then the server process is SIGKILLed and started again on the same port and data directory; then the streams stop and are counted.",
        'times are wall clock (`performance.timeOrigin + performance.now()`) in the bench and in the server host, so "server back" is the moment the new server process listened; "Ready" is @cube/chat\'s `connection` event with status `connected` and the official SDK\'s `onReconnectListener` (after its post-connect presence).',
        "@cube/chat runs with its defaults: exponential reconnect, the first attempt at once, then 250 ms growing ×1.5 with ±20 % jitter; that wait is inside both the resume and the restart times (the `attempt` rows leave it out). It logs in to the chat with its REST session token. After a restart the session cannot resume (the server lost it): it logs in again and catches up from REST history.",
        `the official SDK runs with reconnect on and timeInterval ${size.sdkReconnectSeconds} s (its default is 5 s), stream management on; it has no resume: every reconnect is a full login (and its onReconnectListener comes after its presence).`,
        "lost = sent by the app but never shown to the receiving app (its `message` events plus, for @cube/chat, its dialog timeline after catch-up); not stored = absent from the server's REST history. The official SDK's `chat.send` neither throws nor reports anything while it is down (refused counts a throw; it stays 0): what it writes while disconnected, or into a socket that died, is gone, and it has no catch-up.",
        ...(failures.length > 0 ? [`@cube/chat send failures: ${failures.slice(0, 5).join("; ")}`] : []),
      ],
    }
  },
}
