import { act, waitFor } from "@testing-library/react"
import { useState } from "react"
import { describe, expect, it } from "vitest"
import {
  useChat,
  useConnectionState,
  useDialog,
  useDialogs,
  useMarkAsRead,
  useMessageActions,
  useMessages,
  useReactions,
  useSendMessage,
  useTyping,
  useUnreadCount,
} from "../src/index.ts"
import { hookTests, nextSecond, nothing, privateDialog } from "./support/hookTests.tsx"

const setup = hookTests()

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
