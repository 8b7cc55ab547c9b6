import type { FieldFilter, SortOrder } from "./FieldFilter.ts"
import type { DialogRecord, DialogType, DialogView } from "./records.ts"

export interface NewDialog {
  readonly appId: number
  readonly type: DialogType
  readonly ownerId: number
  readonly name: string | null
  readonly description: string | null
  readonly photo: string | null
  /** Members including the owner (public dialogs: the owner does not subscribe automatically). */
  readonly occupantIds: ReadonlyArray<number>
  readonly adminIds: ReadonlyArray<number>
  readonly extensions: Readonly<Record<string, string>> | null
  readonly permissions: { readonly allowPreview: boolean } | null
}

/** A change to a dialog, applied in one transaction; absent fields stay as they are. */
export interface DialogChanges {
  readonly name?: string | null
  readonly description?: string | null
  readonly photo?: string | null
  /** The complete new set of custom fields (the caller merges), or null to clear them. */
  readonly extensions?: Readonly<Record<string, string>> | null
  readonly permissions?: { readonly allowPreview: boolean } | null
  readonly addOccupants?: ReadonlyArray<number>
  /** Removed occupants also stop being admins. */
  readonly removeOccupants?: ReadonlyArray<number>
  readonly addAdmins?: ReadonlyArray<number>
  readonly removeAdmins?: ReadonlyArray<number>
  readonly addPinned?: ReadonlyArray<string>
  readonly removePinned?: ReadonlyArray<string>
}

/** One member's own state in a dialog. */
export interface Occupancy {
  readonly unreadCount: number
  readonly notificationsEnabled: boolean
  /** A private dialog deleted by this member; it shows again when a new message arrives. */
  readonly hidden: boolean
}

export type DialogFilterField =
  | "_id"
  | "type"
  | "name"
  | "last_message_date_sent"
  | "created_at"
  | "updated_at"
  | `extensions.${string}`

export type DialogSortField = "last_message_date_sent" | "created_at" | "updated_at" | "_id" | "name"

/** `GET /chat/Dialog.json`: the viewer's visible dialogs, filtered, sorted and paged. */
export interface DialogQuery {
  readonly appId: number
  readonly userId: number
  readonly filters: ReadonlyArray<FieldFilter<DialogFilterField>>
  readonly sort?: SortOrder<DialogSortField>
  readonly limit: number
  readonly offset: number
}

export interface UnreadCounts {
  readonly total: number
  readonly byDialog: Readonly<Record<string, number>>
}

/** Dialogs and their members' state. Each method is one atomic operation. */
export interface DialogsStore {
  create(dialog: NewDialog): Promise<DialogRecord>
  /** The private dialog of two users, created when missing, and shown again to `userId` if they had hidden it. */
  privateDialog(
    appId: number,
    userId: number,
    peerId: number,
  ): Promise<{ readonly dialog: DialogRecord; readonly created: boolean }>
  /** The id of the private dialog of two users, if it exists (reads only). */
  privateDialogId(appId: number, userId: number, peerId: number): Promise<string | undefined>
  get(appId: number, id: string): Promise<DialogRecord | undefined>
  /** The member's own state, or undefined when `userId` is not an occupant. */
  occupancy(appId: number, dialogId: string, userId: number): Promise<Occupancy | undefined>
  /** The dialog as `viewerId` sees it (unread count, last message status). */
  view(appId: number, dialogId: string, viewerId: number): Promise<DialogView | undefined>
  views(appId: number, dialogIds: ReadonlyArray<string>, viewerId: number): Promise<ReadonlyArray<DialogView>>
  list(query: DialogQuery): Promise<{ readonly items: ReadonlyArray<DialogView>; readonly total: number }>
  count(query: Omit<DialogQuery, "limit" | "offset" | "sort">): Promise<number>
  update(appId: number, id: string, changes: DialogChanges): Promise<DialogRecord | undefined>
  /** Deletes the dialog with its messages for everyone. */
  delete(appId: number, id: string): Promise<boolean>
  /** Hides a private dialog for one member and clears their history; unread drops to 0. */
  hide(appId: number, id: string, userId: number): Promise<void>
  /** Hides every message present now from one member; unread drops to 0. */
  clearHistory(appId: number, id: string, userId: number): Promise<void>
  setNotifications(appId: number, id: string, userId: number, enabled: boolean): Promise<void>
  /** A page of occupant ids, ascending. */
  occupantIds(appId: number, id: string, limit: number, offset: number): Promise<ReadonlyArray<number>>
  /** The user's unread messages over all their dialogs, and in each of `dialogIds` (0 where they are no member). */
  unreadCounts(appId: number, userId: number, dialogIds: ReadonlyArray<string>): Promise<UnreadCounts>
  /**
   * Dialogs whose name contains `text` (case-insensitive) that `userId` occupies, or public ones;
   * within `dialogIds` when given.
   */
  searchByName(
    appId: number,
    userId: number,
    text: string,
    dialogIds: ReadonlyArray<string> | undefined,
    limit: number,
  ): Promise<ReadonlyArray<DialogView>>
}
