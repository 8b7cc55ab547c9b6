/** Rows as the storage keeps them; handlers turn them into the wire shapes (see ../http/wire/). */

export interface UserRecord {
  readonly id: number
  readonly appId: number
  readonly login: string | null
  readonly email: string | null
  readonly fullName: string | null
  readonly phone: string | null
  readonly website: string | null
  readonly externalUserId: number | null
  readonly facebookId: string | null
  readonly twitterId: string | null
  readonly blobId: number | null
  readonly avatar: string | null
  readonly customData: string | null
  readonly tags: ReadonlyArray<string>
  readonly timezone: number | null
  readonly isGuest: boolean
  readonly passwordHash: string
  readonly createdAt: number
  readonly updatedAt: number
  readonly lastRequestAt: number | null
}

export interface SessionRecord {
  readonly id: number
  readonly token: string
  readonly appId: number
  /** 0 for an application-only session. */
  readonly userId: number
  readonly createdAt: number
  readonly updatedAt: number
  readonly expiresAt: number
}

/** Dialog types: 1 broadcast (admins post), 2 group, 3 private (one per pair of users), 4 public. */
export type DialogType = 1 | 2 | 3 | 4

export interface DialogRecord {
  /** 24-hex ObjectId. */
  readonly id: string
  readonly appId: number
  readonly type: DialogType
  /** The creator (owner). */
  readonly ownerId: number
  readonly name: string | null
  readonly description: string | null
  readonly photo: string | null
  /** Members (for public dialogs: subscribers), ascending. */
  readonly occupantIds: ReadonlyArray<number>
  readonly adminIds: ReadonlyArray<number>
  readonly pinnedMessageIds: ReadonlyArray<string>
  /** Only the app's allowed custom fields, values as strings. */
  readonly extensions: Readonly<Record<string, string>> | null
  readonly permissions: { readonly allowPreview: boolean } | null
  readonly lastMessage: string | null
  readonly lastMessageId: string | null
  readonly lastMessageUserId: number | null
  /** Unix seconds. */
  readonly lastMessageDateSent: number | null
  /** Unix milliseconds. */
  readonly createdAt: number
  readonly updatedAt: number
}

/** One attachment as the SDKs send it: flat string/number attributes (`type`, `uid`, `id`, `url`, `name`, `size`, …). */
export type Attachment = Readonly<Record<string, string | number>>

export interface MessageRecord {
  /** 24-hex id chosen by the sending client (or the server for REST creates without one). */
  readonly id: string
  readonly appId: number
  readonly dialogId: string
  readonly senderId: number
  /** The peer in a private dialog; 0 in other dialogs. */
  readonly recipientId: number
  readonly body: string | null
  /** Unix seconds, set by the server. */
  readonly dateSent: number
  readonly attachments: ReadonlyArray<Attachment>
  /** Custom fields sent with the message (`extraParams` or REST body keys), as received. */
  readonly custom: Readonly<Record<string, unknown>>
  readonly markable: boolean
  readonly readIds: ReadonlyArray<number>
  readonly deliveredIds: ReadonlyArray<number>
  /** Who reacted with what: reaction → user ids, ascending (a user holds at most one reaction per message). */
  readonly reactions: Readonly<Record<string, ReadonlyArray<number>>>
  /** Unix milliseconds. */
  readonly createdAt: number
  readonly updatedAt: number
}

/** State of the last message as its sender sees it. */
export type LastMessageStatus = "sent" | "delivered" | "read"

/** A dialog as one user sees it: the dialog plus that user's own counters. */
export interface DialogView {
  readonly dialog: DialogRecord
  /** The viewer's unread messages; null when the viewer is not an occupant. */
  readonly unreadCount: number | null
  /** Only when the viewer sent the last message; null otherwise. */
  readonly lastMessageStatus: LastMessageStatus | null
}
