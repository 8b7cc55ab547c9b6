import { createRequire } from "node:module"
import type { TestServer } from "./testServer.ts"
import { testApp } from "./testServer.ts"
import { createUser, type TestUser } from "./users.ts"

// biome-ignore lint/suspicious/noExplicitAny: the official SDK is driven as its users drive it, untyped here
type Any = any

const require = createRequire(import.meta.url)

/**
 * A fresh, independent copy of the unmodified official `connectycube@6.1.2` SDK.
 *
 * The package exports a singleton (`new ConnectyCube()` at module load) and keeps its config
 * (app id, endpoints, chat options) in a module-level object, so two clients in one process must
 * not share the module. Node's CommonJS cache is per resolved path: dropping the SDK's entry
 * (`dist/node/index.cjs`, which bundles xmpp.js) from `require.cache` before each `require` yields
 * a new module with its own config, HTTP session and XMPP client. Its plain dependencies (`ws`,
 * `node-fetch`…) stay shared, which is harmless. `vi.resetModules()` would not help: vitest
 * externalizes node_modules, so Node's own cache serves them.
 */
export const loadOfficialSdk = (): Any => {
  const path = require.resolve("connectycube")
  delete require.cache[path]
  return require(path).default
}

/** One event an official client's listener reported. */
export interface SdkEvent {
  readonly name: string
  readonly args: ReadonlyArray<Any>
}

const listenerNames = [
  "onMessageListener",
  "onSystemMessageListener",
  "onMessageTypingListener",
  "onMessageUpdateListener",
  "onMessageDeleteListener",
  "onMessageReactionsListener",
  "onReadStatusListener",
  "onDeliveredStatusListener",
  "onLastUserActivityListener",
  "onMessageErrorListener",
  "onSentMessageCallback",
  "onJoinOccupant",
  "onLeaveOccupant",
  "onDisconnectedListener",
  "onReconnectListener",
] as const

export type ListenerName = (typeof listenerNames)[number]

/** An official SDK client logged in as a test user, recording what its chat listeners see. */
export interface OfficialClient {
  readonly sdk: Any
  readonly chat: Any
  readonly user: TestUser
  readonly events: SdkEvent[]
  /** Resolves with the arguments of the first unseen event of that listener matching `match`; rejects after `timeoutMs`. */
  next(name: ListenerName, match?: (...args: Any[]) => boolean, timeoutMs?: number): Promise<Any[]>
  /** Events of that listener seen so far (consumed or not). */
  all(name: ListenerName): Any[][]
  disconnect(): Promise<void>
}

/** Signs a user up (or uses `user`), opens an SDK session and connects its chat as protocol.md §6 does. */
export const officialClient = async (
  server: TestServer,
  user?: TestUser,
  options: { readonly connect?: boolean } = {},
): Promise<OfficialClient> => {
  const account = user ?? (await createUser(server))
  const sdk = loadOfficialSdk()
  sdk.init(
    { appId: testApp.id, authKey: testApp.authKey },
    {
      endpoints: { api_url: server.url, chat: server.config.chatDomain, chat_url: server.wsUrl },
      chat: { streamManagement: { enable: true }, reconnect: { enable: true, timeInterval: 1 } },
      debug: { mode: 0 },
    },
  )
  await sdk.createSession({ login: account.login, password: account.password })
  const events: SdkEvent[] = []
  const consumed = new Set<SdkEvent>()
  const waiters = new Set<() => void>()
  for (const name of listenerNames) {
    sdk.chat[name] = (...args: Any[]) => {
      events.push({ name, args })
      for (const wake of [...waiters]) wake()
    }
  }
  const next = (name: ListenerName, match: (...args: Any[]) => boolean = () => true, timeoutMs = 5_000) =>
    new Promise<Any[]>((resolve, reject) => {
      const check = () => {
        const found = events.find(
          (event) => event.name === name && !consumed.has(event) && match(...event.args),
        )
        if (found === undefined) return false
        consumed.add(found)
        cleanup()
        resolve([...found.args])
        return true
      }
      const timer = setTimeout(() => {
        cleanup()
        reject(
          new Error(
            `user ${account.userId}: no ${name} event in ${timeoutMs} ms; saw ${JSON.stringify(events.map((event) => event.name))}`,
          ),
        )
      }, timeoutMs)
      const cleanup = () => {
        clearTimeout(timer)
        waiters.delete(wake)
      }
      const wake = () => void check()
      if (!check()) waiters.add(wake)
    })
  if (options.connect !== false)
    await sdk.chat.connect({ userId: account.userId, password: account.password })
  return {
    sdk,
    chat: sdk.chat,
    user: account,
    events,
    next,
    all: (name) => events.filter((event) => event.name === name).map((event) => [...event.args]),
    disconnect: async () => {
      sdk.chat.onDisconnectedListener = undefined
      await sdk.chat.disconnect()
    },
  }
}
