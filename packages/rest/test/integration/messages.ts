// Messages: createMessage, listMessages, updateMessages, updateAllMessages, getUnreadMessagesCount,
// deleteMessages, list/updateMessageReactions, createSystemMessage, searchChat.
import { beforeAll, describe, expect, it } from "vitest"
import { RawXmpp } from "../../../server/test/support/rawXmpp.ts"
import type { Message } from "../../src/index.ts"
import { type IntegrationEnv, type Member, ok, refused } from "../support/integration.ts"

const missingId = "5f00000000000000000000bb"
/** A client-made message id (24 hex digits), unique per call. */
let idCounter = 0
const clientMessageId = () => `6c0000000000${(++idCounter).toString(16).padStart(12, "0")}`

/** The messages suite. */
export const messagesSuite = (env: IntegrationEnv): void => {
  describe("messages", () => {
    let ann: Member
    let ben: Member
    let cal: Member
    let dialogId: string

    beforeAll(async () => {
      ann = await env.member("ann")
      ben = await env.member("ben")
      cal = await env.member("cal")
      dialogId = ok(
        await ann.client.POST("/chat/Dialog.json", { body: { type: 3, occupants_ids: [ben.user.id] } }),
      )._id
    })

    const send = async (
      from: Member,
      message: string,
      extra: Record<string, unknown> = {},
    ): Promise<Message> =>
      ok(
        await from.client.POST("/chat/Message.json", {
          body: { chat_dialog_id: dialogId, message, ...extra },
        }),
      )

    const history = async (member: Member) =>
      ok(
        await member.client.GET("/chat/Message.json", {
          params: { query: { chat_dialog_id: dialogId, mark_as_read: 0, limit: 100 } },
        }),
      ).items

    it("stores a message with attachments and custom fields; its _id again answers the stored one", async () => {
      const _id = clientMessageId()
      const body = {
        _id,
        chat_dialog_id: dialogId,
        message: "hello with a photo",
        attachments: [{ type: "image", uid: "abc123", name: "cat.png", size: 42 }],
        custom: "x",
      }
      const created = await ann.client.POST("/chat/Message.json", { body })
      expect(created.response?.status).toBe(201)
      const message = ok(created)
      expect(message).toMatchObject({
        _id,
        chat_dialog_id: dialogId,
        message: "hello with a photo",
        sender_id: ann.user.id,
        recipient_id: ben.user.id,
        attachments: [{ type: "image", uid: "abc123", name: "cat.png", size: 42 }],
        read_ids: [ann.user.id],
        custom: "x",
      })
      expect(message.date_sent).toBeGreaterThan(1_600_000_000)

      const repeated = await ann.client.POST("/chat/Message.json", { body })
      expect(repeated.response?.status).toBe(200)
      expect(ok(repeated)).toEqual(message)

      const taken = await ben.client.POST("/chat/Message.json", { body: { ...body, message: "mine now" } })
      expect(refused(taken)).toEqual({ status: 409, errors: { base: ["This message id is already used"] } })

      const outsider = await cal.client.POST("/chat/Message.json", {
        body: { chat_dialog_id: dialogId, message: "hi" },
      })
      expect(refused(outsider).status).toBe(403)
    })

    it("lists history with filters, sorting and paging, and refuses a non-member", async () => {
      const alpha = await send(ann, "filter alpha")
      const beta = await send(ben, "filter beta")
      const gamma = await send(ann, "filter gamma")
      const page = ok(
        await ben.client.GET("/chat/Message.json", {
          params: {
            query: {
              chat_dialog_id: dialogId,
              message: { ctn: "filter" },
              sender_id: ann.user.id,
              sort_desc: "date_sent",
              mark_as_read: 0,
            },
          },
        }),
      )
      expect(page.items.map((message) => message._id)).toEqual([gamma._id, alpha._id])
      expect(page).toMatchObject({ skip: 0, limit: 100 })

      const second = ok(
        await ann.client.GET("/chat/Message.json", {
          params: {
            query: {
              chat_dialog_id: dialogId,
              _id: { in: [alpha._id, beta._id, gamma._id] },
              limit: 1,
              skip: 1,
            },
          },
        }),
      )
      expect(second.items.map((message) => message.message)).toEqual(["filter beta"])

      const notMember = await cal.client.GET("/chat/Message.json", {
        params: { query: { chat_dialog_id: dialogId } },
      })
      expect(refused(notMember)).toEqual({
        status: 403,
        errors: { base: ["You are not an occupant of this dialog"] },
      })
    })

    it("counts unread messages, marks some read by id and then the whole dialog", async () => {
      // Start from nothing unread for ben.
      ok(await ben.client.PUT("/chat/Message.json", { body: { chat_dialog_id: dialogId, read: 1 } }))
      const unread = async () =>
        ok(
          await ben.client.GET("/chat/Message/unread.json", {
            params: { query: { chat_dialog_ids: [dialogId] } },
          }),
        )
      expect(await unread()).toEqual({ total: 0, [dialogId]: 0 })

      const one = await send(ann, "unread one")
      const two = await send(ann, "unread two")
      await send(ann, "unread three")
      expect(await unread()).toEqual({ total: 3, [dialogId]: 3 })
      expect(ok(await ben.client.GET("/chat/Message/unread.json"))).toEqual({ total: 3 })

      const marked = await ben.client.PUT("/chat/Message/{messageIds}.json", {
        params: { path: { messageIds: [one._id, two._id] } },
        body: { read: 1, chat_dialog_id: dialogId },
      })
      expect(ok(marked)).toBeUndefined()
      expect(await unread()).toEqual({ total: 1, [dialogId]: 1 })
      const readers = (await history(ann)).find((message) => message._id === one._id)
      expect(readers?.read_ids).toEqual([ann.user.id, ben.user.id])

      const all = await ben.client.PUT("/chat/Message.json", {
        body: { chat_dialog_id: dialogId, read: 1, delivered: 1 },
      })
      expect(ok(all)).toBeUndefined()
      expect(await unread()).toEqual({ total: 0, [dialogId]: 0 })

      const missing = await ben.client.PUT("/chat/Message.json", {
        body: { chat_dialog_id: missingId, read: 1 },
      })
      expect(refused(missing)).toEqual({ status: 404, errors: { base: ["Dialog not found"] } })
    })

    it("edits one's own message, and refuses editing someone else's", async () => {
      const original = await send(ann, "typo hre")
      const edited = await ann.client.PUT("/chat/Message/{messageIds}.json", {
        params: { path: { messageIds: original._id } },
        body: { message: "typo here" },
      })
      expect(ok(edited)).toBeUndefined()
      expect((await history(ben)).find((message) => message._id === original._id)?.message).toBe("typo here")

      const foreign = await ben.client.PUT("/chat/Message/{messageIds}.json", {
        params: { path: { messageIds: original._id } },
        body: { message: "hijacked" },
      })
      expect(refused(foreign)).toEqual({
        status: 403,
        errors: { base: ["Only the author may edit a message"] },
      })
    })

    it("adds, replaces, lists and removes reactions", async () => {
      const message = await send(ann, "react to me")
      const react = (member: Member, body: { add?: string; remove?: string }) =>
        member.client.PUT("/chat/Message/{messageId}/reactions.json", {
          params: { path: { messageId: message._id } },
          body,
        })
      const list = async (member: Member) =>
        ok(
          await member.client.GET("/chat/Message/{messageId}/reactions.json", {
            params: { path: { messageId: message._id } },
          }),
        )

      expect(ok(await react(ben, { add: "👍" }))).toBeUndefined()
      ok(await react(ann, { add: "👍" }))
      expect(await list(ann)).toEqual({ "👍": [ann.user.id, ben.user.id].sort((a, b) => a - b) })

      ok(await react(ben, { add: "🔥", remove: "👍" }))
      expect(await list(ben)).toEqual({ "👍": [ann.user.id], "🔥": [ben.user.id] })
      ok(await react(ann, { remove: "👍" }))
      expect(await list(ann)).toEqual({ "🔥": [ben.user.id] })
      const summary = (await history(ann)).find((entry) => entry._id === message._id)?.reactions
      expect(summary).toEqual({ own: [], total: { "🔥": 1 } })

      const outsider = await cal.client.GET("/chat/Message/{messageId}/reactions.json", {
        params: { path: { messageId: message._id } },
      })
      expect(refused(outsider)).toEqual({
        status: 403,
        errors: { base: ["You are not an occupant of this dialog"] },
      })
    })

    it("pushes a system message to a connected user, and refuses an unknown recipient", async () => {
      const chat = await RawXmpp.login(env.server.wsUrl, { userId: ben.user.id, password: ben.password })
      try {
        const sent = ok(
          await ann.client.POST("/chat/Message/system.json", {
            body: { recipientId: ben.user.id, kind: "call", nested: { room: "r1" } },
          }),
        )
        expect(sent).toEqual({
          messageId: expect.stringMatching(/^[0-9a-f]{24}$/),
          recipientId: ben.user.id,
          extensionParams: { kind: "call", nested: { room: "r1" } },
        })
        const pushed = await chat.next(
          (element) => element.name === "message" && element.attrs.type === "headline",
        )
        expect(pushed.attrs.id).toBe(sent.messageId)
        expect(pushed.child("extraParams")?.childText("kind")).toBe("call")
      } finally {
        chat.close()
      }

      const nobody = await ann.client.POST("/chat/Message/system.json", { body: { recipientId: 999_999 } })
      expect(refused(nobody)).toEqual({ status: 404, errors: { base: ["User not found"] } })
    })

    it("searches messages, dialogs and users, and refuses an empty search", async () => {
      const found = await send(ben, "the zebrafish swims")
      const named = ok(
        await ann.client.POST("/chat/Dialog.json", {
          body: { type: 2, name: "Zebra club", occupants_ids: [ben.user.id] },
        }),
      )
      const results = ok(
        await ann.client.GET("/chat/search.json", {
          params: { query: { search_text: "zebra", limit: 10, start_date: new Date(Date.now() + 60_000) } },
        }),
      )
      expect(results.results.messages.map((message) => message._id)).toEqual([found._id])
      expect(results.results.dialogs.map((dialog) => dialog._id)).toEqual([named._id])

      const people = ok(
        await ann.client.GET("/chat/search.json", { params: { query: { search_text: ben.login } } }),
      )
      expect(people.results.users.map((user) => user.id)).toEqual([ben.user.id])

      const scoped = ok(
        await ann.client.GET("/chat/search.json", {
          params: { query: { search_text: "zebra", chat_dialog_ids: [named._id] } },
        }),
      )
      expect(scoped.results.messages).toEqual([])

      const empty = await ann.client.GET("/chat/search.json", { params: { query: { search_text: "" } } })
      expect(refused(empty).status).toBe(422)
      expect(refused(empty).errors).toHaveProperty("search_text")
    })

    it("deletes messages for oneself or, as the author, for everyone; answers a DeleteResult", async () => {
      const mine = await send(ann, "delete me for everyone")
      const hidden = await send(ann, "hide me from ben")
      const hers = await send(ann, "ben may not force this")

      const forBen = ok(
        await ben.client.DELETE("/chat/Message/{messageIds}.json", {
          params: { path: { messageIds: hidden._id } },
        }),
      )
      expect(forBen).toEqual({
        SuccessfullyDeleted: { ids: [hidden._id] },
        NotFound: { ids: [] },
        WrongPermissions: { ids: [] },
      })
      expect((await history(ben)).map((message) => message._id)).not.toContain(hidden._id)
      expect((await history(ann)).map((message) => message._id)).toContain(hidden._id)

      const refusedForce = ok(
        await ben.client.DELETE("/chat/Message/{messageIds}.json", {
          params: { path: { messageIds: [hers._id] } },
          body: { force: 1 },
        }),
      )
      expect(refusedForce.WrongPermissions).toEqual({ ids: [hers._id] })

      const forAll = ok(
        await ann.client.DELETE("/chat/Message/{messageIds}.json", {
          params: { path: { messageIds: [mine._id, missingId] } },
          body: { force: true },
        }),
      )
      expect(forAll).toEqual({
        SuccessfullyDeleted: { ids: [mine._id] },
        NotFound: { ids: [missingId] },
        WrongPermissions: { ids: [] },
      })
      for (const member of [ann, ben])
        expect((await history(member)).map((message) => message._id)).not.toContain(mine._id)
    })
  })
}
