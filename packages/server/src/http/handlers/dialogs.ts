import { isObjectId, splitIdList } from "../../ids.ts"
import { canRead, isOccupant } from "../../services/dialogAccess.ts"
import type { DialogFilterField, DialogSortField } from "../../storage/DialogsStore.ts"
import type { FieldFilter } from "../../storage/FieldFilter.ts"
import type { DialogType } from "../../storage/records.ts"
import { type CubeContext, type Handlers, requireUser } from "../CubeContext.ts"
import { isOn, pageLimit, pageSkip, parseFilter, parseSort } from "../chatFilters.ts"
import {
  allowedExtensions,
  dialogParam,
  dialogText,
  extensionsOf,
  maxDialogAdmins,
  permissionsOf,
  requireUsers,
  userIdsOf,
  viewJson,
} from "../chatInput.ts"
import { type ArrayChanges, checkAdmins, dialogChangesOf } from "../dialogChanges.ts"
import { forbidden, invalid, notFound } from "../HttpError.ts"
import { dialogJson } from "../wire/dialogJson.ts"
import { userJson } from "../wire/userJson.ts"

const sortFields: Record<string, DialogSortField> = {
  last_message_date_sent: "last_message_date_sent",
  date_sent: "last_message_date_sent",
  created_at: "created_at",
  updated_at: "updated_at",
  _id: "_id",
  name: "name",
}

const dialogFilters = (ctx: CubeContext): FieldFilter<DialogFilterField>[] => {
  const query = ctx.query
  const filters: FieldFilter<DialogFilterField>[] = [
    ...parseFilter("_id", "id", query._id),
    ...parseFilter("type", "int", query.type),
    ...parseFilter("name", "text", query.name),
    ...parseFilter("last_message_date_sent", "int", query.last_message_date_sent),
    ...parseFilter("created_at", "time", query.created_at),
    ...parseFilter("updated_at", "time", query.updated_at),
  ]
  const extensions = query.extensions
  if (extensions !== undefined) {
    if (typeof extensions !== "object" || extensions === null || Array.isArray(extensions)) {
      throw invalid("extensions", "filter as extensions[field]=value")
    }
    const allowed = allowedExtensions(ctx.app)
    for (const [key, raw] of Object.entries(extensions as Record<string, unknown>)) {
      if (!allowed.includes(key)) throw invalid("extensions", `'${key.slice(0, 40)}' is not an allowed field`)
      filters.push(...parseFilter(`extensions.${key}` as const, "text", raw))
    }
  }
  return filters
}

/** Outcome of deleting one dialog for the caller. */
type DeleteOutcome = "deleted" | "notFound" | "forbidden"

const deleteOne = async (
  ctx: CubeContext,
  me: number,
  id: string,
  force: boolean,
): Promise<DeleteOutcome> => {
  const dialogs = ctx.server.storage.dialogs
  const dialog = isObjectId(id) ? await dialogs.get(ctx.app.id, id.toLowerCase()) : undefined
  if (dialog === undefined) return "notFound"
  if (force) {
    const allowed = dialog.type === 3 ? isOccupant(dialog, me) : dialog.ownerId === me
    if (!allowed) return "forbidden"
    await dialogs.delete(ctx.app.id, dialog.id)
    return "deleted"
  }
  if (!isOccupant(dialog, me)) return "forbidden"
  if (dialog.type === 3) await dialogs.hide(ctx.app.id, dialog.id, me)
  else await dialogs.update(ctx.app.id, dialog.id, { removeOccupants: [me] })
  return "deleted"
}

export const dialogHandlers: Handlers = {
  /** GET /chat/Dialog.json: the caller's dialogs, filtered, sorted and paged, or their count. */
  listDialogs: async (ctx) => {
    const me = requireUser(ctx)
    const filters = dialogFilters(ctx)
    if (isOn(ctx.query.count)) {
      return {
        items_count: await ctx.server.storage.dialogs.count({ appId: ctx.app.id, userId: me, filters }),
      }
    }
    const limit = pageLimit(ctx.query.limit, 100, 100)
    const skip = pageSkip(ctx.query.skip)
    const sort = parseSort(ctx.query, sortFields)
    const page = await ctx.server.storage.dialogs.list({
      appId: ctx.app.id,
      userId: me,
      filters,
      ...(sort === undefined ? {} : { sort }),
      limit,
      offset: skip,
    })
    const chatDomain = ctx.server.config.chatDomain
    return {
      total_entries: page.total,
      skip,
      limit,
      items: page.items.map((view) => dialogJson(view, chatDomain)),
    }
  },

  /** POST /chat/Dialog.json: a new dialog owned by the caller; a private one is found or created. */
  createDialog: async (ctx) => {
    const me = requireUser(ctx)
    const body = (ctx.body ?? {}) as Record<string, unknown>
    const type = Number(body.type) as DialogType
    if (![1, 2, 3, 4].includes(type))
      throw invalid("type", "must be 1 (broadcast), 2 (group), 3 (private) or 4 (public)")
    const occupants = userIdsOf(body.occupants_ids, "occupants_ids").filter((id) => id !== me)
    if (type === 3) {
      if (occupants.length !== 1)
        throw invalid("occupants_ids", "a private dialog needs exactly one other user")
      await requireUsers(ctx, occupants, "occupants_ids")
      const { dialog, created } = await ctx.server.storage.dialogs.privateDialog(
        ctx.app.id,
        me,
        occupants[0]!,
      )
      ctx.reply.code(created ? 201 : 200)
      return viewJson(ctx.server, ctx.app.id, dialog.id, me)
    }
    const name = dialogText(body.name, "name")
    if (typeof name !== "string" || name.trim() === "") throw invalid("name", "is required")
    if (type === 2 && body.occupants_ids === undefined)
      throw invalid("occupants_ids", "is required for a group dialog")
    const admins = userIdsOf(body.admins_ids, "admins_ids")
    if (admins.length > maxDialogAdmins)
      throw invalid("admins_ids", `a dialog has at most ${maxDialogAdmins} admins`)
    await requireUsers(ctx, occupants, "occupants_ids")
    await requireUsers(ctx, admins, "admins_ids")
    const dialog = await ctx.server.storage.dialogs.create({
      appId: ctx.app.id,
      type,
      ownerId: me,
      name,
      description: dialogText(body.description, "description") ?? null,
      photo: dialogText(body.photo, "photo") ?? null,
      // Admins of members-only dialogs are members; public admins need not subscribe.
      occupantIds: [me, ...occupants, ...(type === 4 ? [] : admins)],
      adminIds: admins.filter((id) => id !== me),
      extensions:
        body.extensions === undefined || body.extensions === null
          ? null
          : extensionsOf(ctx.app, body.extensions),
      permissions: permissionsOf(body.permissions) ?? null,
    })
    ctx.reply.code(201)
    return viewJson(ctx.server, ctx.app.id, dialog.id, me)
  },

  /** PUT /chat/Dialog/{dialogId}.json: what changes depends on the caller's role (see checkRemoval/checkAdmins). */
  updateDialog: async (ctx) => {
    const me = requireUser(ctx)
    const dialog = await dialogParam(ctx, ctx.params.dialogId)
    const changes = await dialogChangesOf(ctx, dialog, me)
    if (Object.keys(changes).length > 0)
      await ctx.server.storage.dialogs.update(ctx.app.id, dialog.id, changes)
    return viewJson(ctx.server, ctx.app.id, dialog.id, me)
  },

  /** DELETE /chat/Dialog/{ids}.json: for the caller (leave or hide), or with force=1 for everyone. */
  deleteDialogs: async (ctx) => {
    const me = requireUser(ctx)
    const ids = splitIdList(ctx.params.dialogId)
    if (ids.length > 100) throw invalid("dialogId", "at most 100 ids at once")
    const force = isOn((ctx.body as Record<string, unknown> | undefined)?.force)
    const result = {
      SuccessfullyDeleted: { ids: [] as string[] },
      NotFound: { ids: [] as string[] },
      WrongPermissions: { ids: [] as string[] },
    }
    for (const id of ids) {
      const outcome = await deleteOne(ctx, me, id, force)
      const bucket =
        outcome === "deleted"
          ? result.SuccessfullyDeleted
          : outcome === "notFound"
            ? result.NotFound
            : result.WrongPermissions
      bucket.ids.push(id)
    }
    if (ids.length > 1) return result
    if (result.NotFound.ids.length > 0) throw notFound("Dialog")
    if (result.WrongPermissions.ids.length > 0) {
      throw forbidden(
        force ? "Only the owner deletes a dialog for everyone" : "You are not an occupant of this dialog",
      )
    }
    return undefined
  },

  /** PUT /chat/Dialog/{dialogId}/admins.json: owner only. */
  updateDialogAdmins: async (ctx) => {
    const me = requireUser(ctx)
    const dialog = await dialogParam(ctx, ctx.params.dialogId)
    const body = (ctx.body ?? {}) as { push_all?: ArrayChanges; pull_all?: ArrayChanges }
    const add = userIdsOf(body.push_all?.admins_ids, "admins_ids")
    const remove = userIdsOf(body.pull_all?.admins_ids, "admins_ids")
    if (add.length === 0 && remove.length === 0) {
      if (dialog.ownerId !== me) throw forbidden("Only the owner changes admins")
      throw invalid("admins_ids", "push_all or pull_all needs admins_ids")
    }
    await checkAdmins(ctx, dialog, me, add, remove)
    await ctx.server.storage.dialogs.update(ctx.app.id, dialog.id, {
      addAdmins: add.filter((id) => id !== dialog.ownerId),
      removeAdmins: remove,
      ...(dialog.type !== 4 && add.length > 0 ? { addOccupants: add } : {}),
    })
    return viewJson(ctx.server, ctx.app.id, dialog.id, me)
  },

  /** POST /chat/Dialog/{dialogId}/subscribe.json: public dialogs only. */
  subscribeDialog: async (ctx) => {
    const me = requireUser(ctx)
    const dialog = await dialogParam(ctx, ctx.params.dialogId)
    if (dialog.type !== 4) throw forbidden("Only public dialogs can be subscribed to")
    if (!isOccupant(dialog, me))
      await ctx.server.storage.dialogs.update(ctx.app.id, dialog.id, { addOccupants: [me] })
    return viewJson(ctx.server, ctx.app.id, dialog.id, me)
  },

  /** DELETE /chat/Dialog/{dialogId}/subscribe.json */
  unsubscribeDialog: async (ctx) => {
    const me = requireUser(ctx)
    const dialog = await dialogParam(ctx, ctx.params.dialogId)
    if (dialog.type !== 4) throw forbidden("Only public dialogs can be unsubscribed from")
    if (isOccupant(dialog, me))
      await ctx.server.storage.dialogs.update(ctx.app.id, dialog.id, { removeOccupants: [me] })
    return undefined
  },

  /** GET /chat/Dialog/{dialogId}/notifications.json: occupants only. */
  getDialogNotifications: async (ctx) => {
    const me = requireUser(ctx)
    const dialog = await dialogParam(ctx, ctx.params.dialogId)
    const occupancy = await ctx.server.storage.dialogs.occupancy(ctx.app.id, dialog.id, me)
    if (occupancy === undefined) throw forbidden("You are not an occupant of this dialog")
    return { notifications: { enabled: occupancy.notificationsEnabled ? 1 : 0 } }
  },

  /** PUT /chat/Dialog/{dialogId}/notifications.json */
  updateDialogNotifications: async (ctx) => {
    const me = requireUser(ctx)
    const dialog = await dialogParam(ctx, ctx.params.dialogId)
    if (!isOccupant(dialog, me)) throw forbidden("You are not an occupant of this dialog")
    const raw = (ctx.body as Record<string, unknown> | undefined)?.enabled
    if (![0, 1, "0", "1", true, false].includes(raw as never)) throw invalid("enabled", "must be 0 or 1")
    const enabled = isOn(raw)
    await ctx.server.storage.dialogs.setNotifications(ctx.app.id, dialog.id, me, enabled)
    return { notifications: { enabled: enabled ? 1 : 0 } }
  },

  /** GET /chat/Dialog/{dialogId}/occupants.json: the users of a dialog the caller may read. */
  listDialogOccupants: async (ctx) => {
    const me = requireUser(ctx)
    const dialog = await dialogParam(ctx, ctx.params.dialogId)
    if (!canRead(dialog, me)) throw forbidden("You are not an occupant of this dialog")
    const limit = pageLimit(ctx.query.limit, 100, 100)
    const ids = await ctx.server.storage.dialogs.occupantIds(
      ctx.app.id,
      dialog.id,
      limit,
      pageSkip(ctx.query.skip),
    )
    const users = await ctx.server.storage.users.getMany(ctx.app.id, ids)
    return { items: users.map(userJson) }
  },

  /** DELETE /chat/Dialog/clearHistory/{dialogId}.json: for the caller; with force=1 (owner) for everyone. */
  clearDialogHistory: async (ctx) => {
    const me = requireUser(ctx)
    const dialog = await dialogParam(ctx, ctx.params.dialogId)
    if (!isOccupant(dialog, me)) throw forbidden("You are not an occupant of this dialog")
    if (isOn((ctx.body as Record<string, unknown> | undefined)?.force)) {
      const allowed = dialog.type === 3 || dialog.ownerId === me
      if (!allowed) throw forbidden("Only the owner clears the history for everyone")
      const ids = await ctx.server.storage.messages.deleteAll(ctx.app.id, dialog.id)
      const updated = await ctx.server.storage.dialogs.get(ctx.app.id, dialog.id)
      if (ids.length > 0 && updated !== undefined) {
        ctx.server.events.emit("chat.messagesDeleted", {
          appId: ctx.app.id,
          dialog: updated,
          messageIds: ids,
          byUserId: me,
        })
      }
      return undefined
    }
    await ctx.server.storage.dialogs.clearHistory(ctx.app.id, dialog.id, me)
    return undefined
  },
}
