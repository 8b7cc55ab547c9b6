// Dialogs: listDialogs, createDialog, updateDialog, deleteDialogs, updateDialogAdmins,
// subscribeDialog, unsubscribeDialog, get/updateDialogNotifications, listDialogOccupants,
// clearDialogHistory.
import { beforeAll, describe, expect, it } from "vitest"
import type { Dialog } from "../../src/index.ts"
import { type IntegrationEnv, type Member, ok, refused } from "../support/integration.ts"

const missingId = "5f00000000000000000000cc"

/** The dialogs suite. */
export const dialogsSuite = (env: IntegrationEnv): void => {
  describe("dialogs", () => {
    let owner: Member
    let guest: Member
    let third: Member

    beforeAll(async () => {
      owner = await env.member("olga")
      guest = await env.member("gina")
      third = await env.member("tess")
    })

    const createGroup = async (name: string): Promise<Dialog> =>
      ok(
        await owner.client.POST("/chat/Dialog.json", {
          body: { type: 2, name, occupants_ids: `${guest.user.id}`, extensions: { location: "Sun bar" } },
        }),
      )

    it("creates group and private dialogs; a private one again answers the same dialog", async () => {
      const group = await createGroup("Crew")
      expect(group).toMatchObject({
        type: 2,
        name: "Crew",
        user_id: owner.user.id,
        extensions: { location: "Sun bar" },
        admins_ids: [],
        unread_messages_count: 0,
      })
      expect([...group.occupants_ids].sort()).toEqual([owner.user.id, guest.user.id].sort())
      expect(group.xmpp_room_jid).toContain(group._id)

      const created = await owner.client.POST("/chat/Dialog.json", {
        body: { type: 3, occupants_ids: [third.user.id] },
      })
      expect(created.response?.status).toBe(201)
      const again = await third.client.POST("/chat/Dialog.json", {
        body: { type: 3, occupants_ids: `${owner.user.id}` },
      })
      expect(again.response?.status).toBe(200)
      expect(ok(again)).toMatchObject({ _id: ok(created)._id, type: 3, name: null, xmpp_room_jid: null })

      const lonely = await owner.client.POST("/chat/Dialog.json", { body: { type: 3, occupants_ids: [] } })
      expect(refused(lonely)).toEqual({
        status: 422,
        errors: { occupants_ids: ["a private dialog needs exactly one other user"] },
      })
    })

    it("lists dialogs with filters, sorting and paging, and counts them", async () => {
      const first = await createGroup("Listing one")
      const second = await createGroup("Listing two")
      const listed = ok(
        await guest.client.GET("/chat/Dialog.json", {
          params: {
            query: {
              type: { in: [2, 3] },
              name: { ctn: "Listing" },
              extensions: { location: "Sun bar" },
              sort_desc: "created_at",
              limit: 10,
            },
          },
        }),
      )
      expect("items" in listed && listed.items.map((dialog) => dialog._id)).toEqual([second._id, first._id])
      expect(listed).toMatchObject({ total_entries: 2, skip: 0, limit: 10 })

      const paged = ok(
        await guest.client.GET("/chat/Dialog.json", {
          params: { query: { name: { ctn: "Listing" }, sort_asc: "created_at", limit: 1, skip: 1 } },
        }),
      )
      expect("items" in paged && paged.items.map((dialog) => dialog._id)).toEqual([second._id])

      const counted = ok(
        await guest.client.GET("/chat/Dialog.json", {
          params: { query: { name: { ctn: "Listing" }, count: 1 } },
        }),
      )
      expect(counted).toEqual({ items_count: 2 })

      const badFilter = await guest.client.GET("/chat/Dialog.json", {
        params: { query: { extensions: { secret: "x" } } },
      })
      expect(refused(badFilter)).toEqual({
        status: 422,
        errors: { extensions: ["'secret' is not an allowed field"] },
      })
    })

    it("updates a dialog's fields and occupants, and refuses a member removing the owner", async () => {
      const dialog = await createGroup("Before")
      const updated = ok(
        await owner.client.PUT("/chat/Dialog/{dialogId}.json", {
          params: { path: { dialogId: dialog._id } },
          body: {
            name: "After",
            description: "renamed",
            push_all: { occupants_ids: [third.user.id] },
            permissions: { allow_preview: true },
          },
        }),
      )
      expect(updated).toMatchObject({
        name: "After",
        description: "renamed",
        permissions: { allow_preview: true },
      })
      expect(updated.occupants_ids).toContain(third.user.id)

      const left = ok(
        await owner.client.PUT("/chat/Dialog/{dialogId}.json", {
          params: { path: { dialogId: dialog._id } },
          body: { pull_all: { occupants_ids: [third.user.id] } },
        }),
      )
      expect(left.occupants_ids).not.toContain(third.user.id)

      const mutiny = await guest.client.PUT("/chat/Dialog/{dialogId}.json", {
        params: { path: { dialogId: dialog._id } },
        body: { pull_all: { occupants_ids: [owner.user.id] } },
      })
      expect(refused(mutiny)).toEqual({
        status: 403,
        errors: { base: ["Only the owner and admins remove other occupants"] },
      })
    })

    it("adds and removes admins (owner only)", async () => {
      const dialog = await createGroup("Admins")
      const promoted = ok(
        await owner.client.PUT("/chat/Dialog/{dialogId}/admins.json", {
          params: { path: { dialogId: dialog._id } },
          body: { push_all: { admins_ids: [guest.user.id, third.user.id] } },
        }),
      )
      expect([...promoted.admins_ids].sort()).toEqual([guest.user.id, third.user.id].sort())
      // Admins of a group are occupants too.
      expect(promoted.occupants_ids).toContain(third.user.id)

      const demoted = ok(
        await owner.client.PUT("/chat/Dialog/{dialogId}/admins.json", {
          params: { path: { dialogId: dialog._id } },
          body: { pull_all: { admins_ids: [third.user.id] } },
        }),
      )
      expect(demoted.admins_ids).toEqual([guest.user.id])

      const notOwner = await guest.client.PUT("/chat/Dialog/{dialogId}/admins.json", {
        params: { path: { dialogId: dialog._id } },
        body: { push_all: { admins_ids: [third.user.id] } },
      })
      expect(refused(notOwner)).toEqual({ status: 403, errors: { base: ["Only the owner changes admins"] } })
    })

    it("subscribes to a public dialog, lists its subscribers, and unsubscribes", async () => {
      const square = ok(await owner.client.POST("/chat/Dialog.json", { body: { type: 4, name: "Square" } }))
      expect(square).toMatchObject({ type: 4, name: "Square", occupants_ids: [], occupants_count: 1 })

      const joined = ok(
        await guest.client.POST("/chat/Dialog/{dialogId}/subscribe.json", {
          params: { path: { dialogId: square._id } },
        }),
      )
      expect(joined).toMatchObject({ _id: square._id, type: 4, occupants_count: 2 })

      const subscribers = ok(
        await third.client.GET("/chat/Dialog/{dialogId}/occupants.json", {
          params: { path: { dialogId: square._id }, query: { limit: 10, skip: 0 } },
        }),
      )
      expect(subscribers.items.map((user) => user.id).sort()).toEqual([owner.user.id, guest.user.id].sort())

      const left = await guest.client.DELETE("/chat/Dialog/{dialogId}/subscribe.json", {
        params: { path: { dialogId: square._id } },
      })
      expect(ok(left)).toBeUndefined()
      const after = ok(
        await third.client.GET("/chat/Dialog/{dialogId}/occupants.json", {
          params: { path: { dialogId: square._id } },
        }),
      )
      expect(after.items.map((user) => user.id)).toEqual([owner.user.id])

      const group = await createGroup("Not public")
      const wrongType = await third.client.POST("/chat/Dialog/{dialogId}/subscribe.json", {
        params: { path: { dialogId: group._id } },
      })
      expect(refused(wrongType)).toEqual({
        status: 403,
        errors: { base: ["Only public dialogs can be subscribed to"] },
      })
    })

    it("reads and changes the dialog's push-notification setting (occupants only)", async () => {
      const dialog = await createGroup("Quiet")
      const path = { params: { path: { dialogId: dialog._id } } }
      expect(ok(await guest.client.GET("/chat/Dialog/{dialogId}/notifications.json", path))).toEqual({
        notifications: { enabled: 1 },
      })
      const muted = ok(
        await guest.client.PUT("/chat/Dialog/{dialogId}/notifications.json", {
          ...path,
          body: { enabled: 0 },
        }),
      )
      expect(muted).toEqual({ notifications: { enabled: 0 } })
      expect(ok(await guest.client.GET("/chat/Dialog/{dialogId}/notifications.json", path))).toEqual({
        notifications: { enabled: 0 },
      })
      expect(ok(await owner.client.GET("/chat/Dialog/{dialogId}/notifications.json", path))).toEqual({
        notifications: { enabled: 1 },
      })

      const outsider = await third.client.GET("/chat/Dialog/{dialogId}/notifications.json", path)
      expect(refused(outsider)).toEqual({
        status: 403,
        errors: { base: ["You are not an occupant of this dialog"] },
      })
    })

    it("clears the history for the caller only, or for everyone with force", async () => {
      const dialog = await createGroup("History")
      const send = async (text: string) =>
        ok(
          await owner.client.POST("/chat/Message.json", {
            body: { chat_dialog_id: dialog._id, message: text },
          }),
        )
      const texts = async (member: Member) =>
        ok(
          await member.client.GET("/chat/Message.json", {
            params: { query: { chat_dialog_id: dialog._id, mark_as_read: 0 } },
          }),
        ).items.map((message) => message.message)
      await send("one")
      await send("two")

      const cleared = await guest.client.DELETE("/chat/Dialog/clearHistory/{dialogId}.json", {
        params: { path: { dialogId: dialog._id } },
      })
      expect(ok(cleared)).toBeUndefined()
      expect(await texts(guest)).toEqual([])
      expect(await texts(owner)).toEqual(["one", "two"])
      await send("three")
      expect(await texts(guest)).toEqual(["three"])

      const notOwner = await guest.client.DELETE("/chat/Dialog/clearHistory/{dialogId}.json", {
        params: { path: { dialogId: dialog._id } },
        body: { force: 1 },
      })
      expect(refused(notOwner)).toEqual({
        status: 403,
        errors: { base: ["Only the owner clears the history for everyone"] },
      })
      ok(
        await owner.client.DELETE("/chat/Dialog/clearHistory/{dialogId}.json", {
          params: { path: { dialogId: dialog._id } },
          body: { force: 1 },
        }),
      )
      expect(await texts(owner)).toEqual([])
    })

    it("deletes one dialog (empty answer) or several (a DeleteResult), and refuses a non-owner's force", async () => {
      const one = await createGroup("Delete one")
      const forced = await guest.client.DELETE("/chat/Dialog/{dialogId}.json", {
        params: { path: { dialogId: one._id } },
        body: { force: 1 },
      })
      expect(refused(forced)).toEqual({
        status: 403,
        errors: { base: ["Only the owner deletes a dialog for everyone"] },
      })
      // Without force the guest leaves the group.
      const left = await guest.client.DELETE("/chat/Dialog/{dialogId}.json", {
        params: { path: { dialogId: one._id } },
      })
      expect(ok(left)).toBeUndefined()
      const ownerView = ok(
        await owner.client.GET("/chat/Dialog.json", { params: { query: { _id: one._id } } }),
      )
      expect("items" in ownerView && ownerView.items[0]?.occupants_ids).toEqual([owner.user.id])

      const two = await createGroup("Delete two")
      const three = await createGroup("Delete three")
      const deleted = ok(
        await owner.client.DELETE("/chat/Dialog/{dialogId}.json", {
          params: { path: { dialogId: [two._id, three._id, missingId] } },
          body: { force: true },
        }),
      )
      expect(deleted).toEqual({
        SuccessfullyDeleted: { ids: [two._id, three._id] },
        NotFound: { ids: [missingId] },
        WrongPermissions: { ids: [] },
      })
      const remaining = ok(
        await guest.client.GET("/chat/Dialog.json", {
          params: { query: { _id: { in: [two._id, three._id] } } },
        }),
      )
      expect("items" in remaining && remaining.items).toEqual([])
    })
  })
}
