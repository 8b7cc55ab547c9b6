import type { PrivacyItem, PrivacyStanzaKind, XmppStore } from "../storage/XmppStore.ts"
import { bareJid, type Jid, parseJid } from "./Jid.ts"

/** What a privacy check is about: an incoming stanza kind, or any outbound stanza (only child-less items block those). */
export type PrivacyDirection = PrivacyStanzaKind | "outbound"

/**
 * Whether an item's JID value names `jid` (XEP-0016 §2.1): `user@domain/res` exactly, `user@domain`
 * any resource, `domain/res` any local part with that resource (ConnectyCube's `muc.{chat}/{userId}`
 * names a user in every room), `domain` everything there.
 */
const matchesJid = (value: Jid, jid: Jid): boolean => {
  if (value.domain !== jid.domain) return false
  if (value.local !== "") {
    if (bareJid(value) !== bareJid(jid)) return false
    return value.resource === "" || value.resource === jid.resource
  }
  return value.resource === "" || value.resource === jid.resource
}

/** First matching item in `order` decides; no match allows. */
export const evaluatePrivacy = (
  items: ReadonlyArray<PrivacyItem>,
  other: Jid,
  direction: PrivacyDirection,
): "allow" | "deny" => {
  for (const item of items) {
    const applies =
      direction === "outbound"
        ? item.kinds.length === 0
        : item.kinds.length === 0 || item.kinds.includes(direction)
    if (!applies) continue
    if (item.type === "jid") {
      const value = parseJid(item.value ?? undefined)
      if (value === undefined || !matchesJid(value, other)) continue
    } else if (item.type !== null) {
      // No rosters here: group and subscription items never match.
      continue
    }
    return item.action
  }
  return "allow"
}

/**
 * Enforces users' default privacy lists. Default lists are cached per user and dropped whenever the
 * user changes a list, so a check costs no storage round trip on the hot path.
 */
export class Privacy {
  private readonly store: XmppStore
  private readonly cache = new Map<string, ReadonlyArray<PrivacyItem>>()

  constructor(store: XmppStore) {
    this.store = store
  }

  /** The items of the user's default list (empty when there is none). */
  async defaultItems(appId: number, userId: number): Promise<ReadonlyArray<PrivacyItem>> {
    const key = `${appId}:${userId}`
    const cached = this.cache.get(key)
    if (cached !== undefined) return cached
    const name = await this.store.defaultPrivacyList(appId, userId)
    const list = name === undefined ? undefined : await this.store.getPrivacyList(appId, userId, name)
    const items = list?.items ?? []
    this.cache.set(key, items)
    return items
  }

  /** Forgets the cached default list of a user (call after any change to their lists). */
  invalidate(appId: number, userId: number): void {
    this.cache.delete(`${appId}:${userId}`)
  }

  /** Whether `owner`'s default list lets a stanza of `direction` pass to or from `other`. */
  async allows(appId: number, ownerId: number, other: string, direction: PrivacyDirection): Promise<boolean> {
    const items = await this.defaultItems(appId, ownerId)
    if (items.length === 0) return true
    const jid = parseJid(other)
    return jid === undefined || evaluatePrivacy(items, jid, direction) === "allow"
  }
}
