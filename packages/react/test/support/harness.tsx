// A real @cube/server for the hook tests, users on it, and providers wired to it. Sockets are counted on the
// client side (every WebSocket a client constructs) and on the server (the user's live XMPP sessions).
import { type Chat, type ChatOptions, type ConnectParams, createChat, type WebSocketClass } from "@cube/chat"
import type { ReactNode } from "react"
import { useEffect } from "react"
import { WebSocket } from "ws"
import { chatOptions as chatTestOptions } from "../../../chat/test/support/chat.ts"
import { eventually } from "../../../server/test/support/eventually.ts"
import { startTestServer, type TestServer, testApp } from "../../../server/test/support/testServer.ts"
import { createUser, type TestUser } from "../../../server/test/support/users.ts"
import { ChatProvider } from "../../src/index.ts"

export { createUser, eventually, startTestServer, type TestServer, type TestUser, testApp }

/** A WebSocket class that records every socket it opens. */
export const countingWebSocket = (): { WebSocket: WebSocketClass; opened: string[] } => {
  const opened: string[] = []
  class Counted extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols)
      opened.push(url)
    }
  }
  return { WebSocket: Counted, opened }
}

/** Client options for a test server (fast reconnects, no keep-alive, `ws`): the chat package's own. */
export const chatOptions = (
  server: TestServer,
  extra: Partial<ChatOptions<unknown, unknown>> = {},
): ChatOptions<unknown, unknown> => chatTestOptions<unknown, unknown>(server, extra)

/** A `wrapper` for render / renderHook: a provider (test/support/setup.ts puts StrictMode at the root). */
export const providerFor =
  (options: ChatOptions<unknown, unknown>, settings: { readonly connect?: ConnectParams } = {}) =>
  ({ children }: { readonly children?: ReactNode }) => (
    <ChatProvider
      options={options}
      {...(settings.connect === undefined ? {} : { connect: settings.connect })}
    >
      {children}
    </ChatProvider>
  )

/** Counts effect mounts, to check that StrictMode really mounted twice. */
export const useMountCount = (counter: { mounts: number }): void => {
  useEffect(() => {
    counter.mounts += 1
  }, [counter])
}

/** The user's live XMPP sessions on the server. */
export const liveSessions = (server: TestServer, userId: number): number =>
  server.xmpp.hub.sessions.available(testApp.id, userId).length

/** Credentials of a test user. */
export const credentials = (user: TestUser) => ({ login: user.login, password: user.password })

/** A plain client logged in as `user` (the other side of a conversation). */
export const openPeer = async (server: TestServer, user: TestUser): Promise<Chat<unknown, unknown>> => {
  const chat = createChat(chatOptions(server))
  await chat.connect(credentials(user))
  return chat
}
