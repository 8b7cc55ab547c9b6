// The plain data the chat API hands out: messages, timelines, dialogs, connection state. No Effect types.
import type { ChatError } from "./ChatError.ts"

/** One attachment, ConnectyCube style: flat string fields (`type`, `uid`, `url`, `name`, …) and numeric sizes. */
export type Attachment = { readonly [key: string]: string | number }

/** A JSON-like value, as custom fields carry them when no schema is declared. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | ReadonlyArray<JsonValue>
  | { readonly [key: string]: JsonValue }

/** A message's reactions: a count per reaction and the current user's own ones. */
export interface Reactions {
  readonly total: { readonly [reaction: string]: number }
  readonly own: ReadonlyArray<string>
}

/** Where a message sits in the server's order: `date_sent` (unix seconds), then id. */
export interface Cursor {
  readonly dateSent: number
  readonly id: string
}

/**
 * The life of an own message: `pending` until the server acknowledged it, then `sent`, `delivered`, `read`;
 * `failed` when it was refused or its deadline passed. Other users' messages carry no status.
 */
export type MessageStatus = "pending" | "sent" | "delivered" | "read" | "failed"

/** A chat message; `P` is the type of its custom fields (decoded by the app's schema when one is given). */
export interface ChatMessage<P = Readonly<Record<string, unknown>>> {
  readonly id: string
  readonly dialogId: string
  readonly senderId: number
  /** The peer of a private dialog (undefined in groups). */
  readonly recipientId: number | undefined
  readonly body: string
  readonly attachments: ReadonlyArray<Attachment>
  /** Custom fields, decoded; undefined when they did not match the schema (see `propertiesError`). */
  readonly properties: P | undefined
  /** Custom fields as they came over the wire. */
  readonly rawProperties: Readonly<Record<string, unknown>>
  /** Why `properties` could not be decoded, when it could not. */
  readonly propertiesError?: string | undefined
  /** Unix seconds: the server's `date_sent` when `confirmed`, the local clock's estimate before. */
  readonly dateSent: number
  /** Whether `dateSent` is the server's (the message's place in the order is final). */
  readonly confirmed: boolean
  /** For own messages. */
  readonly status: MessageStatus | undefined
  readonly deliveredIds: ReadonlyArray<number>
  readonly readIds: ReadonlyArray<number>
  /** Whether the current user has read it (own messages count as read). */
  readonly read: boolean
  /** Reactions: how many users chose each one, and the current user's own. */
  readonly reactions: Reactions
  readonly edited: boolean
  /** No push notification was sent for it. */
  readonly silent: boolean
  /** Why an own message failed. */
  readonly error?: ChatError | undefined
}

/**
 * Messages that may exist between two positions but are not loaded: strictly after `after` and strictly
 * before `before` (`before` undefined: up to now). A timeline without gaps is complete from its oldest
 * message to the newest.
 */
export interface Gap {
  readonly id: string
  readonly after: Cursor
  readonly before: Cursor | undefined
}

/** The messages of one dialog, in server order, with the gaps that could not be filled. */
export interface Timeline<P = Readonly<Record<string, unknown>>> {
  readonly dialogId: string
  readonly messages: ReadonlyArray<ChatMessage<P>>
  readonly gaps: ReadonlyArray<Gap>
  /** Older history may exist before the first message (`loadOlder` fetches it). */
  readonly hasOlder: boolean
  /** History was loaded at least once (the dialog is active: it is caught up after reconnects). */
  readonly loaded: boolean
}

/** The dialog types: 1 broadcast, 2 group, 3 private, 4 public. */
export type DialogType = 1 | 2 | 3 | 4 | 5

/** A dialog; `E` is the type of its extensions (decoded by the app's schema when one is given). */
export interface ChatDialog<E = Readonly<Record<string, string>>> {
  readonly id: string
  readonly type: DialogType
  readonly name: string | null
  readonly description: string | null
  readonly photo: string | null
  readonly ownerId: number
  readonly occupantIds: ReadonlyArray<number>
  readonly occupantsCount: number | undefined
  readonly adminIds: ReadonlyArray<number>
  readonly pinnedMessageIds: ReadonlyArray<string>
  readonly lastMessage: string | null
  readonly lastMessageId: string | null
  readonly lastMessageDateSent: number | null
  readonly lastMessageUserId: number | null
  readonly unreadCount: number
  /** Extensions, decoded; undefined when they did not match the schema. */
  readonly extensions: E | undefined
  readonly rawExtensions: Readonly<Record<string, unknown>>
  readonly permissions: { readonly allowPreview: boolean } | null
  readonly createdAt: string
  readonly updatedAt: string
}

/** The connection as the app sees it. */
export type ConnectionStatus =
  | "idle"
  | "connecting"
  | "connected"
  | "reconnecting"
  | "disconnected"
  | "failed"

/** The connection state: `status`, plus the details of the moment. */
export interface ConnectionState {
  readonly status: ConnectionStatus
  /** The connection attempt of this outage (connecting, reconnecting). */
  readonly attempt?: number | undefined
  /** Milliseconds until the next attempt (reconnecting). */
  readonly delayMs?: number | undefined
  /** The last connection was resumed: nothing was missed. */
  readonly resumed?: boolean | undefined
  /** Why it is down (reconnecting, failed). */
  readonly error?: ChatError | undefined
}

/** Unread counters: the total over every dialog and one per dialog. */
export interface UnreadState {
  readonly total: number
  readonly byDialog: { readonly [dialogId: string]: number }
}

/** Who is typing, per dialog (private dialogs too, by their dialog id). */
export type TypingState = { readonly [dialogId: string]: ReadonlyArray<number> }

/** The dialogs known so far, by id, and their ids ordered by last activity (newest first). */
export interface DialogsState<E = Readonly<Record<string, string>>> {
  readonly byId: { readonly [dialogId: string]: ChatDialog<E> }
  readonly order: ReadonlyArray<string>
  readonly loaded: boolean
}
