/** A stanza kept for a user who was offline, as serialized XML. */
export interface OfflineStanzaRecord {
  readonly id: number
  readonly appId: number
  readonly userId: number
  readonly stanza: string
  /** When the server first handled it (unix ms): the `<delay stamp>` it is delivered with. */
  readonly createdAt: number
}

/** The stanza kinds a privacy item names; an item with none applies to every stanza, outbound too. */
export type PrivacyStanzaKind = "message" | "presence-in" | "presence-out" | "iq"

/** One XEP-0016 privacy rule. */
export interface PrivacyItem {
  readonly type: "jid" | "group" | "subscription" | null
  readonly value: string | null
  readonly action: "allow" | "deny"
  readonly order: number
  readonly kinds: ReadonlyArray<PrivacyStanzaKind>
}

export interface PrivacyListRecord {
  readonly appId: number
  readonly userId: number
  readonly name: string
  /** Ascending by `order`. */
  readonly items: ReadonlyArray<PrivacyItem>
}

/** A chat alert recorded for a recipient who was offline or inactive. */
export interface PushEventRecord {
  readonly id: number
  readonly appId: number
  /** The recipient. */
  readonly userId: number
  readonly senderId: number
  readonly dialogId: string
  readonly messageId: string
  readonly body: string | null
  /** Unix ms. */
  readonly createdAt: number
}

export type NewPushEvent = Omit<PushEventRecord, "id">

/** What the XMPP side keeps: offline stanzas, privacy lists and defaults, last seen, chat alerts. */
export interface XmppStore {
  addOffline(appId: number, userId: number, stanza: string, createdAt: number): Promise<void>
  /** Oldest first. */
  listOffline(appId: number, userId: number, limit: number): Promise<ReadonlyArray<OfflineStanzaRecord>>
  deleteOffline(ids: ReadonlyArray<number>): Promise<void>
  countOffline(appId: number, userId: number): Promise<number>

  /** Creates or replaces a list. */
  putPrivacyList(list: PrivacyListRecord): Promise<void>
  getPrivacyList(appId: number, userId: number, name: string): Promise<PrivacyListRecord | undefined>
  privacyListNames(appId: number, userId: number): Promise<ReadonlyArray<string>>
  /** Removes a list (and clears it as the default). False when there was none. */
  deletePrivacyList(appId: number, userId: number, name: string): Promise<boolean>
  defaultPrivacyList(appId: number, userId: number): Promise<string | undefined>
  /** Sets (or with null, declines) the default list; the list must exist. */
  setDefaultPrivacyList(appId: number, userId: number, name: string | null): Promise<void>

  /** Records when a user's last XMPP session ended (unix ms). */
  setLastSeen(appId: number, userId: number, at: number): Promise<void>
  lastSeen(appId: number, userId: number): Promise<number | undefined>

  addPushEvent(event: NewPushEvent): Promise<PushEventRecord>
  /** Newest first; optionally for one recipient. */
  listPushEvents(
    appId: number,
    query: { readonly userId?: number; readonly limit: number },
  ): Promise<ReadonlyArray<PushEventRecord>>
}
