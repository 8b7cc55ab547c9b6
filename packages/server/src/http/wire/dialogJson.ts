import { roomJid } from "../../services/dialogAccess.ts"
import type { DialogView } from "../../storage/records.ts"
import { isoTime } from "./time.ts"

/**
 * The dialog object of the REST API as one user sees it. Public dialogs count their subscribers
 * in `occupants_count` and list none in `occupants_ids`.
 */
export const dialogJson = (view: DialogView, chatDomain: string) => {
  const dialog = view.dialog
  const isPublic = dialog.type === 4
  return {
    _id: dialog.id,
    user_id: dialog.ownerId,
    type: dialog.type,
    name: dialog.name,
    description: dialog.description,
    photo: dialog.photo,
    occupants_ids: isPublic ? [] : dialog.occupantIds,
    ...(isPublic ? { occupants_count: dialog.occupantIds.length } : {}),
    admins_ids: dialog.adminIds,
    pinned_messages_ids: dialog.pinnedMessageIds,
    last_message: dialog.lastMessage,
    last_message_date_sent: dialog.lastMessageDateSent,
    last_message_id: dialog.lastMessageId,
    last_message_user_id: dialog.lastMessageUserId,
    last_message_status: view.lastMessageStatus,
    unread_messages_count: view.unreadCount,
    xmpp_room_jid: roomJid(dialog, chatDomain),
    extensions: dialog.extensions,
    permissions: dialog.permissions === null ? null : { allow_preview: dialog.permissions.allowPreview },
    created_at: isoTime(dialog.createdAt),
    updated_at: isoTime(dialog.updatedAt),
  }
}
