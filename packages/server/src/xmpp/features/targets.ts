import { resolveAddress, roomJid, userJid } from "../Jid.ts"
import { conditions, StanzaFailure } from "../StanzaErrors.ts"
import type { XmppHub } from "../XmppHub.ts"
import type { XmppSession } from "../XmppSession.ts"

/** Where a client's message goes: another user of its app, or a dialog room. */
export type Target =
  | { readonly kind: "user"; readonly userId: number; readonly jid: string }
  | { readonly kind: "room"; readonly dialogId: string; readonly jid: string }

/** Resolves a message's `to` for the sending session; throws a stanza failure for anything else. */
export const messageTarget = (hub: XmppHub, session: XmppSession, to: string | undefined): Target => {
  const address = resolveAddress(to, hub.domain)
  if (address.kind === "user") {
    if (address.appId !== session.appId)
      throw new StanzaFailure(conditions.itemNotFound, "No such user in this application")
    if (address.userId === session.userId)
      throw new StanzaFailure(conditions.badRequest, "Messages to yourself are not relayed")
    return { kind: "user", userId: address.userId, jid: userJid(address.userId, session.appId, hub.domain) }
  }
  if (address.kind === "room") {
    if (address.appId !== session.appId)
      throw new StanzaFailure(conditions.itemNotFound, "No such dialog in this application")
    return {
      kind: "room",
      dialogId: address.dialogId,
      jid: roomJid(session.appId, address.dialogId, hub.domain),
    }
  }
  throw new StanzaFailure(conditions.serviceUnavailable, "Messages go to users or dialog rooms")
}

/** The 1-1 peer must exist. */
export const requireUser = async (hub: XmppHub, appId: number, userId: number): Promise<void> => {
  if (!(await hub.server.storage.users.exists(appId, userId)))
    throw new StanzaFailure(conditions.itemNotFound, "User not found")
}

/**
 * Who blocks a 1-1 message: the recipient (their default list denies the sender's messages), the
 * sender (a mutual block denies all their outbound stanzas to that user), or nobody.
 */
export const blockedBy = async (
  hub: XmppHub,
  session: XmppSession,
  userId: number,
): Promise<"recipient" | "sender" | undefined> => {
  if (!(await hub.privacy.allows(session.appId, userId, session.bare, "message"))) return "recipient"
  if (
    !(await hub.privacy.allows(
      session.appId,
      session.userId,
      userJid(userId, session.appId, hub.domain),
      "outbound",
    ))
  )
    return "sender"
  return undefined
}

/** The stanza error a blocked 1-1 sender gets (protocol.md §4.12: code 503, as the official server answers). */
export const blockedFailure = (by: "recipient" | "sender"): StanzaFailure =>
  by === "recipient"
    ? new StanzaFailure(conditions.serviceUnavailable, "Service not available.")
    : new StanzaFailure(conditions.notAcceptable, "You have blocked this user.")
