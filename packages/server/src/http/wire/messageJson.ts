import type { MessageRecord } from "../../storage/records.ts"
import { isoTime } from "./time.ts"

/** The reaction summary for one viewer: their own reactions and a count per reaction; null when none. */
export const reactionsJson = (message: MessageRecord, viewerId: number) => {
  const entries = Object.entries(message.reactions)
  if (entries.length === 0) return null
  const total: Record<string, number> = Object.create(null)
  for (const [reaction, userIds] of entries) total[reaction] = userIds.length
  return {
    own: entries.filter(([, userIds]) => userIds.includes(viewerId)).map(([reaction]) => reaction),
    total,
  }
}

/**
 * The message object of the REST API as one user sees it (`read`, own reactions). Custom fields
 * come first so a stored custom key can never mask a standard one.
 */
export const messageJson = (message: MessageRecord, viewerId: number) => ({
  ...message.custom,
  _id: message.id,
  chat_dialog_id: message.dialogId,
  message: message.body,
  date_sent: message.dateSent,
  sender_id: message.senderId,
  recipient_id: message.recipientId,
  attachments: message.attachments,
  read_ids: message.readIds,
  delivered_ids: message.deliveredIds,
  views_count: message.readIds.filter((userId) => userId !== message.senderId).length,
  read: message.readIds.includes(viewerId) ? 1 : 0,
  reactions: reactionsJson(message, viewerId),
  created_at: isoTime(message.createdAt),
  updated_at: isoTime(message.updatedAt),
})
