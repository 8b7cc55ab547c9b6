import { act, waitFor } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import {
  useBlockList,
  useChatEvent,
  useConnectionState,
  useLastActivity,
  usePrivacyLists,
  useSearch,
  useUpload,
  useUser,
  useUsers,
} from "../src/index.ts"
import { hookTests, nothing, privateDialog } from "./support/hookTests.tsx"

const setup = hookTests()

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

describe("events and privacy lists", () => {
  it("useChatEvent calls the latest listener for every event", async () => {
    const seen: string[] = []
    let prefix = "a"
    const {
      peer,
      prepared: dialog,
      rerender,
    } = await setup(privateDialog, () =>
      useChatEvent("message", (message) => seen.push(`${prefix}:${message.body}`)),
    )
    await peer.messages.send(dialog.id, { body: "one" })
    await waitFor(() => expect(seen).toEqual(["a:one"]))
    prefix = "b"
    rerender()
    await peer.messages.send(dialog.id, { body: "two" })
    await waitFor(() => expect(seen).toEqual(["a:one", "b:two"]))
  })

  it("usePrivacyLists reads the lists and reads them again after a change", async () => {
    const { current, peerUser } = await setup(nothing, () => usePrivacyLists())
    await waitFor(() => expect(current().names).toBeDefined())
    expect(current().names?.names ?? []).toEqual([])
    await act(() =>
      current()
        .create({ name: "work", items: [{ userId: peerUser.userId, action: "deny" }] })
        .then(() => undefined),
    )
    await waitFor(() => expect(current().names?.names).toEqual(["work"]))
    expect((await current().get("work")).items).toMatchObject([{ userId: peerUser.userId, action: "deny" }])
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
