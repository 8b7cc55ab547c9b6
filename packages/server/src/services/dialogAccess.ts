import type { DialogRecord } from "../storage/records.ts"

/** Whether the user is a member (for public dialogs: a subscriber). */
export const isOccupant = (dialog: DialogRecord, userId: number): boolean =>
  dialog.occupantIds.includes(userId)

/** The owner and the admins manage a dialog. */
export const isDialogAdmin = (dialog: DialogRecord, userId: number): boolean =>
  dialog.ownerId === userId || dialog.adminIds.includes(userId)

/** Members read their dialogs; anyone of the app reads a public one. */
export const canRead = (dialog: DialogRecord, userId: number): boolean =>
  dialog.type === 4 || isOccupant(dialog, userId)

/** Broadcast: only the owner and admins post; public: anyone of the app; otherwise members. */
export const canPost = (dialog: DialogRecord, userId: number): boolean => {
  if (dialog.type === 1) return isDialogAdmin(dialog, userId)
  if (dialog.type === 4) return true
  return isOccupant(dialog, userId)
}

/** The MUC room of a dialog (`{appId}_{dialogId}@muc.{chatDomain}`); private dialogs have none. */
export const roomJid = (dialog: DialogRecord, chatDomain: string): string | null =>
  dialog.type === 3 ? null : `${dialog.appId}_${dialog.id}@muc.${chatDomain}`
