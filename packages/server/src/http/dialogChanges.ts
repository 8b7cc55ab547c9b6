import { isObjectId } from "../ids.ts"
import { isDialogAdmin, isOccupant } from "../services/dialogAccess.ts"
import type { DialogChanges } from "../storage/DialogsStore.ts"
import type { DialogRecord } from "../storage/records.ts"
import type { CubeContext } from "./CubeContext.ts"
import {
  dialogText,
  extensionsOf,
  maxDialogAdmins,
  permissionsOf,
  requireUsers,
  userIdsOf,
} from "./chatInput.ts"
import { forbidden, invalid } from "./HttpError.ts"

/** What removing `userIds` from a dialog means for `me`: leaving is free, removing others needs admin rights. */
const checkRemoval = (dialog: DialogRecord, me: number, userIds: ReadonlyArray<number>) => {
  const others = userIds.filter((id) => id !== me)
  if (others.length === 0) return
  if (!isDialogAdmin(dialog, me)) throw forbidden("Only the owner and admins remove other occupants")
  if (others.includes(dialog.ownerId)) throw forbidden("The owner cannot be removed")
}

/** Admin ids after a change: owner only, at most 5, users of the app. */
export const checkAdmins = async (
  ctx: CubeContext,
  dialog: DialogRecord,
  me: number,
  add: number[],
  remove: number[],
) => {
  if (add.length === 0 && remove.length === 0) return
  if (dialog.type === 3) throw invalid("admins_ids", "private dialogs have no admins")
  if (dialog.ownerId !== me) throw forbidden("Only the owner changes admins")
  await requireUsers(ctx, add, "admins_ids")
  const after = new Set([...dialog.adminIds.filter((id) => !remove.includes(id)), ...add])
  if (after.size > maxDialogAdmins)
    throw invalid("admins_ids", `a dialog has at most ${maxDialogAdmins} admins`)
}

export type ArrayChanges = { occupants_ids?: unknown; admins_ids?: unknown; pinned_messages_ids?: unknown }

const messageIdsOf = (value: unknown): string[] => {
  if (value === undefined) return []
  if (!Array.isArray(value) || !value.every(isObjectId))
    throw invalid("pinned_messages_ids", "must be an array of message ids")
  return [...new Set(value as string[])]
}

/**
 * The change a `PUT /chat/Dialog/{id}.json` body asks for, checked against the caller's role:
 * owner and admins edit the dialog and its members, anyone leaves by pulling themself, only the
 * owner changes admins, and a private dialog keeps its two members and has no metadata.
 */
export const dialogChangesOf = async (
  ctx: CubeContext,
  dialog: DialogRecord,
  me: number,
): Promise<DialogChanges> => {
  const body = (ctx.body ?? {}) as Record<string, unknown> & {
    push_all?: ArrayChanges
    pull_all?: ArrayChanges
  }
  const admin = isDialogAdmin(dialog, me)
  if (!isOccupant(dialog, me) && !admin) throw forbidden("You are not an occupant of this dialog")
  const push = body.push_all ?? {}
  const pull = body.pull_all ?? {}
  const changes: { -readonly [K in keyof DialogChanges]: DialogChanges[K] } = {}

  const name = dialogText(body.name, "name")
  const description = dialogText(body.description, "description")
  const photo = dialogText(body.photo, "photo")
  const permissions = permissionsOf(body.permissions)
  const metadata = [name, description, photo, permissions, body.extensions].some(
    (value) => value !== undefined,
  )
  if (metadata) {
    if (dialog.type === 3)
      throw invalid("base", "a private dialog has no name, photo, description, extensions or permissions")
    if (!admin) throw forbidden("Only the owner and admins change the dialog")
    if (name !== undefined && (name === null || name.trim() === "")) throw invalid("name", "cannot be empty")
    if (name !== undefined) changes.name = name
    if (description !== undefined) changes.description = description
    if (photo !== undefined) changes.photo = photo
    if (permissions !== undefined) changes.permissions = permissions
    if (body.extensions === null) changes.extensions = null
    else if (body.extensions !== undefined)
      changes.extensions = { ...dialog.extensions, ...extensionsOf(ctx.app, body.extensions) }
  }

  const addOccupants = userIdsOf(push.occupants_ids, "occupants_ids")
  const removeOccupants = userIdsOf(pull.occupants_ids, "occupants_ids")
  if ((addOccupants.length > 0 || removeOccupants.length > 0) && dialog.type === 3) {
    throw invalid("occupants_ids", "the occupants of a private dialog cannot change")
  }
  if (addOccupants.length > 0) {
    if (!admin) throw forbidden("Only the owner and admins add occupants")
    await requireUsers(ctx, addOccupants, "occupants_ids")
    changes.addOccupants = addOccupants
  }
  if (removeOccupants.length > 0) {
    checkRemoval(dialog, me, removeOccupants)
    changes.removeOccupants = removeOccupants
  }

  const addAdmins = userIdsOf(push.admins_ids, "admins_ids")
  const removeAdmins = userIdsOf(pull.admins_ids, "admins_ids")
  await checkAdmins(ctx, dialog, me, addAdmins, removeAdmins)
  if (addAdmins.length > 0) {
    changes.addAdmins = addAdmins.filter((id) => id !== dialog.ownerId)
    if (dialog.type !== 4) changes.addOccupants = [...(changes.addOccupants ?? []), ...addAdmins]
  }
  if (removeAdmins.length > 0) changes.removeAdmins = removeAdmins

  const addPinned = messageIdsOf(push.pinned_messages_ids)
  const removePinned = messageIdsOf(pull.pinned_messages_ids)
  if (addPinned.length > 0 || removePinned.length > 0) {
    if (!admin && dialog.type !== 3) throw forbidden("Only the owner and admins pin messages")
    const found = await ctx.server.storage.messages.getMany(ctx.app.id, addPinned)
    const missing = addPinned.filter(
      (id) => !found.some((message) => message.id === id && message.dialogId === dialog.id),
    )
    if (missing.length > 0)
      throw invalid("pinned_messages_ids", `not messages of this dialog: ${missing.slice(0, 10).join(", ")}`)
    changes.addPinned = addPinned
    changes.removePinned = removePinned
  }
  return changes
}
