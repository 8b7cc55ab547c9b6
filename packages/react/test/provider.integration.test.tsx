import { act, render, renderHook, waitFor } from "@testing-library/react"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { useChat, useConnectionState, useDialogs, useSession } from "../src/index.ts"
import {
  chatOptions,
  countingWebSocket,
  createUser,
  credentials,
  eventually,
  liveSessions,
  providerFor,
  startTestServer,
  type TestServer,
  useMountCount,
} from "./support/harness.tsx"

let server: TestServer

/** Reports which client and user its provider gives it. */
const Probe = ({ name, seen }: { readonly name: string; readonly seen: Record<string, unknown> }) => {
  const session = useSession()
  seen[name] = { chat: useChat(), userId: session.userId }
  return null
}

beforeAll(async () => {
  server = await startTestServer()
})

afterAll(async () => {
  await server?.dispose()
})

describe("ChatProvider", () => {
  it("StrictMode's double mount connects once: one socket, one server session; unmount closes it", async () => {
    const user = await createUser(server)
    const sockets = countingWebSocket()
    const wrapper = providerFor(chatOptions(server, { webSocket: sockets.WebSocket }), {
      connect: credentials(user),
    })
    const counter = { mounts: 0 }
    const { result, unmount } = renderHook(
      () => {
        useMountCount(counter)
        return useConnectionState()
      },
      { wrapper },
    )
    expect(counter.mounts).toBe(2)
    await waitFor(() => expect(result.current.actual.status).toBe("connected"))
    expect(sockets.opened).toHaveLength(1)
    expect(liveSessions(server, user.userId)).toBe(1)
    unmount()
    expect(
      await eventually(
        () => liveSessions(server, user.userId),
        (n) => n === 0,
      ),
    ).toBe(0)
    expect(sockets.opened).toHaveLength(1)
  })

  it("StrictMode with a chat-only connect (the socket opens at once) still opens one socket", async () => {
    const user = await createUser(server)
    const sockets = countingWebSocket()
    const wrapper = providerFor(chatOptions(server, { webSocket: sockets.WebSocket }), {
      connect: { userId: user.userId, password: user.password },
    })
    const counter = { mounts: 0 }
    const { result, unmount } = renderHook(
      () => {
        useMountCount(counter)
        return useConnectionState()
      },
      { wrapper },
    )
    expect(counter.mounts).toBe(2)
    await waitFor(() => expect(result.current.actual.status).toBe("connected"))
    expect(sockets.opened).toHaveLength(1)
    expect(liveSessions(server, user.userId)).toBe(1)
    unmount()
    expect(
      await eventually(
        () => liveSessions(server, user.userId),
        (n) => n === 0,
      ),
    ).toBe(0)
  })

  it("StrictMode: logging in through useSession opens one socket", async () => {
    const user = await createUser(server)
    const sockets = countingWebSocket()
    const wrapper = providerFor(chatOptions(server, { webSocket: sockets.WebSocket }))
    const { result, unmount } = renderHook(
      () => ({ session: useSession(), connection: useConnectionState() }),
      {
        wrapper,
      },
    )
    expect(result.current.session.userId).toBeUndefined()
    await act(() => result.current.session.login(credentials(user)))
    await waitFor(() => expect(result.current.connection.status).toBe("connected"))
    expect(result.current.session.userId).toBe(user.userId)
    expect(result.current.session.pending).toBe(false)
    expect(sockets.opened).toHaveLength(1)
    expect(liveSessions(server, user.userId)).toBe(1)
    unmount()
    expect(
      await eventually(
        () => liveSessions(server, user.userId),
        (n) => n === 0,
      ),
    ).toBe(0)
  })

  it("each provider owns its own client: two providers, two users, nothing shared", async () => {
    const alice = await createUser(server)
    const bob = await createUser(server)
    const seen: Record<string, unknown> = {}
    const First = providerFor(chatOptions(server), { connect: credentials(alice) })
    const Second = providerFor(chatOptions(server), { connect: credentials(bob) })
    const { unmount } = render(
      <>
        <First>
          <Probe name="first" seen={seen} />
        </First>
        <Second>
          <Probe name="second" seen={seen} />
        </Second>
      </>,
    )
    await waitFor(() => {
      expect(seen.first).toMatchObject({ userId: alice.userId })
      expect(seen.second).toMatchObject({ userId: bob.userId })
    })
    expect((seen.first as { chat: unknown }).chat).not.toBe((seen.second as { chat: unknown }).chat)
    await waitFor(() => expect(liveSessions(server, alice.userId) + liveSessions(server, bob.userId)).toBe(2))
    unmount()
  })

  it("a wrong password shows as the session's error; logging in again works", async () => {
    const user = await createUser(server)
    const wrapper = providerFor(chatOptions(server))
    const { result, unmount } = renderHook(() => useSession(), { wrapper })
    await act(() => result.current.login({ login: user.login, password: "wrong" }).catch(() => undefined))
    expect(result.current.error).toMatchObject({
      _tag: "ChatError",
      reason: { _tag: "AuthenticationFailed" },
    })
    expect(result.current.userId).toBeUndefined()
    await act(() => result.current.login(credentials(user)))
    expect(result.current.error).toBeUndefined()
    expect(result.current.userId).toBe(user.userId)
    unmount()
  })

  it("sign up logs the new user in; log out leaves a fresh client with none of their data", async () => {
    const peer = await createUser(server)
    const wrapper = providerFor(chatOptions(server))
    const { result, unmount } = renderHook(
      () => ({ session: useSession(), chat: useChat(), list: useDialogs() }),
      {
        wrapper,
      },
    )
    const login = `signup-${Date.now().toString(36)}`
    await act(() => result.current.session.signUp({ login, password: "password-123", full_name: "New User" }))
    const userId = result.current.session.userId
    expect(userId).toBeTypeOf("number")
    await act(() =>
      result.current.chat.dialogs.create({ type: 3, occupantIds: [peer.userId] }).then(() => undefined),
    )
    await waitFor(() => expect(result.current.list.dialogs).toHaveLength(1))
    const before = result.current.chat
    await act(() => result.current.session.logout())
    expect(result.current.session.userId).toBeUndefined()
    expect(result.current.chat).not.toBe(before)
    expect(result.current.list.dialogs).toEqual([])
    expect(
      await eventually(
        () => liveSessions(server, userId ?? 0),
        (n) => n === 0,
      ),
    ).toBe(0)
    unmount()
  })

  it("hooks outside a provider throw a clear error", () => {
    expect(() => renderHook(() => useChat())).toThrow(/inside <ChatProvider>/)
  })
})
