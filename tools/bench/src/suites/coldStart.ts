import { createChat } from "@cube/chat"
import { Client } from "undici"
import { WebSocket } from "ws"
import { benchApp } from "../benchApp.ts"
import { ChildHost } from "../ChildHost.ts"
import { type BenchUser, CubeRest } from "../CubeRest.ts"
import { loadOfficialSdk } from "../delivery/sdkLink.ts"
import type { ServerHostInfo } from "../hosts/serverHost.ts"
import type { MetricSpec, RatioSpec } from "../Suite.ts"
import { rotate, type Suite, type SuiteOptions, type SuiteOutcome } from "../Suite.ts"
import { lightLogin } from "../scale/lightLogin.ts"
import { median } from "../stats.ts"

const serverHostScript = new URL("../hosts/serverHost.ts", import.meta.url)

const sizes = (quick: boolean) => ({ iterations: quick ? 4 : 10, warmup: 1 })

const variants = ["rawToken", "rawPassword", "sdk", "chat"] as const
type Variant = (typeof variants)[number]

const variantLabel: Record<Variant, string> = {
  rawToken: "raw floor: session request + raw XMPP login with the session token",
  rawPassword: "raw floor, same server work as the SDKs: session + raw XMPP login with the password",
  sdk: "official SDK: init + createSession + chat.connect",
  chat: "@cube/chat: createChat + connect({ login, password })",
}

type Server = { readonly url: string; readonly wsUrl: string; readonly chatDomain: string }

/** One HTTP session request on a new connection (as a cold app opens one): the user's token. */
const openSession = async (server: Server, user: BenchUser): Promise<string> => {
  const client = new Client(server.url)
  try {
    const response = await client.request({
      method: "POST",
      path: "/session.json",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        application_id: benchApp.id,
        auth_key: benchApp.authKey,
        user: { login: user.login, password: user.password },
      }),
    })
    const json = (await response.body.json()) as { session?: { token?: string } }
    if (response.statusCode !== 201 || json.session?.token === undefined)
      throw new Error(`session: ${response.statusCode} ${JSON.stringify(json)}`)
    return json.session.token
  } finally {
    await client.close()
  }
}

/** One cold start of `variant` as `user`: the ms from nothing to a usable chat, then its teardown (not timed). */
const startOnce = async (variant: Variant, server: Server, user: BenchUser): Promise<number> => {
  if (variant === "rawToken" || variant === "rawPassword") {
    const started = performance.now()
    const token = await openSession(server, user)
    const socket = await lightLogin(server.wsUrl, {
      domain: server.chatDomain,
      userId: user.userId,
      appId: benchApp.id,
      secret: variant === "rawToken" ? token : user.password,
    })
    const elapsed = performance.now() - started
    socket.terminate()
    return elapsed
  }
  if (variant === "sdk") {
    // Loading the module (a fresh instance: the SDK is a singleton) is import time, not start-up.
    const sdk = loadOfficialSdk()
    const started = performance.now()
    sdk.init(
      { appId: benchApp.id, authKey: benchApp.authKey },
      {
        endpoints: { api_url: server.url, chat: server.chatDomain, chat_url: server.wsUrl },
        chat: { streamManagement: { enable: true } },
        debug: { mode: 0 },
      },
    )
    await sdk.createSession({ login: user.login, password: user.password })
    await sdk.chat.connect({ userId: user.userId, password: user.password })
    const elapsed = performance.now() - started
    await sdk.chat.disconnect()
    return elapsed
  }
  const started = performance.now()
  const chat = createChat({
    appId: benchApp.id,
    authKey: benchApp.authKey,
    endpoints: { api: server.url, chat: server.chatDomain, chatUrl: server.wsUrl },
    webSocket: WebSocket,
  })
  await chat.connect({ login: user.login, password: user.password })
  const elapsed = performance.now() - started
  await chat.destroy()
  return elapsed
}

/**
 * Issue 5 (cold start): from nothing to a connected, usable chat — a REST session and an XMPP login —
 * with `@cube/chat` and with the official SDK on the same server in the same run, beside the raw floor.
 */
export const coldStart: Suite = {
  name: "cold-start",
  title: "Cold start: create a session and connect to Ready",
  run: async ({ quick, runs, log }: SuiteOptions): Promise<SuiteOutcome> => {
    const size = sizes(quick)
    const server = await ChildHost.start<ServerHostInfo>(serverHostScript)
    const rest = new CubeRest(server.info.url, 1)
    try {
      log(`server pid ${server.info.pid} at ${server.info.url}`)
      const users: Record<Variant, BenchUser> = {
        rawToken: await rest.signUp(),
        rawPassword: await rest.signUp(),
        sdk: await rest.signUp(),
        chat: await rest.signUp(),
      }
      for (const variant of variants)
        for (let index = 0; index < size.warmup; index++)
          await startOnce(variant, server.info, users[variant])
      const results: Array<Record<string, number>> = []
      for (let run = 0; run < runs; run++) {
        const times: Record<Variant, number[]> = { rawToken: [], rawPassword: [], sdk: [], chat: [] }
        // Interleaved, each round in another order: drift and GC land on every variant alike.
        for (let iteration = 0; iteration < size.iterations; iteration++) {
          for (const variant of rotate(variants, run + iteration))
            times[variant].push(await startOnce(variant, server.info, users[variant]))
        }
        const result: Record<string, number> = {}
        for (const variant of variants) result[`start.${variant}`] = median(times[variant])
        log(
          `run ${run + 1}/${runs}: ` +
            variants.map((variant) => `${variant} ${result[`start.${variant}`]!.toFixed(1)} ms`).join(", "),
        )
        results.push(result)
      }
      const ratio = (a: Variant, b: Variant, meaning: string): RatioSpec => ({
        label: `${a} / ${b}`,
        numerator: `start.${a}`,
        denominator: `start.${b}`,
        meaning,
      })
      return {
        name: coldStart.name,
        title: coldStart.title,
        params: { iterationsPerRun: size.iterations, warmupPerVariant: size.warmup },
        metrics: variants.map(
          (variant): MetricSpec => ({
            key: `start.${variant}`,
            label: variantLabel[variant],
            unit: "ms",
            better: "lower",
          }),
        ),
        ratios: [
          ratio(
            "chat",
            "sdk",
            "@cube/chat's cold start over the official SDK's, same server (below 1: faster)",
          ),
          ratio(
            "chat",
            "rawPassword",
            "@cube/chat over the floor with the same server work (1 would be no client cost)",
          ),
          ratio("sdk", "rawPassword", "the official SDK over the same floor"),
          ratio("chat", "rawToken", "@cube/chat over the physical floor"),
          ratio(
            "rawPassword",
            "rawToken",
            "what an XMPP login with the password costs over one with the session token (a second scrypt)",
          ),
        ],
        runs: results,
        notes: [
          `each run: ${size.iterations} cold starts per variant, interleaved (each round in a rotated order), after ${size.warmup} warm-up per variant; the run's value is the median of its cold starts.`,
          "a cold start creates a new client and opens new connections (a new HTTP connection for the session, a new WebSocket), then stops the clock once the chat is usable: @cube/chat's `connect` resolved (it opens the REST session, then logs in over XMPP), the official SDK's `chat.connect` resolved (after `createSession`), or the raw client's bind result arrived. Teardown is not timed.",
          "the official SDK is a singleton: each start loads a fresh module instance first (import time, not timed), then `init` + `createSession` + `chat.connect` are timed; `createChat` is timed for @cube/chat.",
          "the server checks a password with scrypt (about 29 ms of CPU here): both SDKs send the password twice (session request and SASL), so the rawPassword floor does the same; rawToken logs in over XMPP with the session token instead (one scrypt), the least a client can do.",
          "all clients run in the bench process and the server in its own, on loopback.",
        ],
      }
    } finally {
      await rest.close().catch(() => undefined)
      await server.stop()
    }
  },
}
