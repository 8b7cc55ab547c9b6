import type { Attachment, DialogRecord, MessageRecord } from "../storage/records.ts"

/** A chat message to persist, from REST (`POST /chat/Message.json`) or XMPP (`save_to_history=1`). */
export interface IncomingMessage {
  readonly appId: number
  readonly senderId: number
  /** The client's id; the same id from the same sender twice is one message. Generated when absent. */
  readonly id?: string
  /** Either the dialog, or (1-1) the recipient whose private dialog is found or created. */
  readonly dialogId?: string
  readonly recipientId?: number
  readonly body: string | null
  readonly attachments: ReadonlyArray<Attachment>
  readonly custom: Readonly<Record<string, unknown>>
  readonly markable: boolean
  /** No chat alert (push) for this message. */
  readonly silent: boolean
}

export interface SavedMessage {
  readonly message: MessageRecord
  readonly dialog: DialogRecord
  /** True when this id was already stored: nothing changed, deliver nothing twice. */
  readonly duplicate: boolean
}

/** A message that passed every check and waits in the next group commit. */
export interface QueuedMessage {
  /** Settles once the message is committed (or failed alone: e.g. its id was taken meanwhile). */
  readonly stored: Promise<SavedMessage>
}

/**
 * The chat rules both REST handlers and the XMPP side go through, so a message, a status or an
 * edit means the same whichever way it arrives. Each method checks permissions and throws
 * `HttpError` (403/404/422) when the caller may not do it.
 */
export interface ChatService {
  /** Stores a message (idempotent by sender + id), updates the dialog's last message and unread counts. */
  saveMessage(message: IncomingMessage): Promise<SavedMessage>
  /**
   * `saveMessage` in two steps: resolves once the message is checked and queued for the next group
   * commit (messages queued in the same event-loop turn share one transaction), so a caller that
   * awaits each queueing in turn keeps its messages in order without waiting for their commit.
   */
  queueMessage(message: IncomingMessage): Promise<QueuedMessage>
  /** Commits every queued message; resolves once they are committed (before storage closes). */
  flush(): Promise<void>
  /** The dialog if `userId` may post to it (occupant; admin for broadcast; anyone of the app for public). */
  dialogForSender(appId: number, dialogId: string, userId: number): Promise<DialogRecord>
  /** The dialog if `userId` may read it (occupant; anyone of the app for public) — e.g. to join its room. */
  dialogForReader(appId: number, dialogId: string, userId: number): Promise<DialogRecord>
  /** The private dialog of two users, created on first use. */
  privateDialog(appId: number, userId: number, peerId: number): Promise<DialogRecord>
  /**
   * Adds `userId` to `delivered_ids` of the messages (in the dialog, not sent by them); unknown ids
   * are skipped. Resolves with the messages that changed (relay markers only for those).
   */
  markDelivered(
    appId: number,
    userId: number,
    dialogId: string,
    messageIds: ReadonlyArray<string>,
  ): Promise<ReadonlyArray<MessageRecord>>
  /** Adds `userId` to `read_ids` (and `delivered_ids`) and lowers their unread count; resolves with the messages newly read. */
  markRead(
    appId: number,
    userId: number,
    dialogId: string,
    messageIds: ReadonlyArray<string>,
  ): Promise<ReadonlyArray<MessageRecord>>
  /** Marks every message of the dialog `userId` can see read or delivered; resolves with the messages that changed. */
  markDialog(
    appId: number,
    userId: number,
    dialogId: string,
    marker: "read" | "delivered",
  ): Promise<ReadonlyArray<MessageRecord>>
  /** Changes a message body; only its author may. */
  editMessage(appId: number, userId: number, messageId: string, body: string): Promise<MessageRecord>
  /** Deletes for everyone (author, or dialog owner/admin) — `force` — or hides for `userId` only. */
  deleteMessage(appId: number, userId: number, messageId: string, force: boolean): Promise<MessageRecord>
  /** Sets `userId`'s one reaction on a message (adding replaces their previous one); resolves with what actually changed. */
  react(
    appId: number,
    userId: number,
    messageId: string,
    add: string | null,
    remove: string | null,
  ): Promise<ReactionChange>
  /** Whether `userId` wants chat alerts for the dialog (notification settings). */
  notificationsEnabled(appId: number, dialogId: string, userId: number): Promise<boolean>
}

export interface ReactionChange {
  readonly message: MessageRecord
  readonly dialog: DialogRecord
  /** The reaction added, or null. */
  readonly added: string | null
  /** The reaction removed (asked for, or replaced by `added`), or null. */
  readonly removed: string | null
}

/** Events REST raises for the XMPP side to deliver (see ServerEvents). */
declare module "../ServerEvents.ts" {
  interface ServerEventMap {
    /** A REST-created message with `send_to_chat=1`: deliver it as if the sender sent it over XMPP. */
    "chat.messageCreated": [{ readonly message: MessageRecord; readonly dialog: DialogRecord }]
    /** Message bodies changed over REST: deliver a `<replace>` to the dialog's occupants. */
    "chat.messageEdited": [
      { readonly message: MessageRecord; readonly dialog: DialogRecord; readonly byUserId: number },
    ]
    /** Messages deleted for everyone over REST: deliver a `<remove>` per message. */
    "chat.messagesDeleted": [
      {
        readonly appId: number
        readonly dialog: DialogRecord
        readonly messageIds: ReadonlyArray<string>
        readonly byUserId: number
      },
    ]
    /** Messages marked read/delivered over REST: deliver `<displayed>`/`<received>` to their senders. */
    "chat.messagesMarked": [
      {
        readonly appId: number
        readonly dialog: DialogRecord
        readonly messages: ReadonlyArray<MessageRecord>
        readonly byUserId: number
        readonly marker: "read" | "delivered"
      },
    ]
    /** A reaction change (REST): push `<reactions>` to the dialog's occupants. */
    "chat.reactionsChanged": [
      {
        readonly appId: number
        readonly dialog: DialogRecord
        readonly messageId: string
        readonly userId: number
        readonly add: string | null
        readonly remove: string | null
      },
    ]
    /** `POST /chat/Message/system.json`: deliver a headline system message to the recipient. */
    "chat.systemMessage": [
      {
        readonly appId: number
        readonly id: string
        readonly senderId: number
        readonly recipientId: number
        readonly body: string | null
        readonly extension: Readonly<Record<string, unknown>>
      },
    ]
  }
}
