import { conflict, forbidden, invalid, notFound } from "../http/HttpError.ts"
import { isObjectId, nowSeconds, objectId } from "../ids.ts"
import { MessageIdTaken, type NewMessage, type SaveResult } from "../storage/MessagesStore.ts"
import type { DialogRecord, MessageRecord } from "../storage/records.ts"
import type { Storage } from "../storage/Storage.ts"
import type { ChatService, IncomingMessage, QueuedMessage, ReactionChange } from "./ChatService.ts"
import { canPost, canRead, isDialogAdmin } from "./dialogAccess.ts"
import { GroupCommit } from "./GroupCommit.ts"

/** Longest message body, in characters. */
export const maxMessageLength = 65_536
/** Most attachments on one message. */
export const maxAttachments = 50
/** Largest custom-field payload of one message, as JSON text. */
export const maxCustomBytes = 64 * 1024
/** Longest reaction text. */
export const maxReactionLength = 64
/** Most messages in one group commit (one transaction); more in one turn start another. */
const maxGroupCommit = 512

const checkBody = (body: string | null) => {
  if (body !== null && body.length > maxMessageLength)
    throw invalid("message", `is too long (at most ${maxMessageLength} characters)`)
}

const checkShape = (message: IncomingMessage) => {
  checkBody(message.body)
  if (message.attachments.length > maxAttachments)
    throw invalid("attachments", `at most ${maxAttachments} attachments`)
  for (const attachment of message.attachments) {
    for (const value of Object.values(attachment)) {
      if (typeof value !== "string" && typeof value !== "number")
        throw invalid("attachments", "attachment values must be strings or numbers")
    }
  }
  if (JSON.stringify(message.custom).length > maxCustomBytes)
    throw invalid("base", `custom fields are too large (at most ${maxCustomBytes} bytes)`)
}

/** The chat rules over a storage; see `ChatService`. Emits no events: the side that calls it relays. */
export const createChatService = (storage: Storage): ChatService => {
  const dialogOf = async (appId: number, dialogId: string): Promise<DialogRecord> => {
    const dialog = isObjectId(dialogId) ? await storage.dialogs.get(appId, dialogId.toLowerCase()) : undefined
    if (dialog === undefined) throw notFound("Dialog")
    return dialog
  }

  const messageOf = async (appId: number, messageId: string): Promise<MessageRecord> => {
    const message = isObjectId(messageId)
      ? await storage.messages.get(appId, messageId.toLowerCase())
      : undefined
    if (message === undefined) throw notFound("Message")
    return message
  }

  const dialogForReader = async (appId: number, dialogId: string, userId: number): Promise<DialogRecord> => {
    const dialog = await dialogOf(appId, dialogId)
    if (!canRead(dialog, userId)) throw forbidden("You are not an occupant of this dialog")
    return dialog
  }

  const dialogForSender = async (appId: number, dialogId: string, userId: number): Promise<DialogRecord> => {
    const dialog = await dialogOf(appId, dialogId)
    if (!canPost(dialog, userId)) {
      throw forbidden(
        dialog.type === 1
          ? "Only the owner and admins post to a broadcast dialog"
          : "You are not an occupant of this dialog",
      )
    }
    return dialog
  }

  const checkPeer = async (appId: number, userId: number, peerId: number): Promise<void> => {
    if (!Number.isInteger(peerId) || peerId <= 0) throw invalid("recipient_id", "is not a user id")
    if (peerId === userId) throw invalid("recipient_id", "cannot be yourself")
    if (!(await storage.users.exists(appId, peerId))) throw notFound("User")
  }

  const privateDialog = async (appId: number, userId: number, peerId: number): Promise<DialogRecord> => {
    await checkPeer(appId, userId, peerId)
    return (await storage.dialogs.privateDialog(appId, userId, peerId)).dialog
  }

  /**
   * Where a 1-1 message goes: its private dialog's id, read from one index entry when the dialog
   * exists (storing the message shows it again to whoever hid it), created otherwise.
   */
  const privateDialogFor = async (appId: number, userId: number, peerId: number): Promise<string> => {
    await checkPeer(appId, userId, peerId)
    return (
      (await storage.dialogs.privateDialogId(appId, userId, peerId)) ??
      (await storage.dialogs.privateDialog(appId, userId, peerId)).dialog.id
    )
  }

  const mark = async (
    appId: number,
    userId: number,
    dialogId: string,
    ids: ReadonlyArray<string> | "all",
    marker: "read" | "delivered",
  ) => {
    const dialog = await dialogForReader(appId, dialogId, userId)
    if (ids !== "all" && ids.length === 0) return []
    const wanted = ids === "all" ? ids : ids.filter(isObjectId).map((id) => id.toLowerCase())
    return storage.messages.mark(appId, userId, dialog.id, wanted, marker)
  }

  const saves = new GroupCommit<NewMessage, SaveResult>((batch) => storage.messages.saveMany(batch), {
    maxBatch: maxGroupCommit,
  })

  const queueMessage = async (incoming: IncomingMessage): Promise<QueuedMessage> => {
    if (incoming.id !== undefined && !isObjectId(incoming.id))
      throw invalid("_id", "is not a 24-hex message id")
    // Ids are hex: one message whatever the case the client wrote it in.
    const id = incoming.id?.toLowerCase()
    if (id !== undefined) {
      // A retry of a stored message is acknowledged as it was, whatever changed since.
      const senderId = await storage.messages.senderOf(incoming.appId, id)
      if (senderId !== undefined) {
        if (senderId !== incoming.senderId) throw conflict("This message id is already used")
        const message = (await storage.messages.get(incoming.appId, id))!
        const dialog = (await storage.dialogs.get(incoming.appId, message.dialogId))!
        return { stored: Promise.resolve({ message, dialog, duplicate: true }) }
      }
    }
    checkShape(incoming)
    let where: { readonly dialogId: string; readonly recipientId: number }
    if (incoming.dialogId !== undefined) {
      const dialog = await dialogForSender(incoming.appId, incoming.dialogId, incoming.senderId)
      const peer = dialog.type === 3 ? dialog.occupantIds.find((id) => id !== incoming.senderId) : undefined
      where = { dialogId: dialog.id, recipientId: peer ?? 0 }
    } else if (incoming.recipientId !== undefined) {
      const { appId, senderId, recipientId } = incoming
      where = { dialogId: await privateDialogFor(appId, senderId, recipientId), recipientId }
    } else throw invalid("chat_dialog_id", "chat_dialog_id or recipient_id is required")
    const stored = saves
      .submit({
        id: id ?? objectId(),
        appId: incoming.appId,
        ...where,
        senderId: incoming.senderId,
        body: incoming.body,
        dateSent: nowSeconds(),
        attachments: incoming.attachments,
        custom: incoming.custom,
        markable: incoming.markable,
      })
      .catch((error: unknown) => {
        // The same id in the same batch from another sender.
        if (error instanceof MessageIdTaken) throw conflict("This message id is already used")
        throw error
      })
    // Its caller may await it only after earlier messages were delivered: never an unhandled rejection meanwhile.
    stored.catch(() => undefined)
    return { stored }
  }

  return {
    saveMessage: async (incoming) => (await queueMessage(incoming)).stored,
    queueMessage,
    flush: () => saves.flush(),

    dialogForSender,
    dialogForReader,
    privateDialog,

    markDelivered: (appId, userId, dialogId, messageIds) =>
      mark(appId, userId, dialogId, messageIds, "delivered"),
    markRead: (appId, userId, dialogId, messageIds) => mark(appId, userId, dialogId, messageIds, "read"),
    markDialog: (appId, userId, dialogId, marker) => mark(appId, userId, dialogId, "all", marker),

    editMessage: async (appId, userId, messageId, body) => {
      const message = await messageOf(appId, messageId)
      if (message.senderId !== userId) throw forbidden("Only the author may edit a message")
      checkBody(body)
      const edited = await storage.messages.edit(appId, message.id, body)
      if (edited === undefined) throw notFound("Message")
      return edited.message
    },

    deleteMessage: async (appId, userId, messageId, force) => {
      const message = await messageOf(appId, messageId)
      const dialog = await dialogOf(appId, message.dialogId)
      if (force) {
        if (message.senderId !== userId && !isDialogAdmin(dialog, userId)) {
          throw forbidden("Only the author or the dialog's owner and admins delete a message for everyone")
        }
        await storage.messages.deleteForEveryone(appId, message.id)
      } else {
        if (!canRead(dialog, userId) && message.senderId !== userId)
          throw forbidden("You are not an occupant of this dialog")
        await storage.messages.hide(appId, message.id, userId)
      }
      return message
    },

    react: async (appId, userId, messageId, add, remove): Promise<ReactionChange> => {
      for (const [field, value] of [
        ["add", add],
        ["remove", remove],
      ] as const) {
        if (value !== null && (value.length === 0 || value.length > maxReactionLength)) {
          throw invalid(field, `must be 1 to ${maxReactionLength} characters`)
        }
      }
      const message = await messageOf(appId, messageId)
      const dialog = await dialogForReader(appId, message.dialogId, userId)
      const change = await storage.messages.react(appId, message.id, userId, add, remove)
      return { message: (await storage.messages.get(appId, message.id)) ?? message, dialog, ...change }
    },

    notificationsEnabled: async (appId, dialogId, userId) =>
      (await storage.dialogs.occupancy(appId, dialogId, userId))?.notificationsEnabled ?? true,
  }
}
