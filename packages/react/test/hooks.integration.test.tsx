import type { Chat, ChatOptions } from "@cube/chat"
import { act, renderHook, waitFor } from "@testing-library/react"
import { useState } from "react"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  useBlockList,
  useChat,
  useConnectionState,
  useDialog,
  useDialogs,
  useLastActivity,
  useMarkAsRead,
  useMessageActions,
  useMessages,
  useReactions,
  useSearch,
  useSendMessage,
  useTyping,
  useUnreadCount,
  useUpload,
  useUser,
  useUsers,
} from "../src/index.ts"
import {
  chatOptions,
  createUser,
  credentials,
  openPeer,
  providerFor,
  startTestServer,
  type TestServer,
  type TestUser,
} from "./support/harness.tsx"

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

/** Waits for the clock's next whole second. */
const nextSecond = () => new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 20))

interface Context {
  readonly me: TestUser
  readonly peerUser: TestUser
  readonly peer: Chat<unknown, unknown>
}

/**
 * Signs up two users, connects the second as a plain client (`peer`), runs `prepare`, then renders `hook` under
 * one provider logged in as the first (`me`).
 */
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

const nothing = async () => undefined

/** A private dialog between the peer and me, created by the peer. */
const privateDialog = ({ peer, me }: Context) => peer.dialogs.create({ type: 3, occupantIds: [me.userId] })

describe("dialogs", () => {
  it("useDialogs: loads, adds dialogs other users create, sorts by activity, counts unread", async () => {
    const { current, peer, me } = await setup(nothing, () => ({
      list: useDialogs(),
      total: useUnreadCount(),
    }))
    await waitFor(() => expect(current().list.loaded).toBe(true))
    expect(current().list.dialogs).toEqual([])
    // Activity has one-second resolution: each step starts in a new second so that the order is defined.
    const older = await peer.dialogs.create({ type: 2, name: "Older", occupantIds: [me.userId] })
    await nextSecond()
    const newer = await peer.dialogs.create({ type: 2, name: "Newer", occupantIds: [me.userId] })
    await waitFor(() => expect(current().list.dialogs.map((d) => d.id)).toEqual([newer.id, older.id]))
    await nextSecond()
    await peer.messages.send(older.id, { body: "bump" })
    await waitFor(() => {
      expect(current().list.dialogs.map((d) => d.id)).toEqual([older.id, newer.id])
      expect(current().list.dialogs[0]).toMatchObject({ lastMessage: "bump", unreadCount: 1 })
      expect(current().total).toBe(1)
    })
  })

  it("useDialog: fetches an unknown dialog and follows other users' changes", async () => {
    const { current, peer, prepared } = await setup(
      ({ peer, me }) => peer.dialogs.create({ type: 2, name: "Team", occupantIds: [me.userId] }),
      (dialog) => useDialog(dialog.id),
    )
    await waitFor(() => expect(current()).toMatchObject({ id: prepared.id, name: "Team" }))
    await peer.dialogs.update(prepared.id, { name: "Team 2" })
    await waitFor(() => expect(current()?.name).toBe("Team 2"))
  })
})

describe("messages", () => {
  it("useMessages: the latest page, older pages, live messages; own sends show pending then their status", async () => {
    const {
      current,
      peer,
      me,
      prepared: dialog,
    } = await setup(
      async (context) => {
        const dialog = await privateDialog(context)
        // Stored over HTTP only (a live send would reach me as offline messages when I connect).
        for (let i = 1; i <= 5; i++) await context.peer.messages.create(dialog.id, { body: `old ${i}` })
        return dialog
      },
      (dialog) => {
        // Opened once connected: a load while the connection comes up races the connect's catch-up,
        // which may fetch more than one page (then the first-page assertion below would not hold).
        const connected = useConnectionState().actual.status === "connected"
        const [opened, open] = useState(false)
        if (connected && !opened) open(true)
        return {
          timeline: useMessages(opened ? dialog.id : undefined),
          sender: useSendMessage(dialog.id),
          chat: useChat(),
        }
      },
      { history: { pageSize: 3 } },
    )
    await waitFor(() => expect(current().timeline.loaded).toBe(true))
    expect(current().timeline.messages.map((m) => m.body)).toEqual(["old 3", "old 4", "old 5"])
    expect(current().timeline.hasOlder).toBe(true)
    await act(() => current().timeline.loadOlder())
    expect(current().timeline.messages.map((m) => m.body)).toEqual([
      "old 1",
      "old 2",
      "old 3",
      "old 4",
      "old 5",
    ])
    await peer.messages.send(dialog.id, { body: "live" })
    // (Messages of one second are ordered by id, so a live one may sit before an older one of that second.)
    const byBody = (body: string) => current().timeline.messages.find((m) => m.body === body)
    await waitFor(() => expect(byBody("live")).toBeDefined())

    // Sent while offline: shown at once as pending (it waits in the outbox), sent once connected again.
    await act(() => current().chat.disconnect())
    let sending: Promise<unknown> = Promise.resolve()
    act(() => {
      sending = current().sender.send("mine")
    })
    await waitFor(() => expect(byBody("mine")).toMatchObject({ status: "pending", senderId: me.userId }))
    expect(current().sender.pending).toBe(true)
    await act(() => current().chat.connect())
    await act(() => sending)
    expect(current().sender.pending).toBe(false)
    const own = byBody("mine")
    expect(["sent", "delivered"]).toContain(own?.status)
    // The peer reads it: the tick turns to read.
    await peer.messages.load(dialog.id)
    await peer.messages.markRead(dialog.id, [own?.id ?? ""])
    await waitFor(() => expect(byBody("mine")?.status).toBe("read"))
  })

  it("useMarkAsRead: a visible dialog's incoming messages are marked read; the sender sees it", async () => {
    const { current, peer, prepared } = await setup(
      async (context) => {
        const dialog = await privateDialog(context)
        const sent = await context.peer.messages.send(dialog.id, { body: "read me" })
        return { dialog, sent }
      },
      ({ dialog }) => {
        useMarkAsRead(dialog.id)
        return { timeline: useMessages(dialog.id), unread: useUnreadCount(dialog.id) }
      },
    )
    const { dialog, sent } = prepared
    await waitFor(() => expect(current().timeline.messages[0]).toMatchObject({ id: sent.id, read: true }))
    await waitFor(() => expect(current().unread).toBe(0))
    const atPeer = () =>
      peer.stores
        .messages(dialog.id)
        .getSnapshot()
        .messages.find((m) => m.id === sent.id)
    await waitFor(() => expect(atPeer()?.status).toBe("read"))
  })

  it("useMessageActions: edit and delete apply at once and reach the peer", async () => {
    const {
      current,
      peer,
      prepared: dialog,
    } = await setup(
      async (context) => {
        const dialog = await privateDialog(context)
        await context.peer.messages.load(dialog.id)
        return dialog
      },
      (dialog) => ({
        timeline: useMessages(dialog.id),
        sender: useSendMessage(dialog.id),
        actions: useMessageActions(dialog.id),
      }),
    )
    await waitFor(() => expect(current().timeline.loaded).toBe(true))
    const sent = await act(() => current().sender.send("first draft"))
    await act(() => current().actions.edit(sent.id, "final"))
    expect(current().timeline.messages.at(-1)).toMatchObject({ body: "final", edited: true })
    const atPeer = () =>
      peer.stores
        .messages(dialog.id)
        .getSnapshot()
        .messages.find((m) => m.id === sent.id)
    await waitFor(() => expect(atPeer()).toMatchObject({ body: "final", edited: true }))
    await act(() => current().actions.remove(sent.id))
    expect(current().timeline.messages.find((m) => m.id === sent.id)).toBeUndefined()
    await waitFor(() => expect(atPeer()).toBeUndefined())
  })

  it("useReactions: toggling adds and removes the own reaction; the peer's count follows", async () => {
    const { current, peer, prepared } = await setup(
      async (context) => {
        const dialog = await privateDialog(context)
        await context.peer.messages.load(dialog.id)
        const sent = await context.peer.messages.send(dialog.id, { body: "react to me" })
        return { dialog, sent }
      },
      ({ dialog, sent }) => ({
        timeline: useMessages(dialog.id),
        reactions: useReactions(dialog.id, sent.id),
      }),
    )
    const { dialog, sent } = prepared
    await waitFor(() => expect(current().timeline.loaded).toBe(true))
    await act(() => current().reactions.toggle("👍"))
    expect(current().reactions).toMatchObject({ own: ["👍"], total: { "👍": 1 } })
    const atPeer = () =>
      peer.stores
        .messages(dialog.id)
        .getSnapshot()
        .messages.find((m) => m.id === sent.id)
    await waitFor(() => expect(atPeer()?.reactions.total).toEqual({ "👍": 1 }))
    await act(() => current().reactions.toggle("👍"))
    expect(current().reactions.own).toEqual([])
    await waitFor(() => expect(atPeer()?.reactions.total["👍"] ?? 0).toBe(0))
  })

  it("useTyping: the peer's indicator shows and clears", async () => {
    const {
      current,
      peer,
      peerUser,
      prepared: dialog,
    } = await setup(privateDialog, (dialog) => ({
      typing: useTyping(dialog.id),
      dialog: useDialog(dialog.id),
    }))
    await waitFor(() => expect(current().dialog).toBeDefined())
    await peer.typing.start(dialog.id)
    await waitFor(() => expect(current().typing.userIds).toEqual([peerUser.userId]))
    await peer.typing.stop(dialog.id)
    await waitFor(() => expect(current().typing.userIds).toEqual([]))
  })
})

describe("users and presence", () => {
  it("useUser / useUsers fetch profiles (batched) from the provider's cache", async () => {
    const { current, me, peerUser } = await setup(nothing, (_, { me, peerUser }) => ({
      one: useUser(peerUser.userId),
      many: useUsers([me.userId, peerUser.userId]),
    }))
    await waitFor(() => expect(current().one?.login).toBe(peerUser.login))
    await waitFor(() => expect(current().many.map((user) => user.login)).toEqual([me.login, peerUser.login]))
  })

  it("useLastActivity: online while connected, last seen once gone", async () => {
    const { current, peer } = await setup(nothing, (_, { peerUser }) => useLastActivity(peerUser.userId))
    await waitFor(() => expect(current().online).toBe(true))
    await peer.disconnect()
    await waitFor(() => expect(current().online).toBe(false))
    expect(current().lastSeen).toBeInstanceOf(Date)
  })

  it("useBlockList: block and unblock, shared by every component of the provider", async () => {
    const { current, result, peerUser } = await setup(nothing, () => ({
      a: useBlockList(),
      b: useBlockList(),
    }))
    await waitFor(() => expect(current().a.loaded).toBe(true))
    expect(current().a.userIds).toEqual([])
    await act(() => current().a.block(peerUser.userId))
    expect(current().b.isBlocked(peerUser.userId)).toBe(true)
    expect(await result.current.chat.privacy.blocked()).toEqual([peerUser.userId])
    await act(() => current().b.unblock(peerUser.userId))
    expect(current().a.userIds).toEqual([])
  })
})

describe("search, uploads, connection", () => {
  it("useSearch finds messages by text once logged in (debounced query)", async () => {
    let text = "z"
    const { current, rerender } = await setup(
      async (context) => {
        const dialog = await privateDialog(context)
        await context.peer.messages.send(dialog.id, { body: "the zebra crossing" })
      },
      () => useSearch(text, { debounceMs: 10 }),
    )
    expect(current().results).toBeUndefined()
    text = "zebra"
    rerender()
    await waitFor(() =>
      expect(current().results?.messages.map((m) => m.body)).toEqual(["the zebra crossing"]),
    )
    expect(current().error).toBeUndefined()
  })

  it("useUpload reports progress and sends the file as an attachment", async () => {
    // happy-dom's XMLHttpRequest reports no upload progress; a given fetch takes the streamed path instead.
    const {
      current,
      result,
      prepared: dialog,
    } = await setup(privateDialog, () => useUpload(), {
      fetch: (input: Request) => globalThis.fetch(input),
    })
    const bytes = new Uint8Array(64 * 1024).fill(7)
    const message = await act(() =>
      current().sendFile(dialog.id, { name: "photo.png", data: bytes, contentType: "image/png" }),
    )
    expect(current().progress).toEqual({ loaded: bytes.length, total: bytes.length })
    expect(message.attachments[0]).toMatchObject({
      type: "image",
      name: "photo.png",
      content_type: "image/png",
    })
    const download = await fetch(result.current.chat.files.privateUrl(String(message.attachments[0]?.uid)))
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(bytes)
  })

  it("useConnectionState hides a drop within the grace period and shows it without one", async () => {
    const shown: string[] = []
    const actual: string[] = []
    const { current, result } = await setup(nothing, () => {
      const state = useConnectionState({ graceMs: 60_000 })
      const bare = useConnectionState({ graceMs: 0 })
      shown.push(state.status)
      actual.push(bare.status)
      return state
    })
    await waitFor(() => expect(current().status).toBe("connected"))
    const before = shown.length
    await act(() => result.current.chat.terminate())
    await waitFor(() => expect(actual.slice(before)).toContain("reconnecting"))
    await waitFor(() => expect(current().actual.status).toBe("connected"))
    expect(new Set(shown.slice(before))).toEqual(new Set(["connected"]))
  })
})
