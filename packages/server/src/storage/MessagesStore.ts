import type { FieldFilter, SortOrder } from "./FieldFilter.ts"
import type { Attachment, DialogRecord, MessageRecord } from "./records.ts"

export interface NewMessage {
  readonly id: string
  readonly appId: number
  readonly dialogId: string
  readonly senderId: number
  readonly recipientId: number
  readonly body: string | null
  /** Unix seconds. */
  readonly dateSent: number
  readonly attachments: ReadonlyArray<Attachment>
  readonly custom: Readonly<Record<string, unknown>>
  readonly markable: boolean
}

export type MessageFilterField =
  | "_id"
  | "message"
  | "date_sent"
  | "sender_id"
  | "recipient_id"
  | "attachments.type"
  | "updated_at"
  | "read"

export type MessageSortField = "date_sent" | "_id" | "created_at" | "updated_at"

/** `GET /chat/Message.json`: one dialog's history as `viewerId` sees it (cleared and hidden messages left out). */
export interface MessageQuery {
  readonly appId: number
  readonly dialogId: string
  readonly viewerId: number
  readonly filters: ReadonlyArray<FieldFilter<MessageFilterField>>
  /** Default: `date_sent` ascending, then `_id`. */
  readonly sort?: SortOrder<MessageSortField>
  readonly limit: number
  readonly offset: number
  /** Only among the dialog's last N messages (previews for non-members). */
  readonly lastN?: number
}

export interface MessageSearch {
  readonly appId: number
  readonly userId: number
  /** Words to find (each as a prefix, all required); never raw FTS syntax. */
  readonly words: ReadonlyArray<string>
  /** Dialogs to search in (the caller has checked the user may read them); absent: every dialog the user occupies. */
  readonly dialogIds?: ReadonlyArray<string>
  /** Unix seconds, inclusive. */
  readonly from?: number
  readonly to?: number
  readonly limit: number
}

export interface SaveResult {
  readonly message: MessageRecord
  readonly dialog: DialogRecord
  readonly duplicate: boolean
}

/** One message of a `saveMany` batch: stored (or found a duplicate), or the error that failed it alone. */
export type SaveOutcome =
  | { readonly ok: true; readonly value: SaveResult }
  | { readonly ok: false; readonly error: unknown }

/** Messages with their per-user state. Each method is one atomic operation. */
export interface MessagesStore {
  /**
   * Stores a message, makes it the dialog's last message, bumps unread for the other occupants and
   * shows a hidden private dialog again, in one transaction. The same id from the same sender is
   * a duplicate: nothing changes. The same id from another sender throws `MessageIdTaken`.
   */
  save(message: NewMessage): Promise<SaveResult>
  /**
   * Group commit: stores the messages in order, each as `save` would, in ONE transaction, and
   * resolves once that transaction is committed. A message that cannot be stored (its id taken by
   * another sender, its dialog gone) fails alone; the others are kept. Each result's `dialog` is
   * the dialog as the whole batch left it. An engine failure (disk full) fails every message.
   */
  saveMany(messages: ReadonlyArray<NewMessage>): Promise<ReadonlyArray<SaveOutcome>>
  /** The sender of the message with this id, if it is stored (a cheap idempotency probe). */
  senderOf(appId: number, id: string): Promise<number | undefined>
  get(appId: number, id: string): Promise<MessageRecord | undefined>
  getMany(appId: number, ids: ReadonlyArray<string>): Promise<ReadonlyArray<MessageRecord>>
  list(query: MessageQuery): Promise<ReadonlyArray<MessageRecord>>
  /**
   * Marks messages of the dialog not sent by `userId` read (which implies delivered) or delivered;
   * `"all"` marks every message `userId` can see. Unread drops accordingly. Returns the messages
   * that changed.
   */
  mark(
    appId: number,
    userId: number,
    dialogId: string,
    ids: ReadonlyArray<string> | "all",
    marker: "read" | "delivered",
  ): Promise<ReadonlyArray<MessageRecord>>
  /** Replaces the body (and the dialog's last message text when it is the last one). */
  edit(
    appId: number,
    id: string,
    body: string,
  ): Promise<{ readonly message: MessageRecord; readonly dialog: DialogRecord } | undefined>
  /** Deletes for everyone: unread counters, pinned ids and the dialog's last message follow. */
  deleteForEveryone(appId: number, id: string): Promise<DialogRecord | undefined>
  /** Deletes every message of a dialog for everyone (unread, pinned and last message reset); returns their ids. */
  deleteAll(appId: number, dialogId: string): Promise<ReadonlyArray<string>>
  /** Hides one message from one user (their unread drops if it was unread). */
  hide(appId: number, id: string, userId: number): Promise<void>
  /** Sets the user's one reaction: `add` replaces any previous one; `remove` drops it when it matches. */
  react(
    appId: number,
    id: string,
    userId: number,
    add: string | null,
    remove: string | null,
  ): Promise<{ readonly added: string | null; readonly removed: string | null }>
  search(query: MessageSearch): Promise<ReadonlyArray<MessageRecord>>
}

/** Thrown by `save` when another sender already used the id. */
export class MessageIdTaken extends Error {
  readonly id: string

  constructor(id: string) {
    super(`Message id ${id} is already used`)
    this.id = id
  }
}
