// Hook tests against a real server: each test signs up two users, connects the second as a plain client
// (`peer`) and renders hooks under a provider logged in as the first (`me`).
import type { Chat, ChatOptions } from "@cube/chat"
import { renderHook, waitFor } from "@testing-library/react"
import { afterAll, beforeAll, expect } from "vitest"
import { useChat } from "../../src/index.ts"
import {
  chatOptions,
  createUser,
  credentials,
  openPeer,
  providerFor,
  startTestServer,
  type TestServer,
  type TestUser,
} from "./harness.tsx"

/** The two users of a test. */
export interface Context {
  readonly me: TestUser
  readonly peerUser: TestUser
  readonly peer: Chat<unknown, unknown>
}

/** Starts a server for the file (and cleans up after it); returns `setup`. */
export const hookTests = () => {
  let server: TestServer
  const peers: Array<Chat<unknown, unknown>> = []
  const unmounts: Array<() => void> = []

  beforeAll(async () => {
    server = await startTestServer()
  })

  afterAll(async () => {
    for (const unmount of unmounts) unmount()
    await Promise.all(peers.map((peer) => peer.destroy()))
    await server?.dispose()
  })

  /** Signs up `me` and `peer`, runs `prepare`, then renders `hook` under a provider logged in as `me`. */
  const setup = async <X, T>(
    prepare: (context: Context) => Promise<X>,
    hook: (prepared: X, context: Context) => T,
    extra: Partial<ChatOptions<unknown, unknown>> = {},
  ) => {
    const me = await createUser(server)
    const peerUser = await createUser(server)
    const peer = await openPeer(server, peerUser)
    peers.push(peer)
    const context = { me, peerUser, peer }
    const prepared = await prepare(context)
    const wrapper = providerFor(chatOptions(server, extra), { connect: credentials(me) })
    const rendered = renderHook(() => ({ value: hook(prepared, context), chat: useChat() }), { wrapper })
    unmounts.push(rendered.unmount)
    await waitFor(() => expect(rendered.result.current.chat.isConnected).toBe(true))
    const current = () => rendered.result.current.value
    return { ...rendered, ...context, prepared, current }
  }
  return setup
}

/** No preparation. */
export const nothing = async (): Promise<undefined> => undefined

/** A private dialog between the peer and me, created by the peer. */
export const privateDialog = ({ peer, me }: Context) =>
  peer.dialogs.create({ type: 3, occupantIds: [me.userId] })

/** Waits for the clock's next whole second. */
export const nextSecond = (): Promise<unknown> =>
  new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 20))
