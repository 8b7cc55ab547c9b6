// A real @cube/server for integration tests, and chat clients logged in as fresh users.
import { afterAll, beforeAll } from "vitest"
import { WebSocket } from "ws"
import { eventually } from "../../../server/test/support/eventually.ts"
import { startTestServer, type TestServer, testApp } from "../../../server/test/support/testServer.ts"
import { createUser, type TestUser } from "../../../server/test/support/users.ts"
import type { Chat, ChatEvents, ChatOptions } from "../../src/index.ts"
import { createChat } from "../../src/index.ts"

export { createUser, eventually, startTestServer, type TestServer, type TestUser, testApp }

/** Options of a client for a test server: fast reconnects, no keep-alive pings, `ws` injected. */
export const chatOptions = <P = Readonly<Record<string, unknown>>, E = Readonly<Record<string, string>>>(
  server: TestServer,
  extra: Partial<ChatOptions<P, E>> = {},
): ChatOptions<P, E> => ({
  appId: testApp.id,
  authKey: testApp.authKey,
  endpoints: { api: server.url, chat: server.config.chatDomain, chatUrl: server.wsUrl },
  // Node 24 has a global WebSocket; `ws` is injected anyway to exercise the seam.
  webSocket: WebSocket,
  reconnect: { delay: 50, maxDelay: 500 },
  keepAlive: false,
  ...extra,
})

/** A client logged in (REST session and chat) as `user`, or as a new user. */
export const openChat = async <P = Readonly<Record<string, unknown>>, E = Readonly<Record<string, string>>>(
  server: TestServer,
  user?: TestUser,
  extra: Partial<ChatOptions<P, E>> = {},
): Promise<{ chat: Chat<P, E>; user: TestUser }> => {
  const account = user ?? (await createUser(server))
  const chat = createChat<P, E>(chatOptions(server, extra))
  await chat.connect({ login: account.login, password: account.password })
  return { chat, user: account }
}

/** Resolves with the first `event` payload matching `match`; rejects after `timeoutMs`. */
export const next = <P, E, K extends keyof ChatEvents<P, E>>(
  chat: Chat<P, E>,
  event: K,
  match: (payload: ChatEvents<P, E>[K]) => boolean = () => true,
  timeoutMs = 10_000,
): Promise<ChatEvents<P, E>[K]> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off()
      reject(new Error(`no '${String(event)}' event within ${timeoutMs} ms`))
    }, timeoutMs)
    const off = chat.on(event, (payload) => {
      if (!match(payload)) return
      clearTimeout(timer)
      off()
      resolve(payload)
    })
  })

/** Collects every payload of an event from now on. */
export const record = <P, E, K extends keyof ChatEvents<P, E>>(chat: Chat<P, E>, event: K) => {
  const seen: Array<ChatEvents<P, E>[K]> = []
  const off = chat.on(event, (payload) => seen.push(payload))
  return { seen, off }
}

/** Opens clients for a test file and destroys them all at the end. */
export const clientPool = () => {
  const clients: Array<{ destroy(): Promise<void> }> = []
  return {
    open: async <P = Readonly<Record<string, unknown>>, E = Readonly<Record<string, string>>>(
      server: TestServer,
      user?: TestUser,
      extra: Partial<ChatOptions<P, E>> = {},
    ) => {
      const opened = await openChat<P, E>(server, user, extra)
      clients.push(opened.chat)
      return opened
    },
    /** A client that is not connected yet. */
    create: <P = Readonly<Record<string, unknown>>, E = Readonly<Record<string, string>>>(
      server: TestServer,
      extra: Partial<ChatOptions<P, E>> = {},
    ) => {
      const chat = createChat<P, E>(chatOptions(server, extra))
      clients.push(chat)
      return chat
    },
    destroyAll: () => Promise.all(clients.map((chat) => chat.destroy())),
  }
}

/**
 * For one test file: a real server started before its tests, handed to `onStart`, and a pool of
 * clients; every client and the server are closed after the file's tests.
 */
export const serverWithClients = (onStart: (server: TestServer) => void) => {
  const pool = clientPool()
  let server: TestServer | undefined
  beforeAll(async () => {
    server = await startTestServer()
    onStart(server)
  })
  afterAll(async () => {
    await pool.destroyAll()
    await server?.dispose()
  })
  return pool
}
