import { type Element, x } from "../Element.ts"
import { type Address, resolveAddress, userJid } from "../Jid.ts"
import { NS } from "../Namespaces.ts"
import { conditions, StanzaFailure } from "../StanzaErrors.ts"
import type { XmppHub } from "../XmppHub.ts"
import type { XmppSession } from "../XmppSession.ts"

const startedAt = Date.now()

/** Seconds since a user was last online: 0 while they are, at least 1 otherwise (from their last session's end, or sign-up). */
export const lastActivitySeconds = async (
  hub: XmppHub,
  appId: number,
  userId: number,
): Promise<number | undefined> => {
  if (hub.server.presence.isOnline(appId, userId)) return 0
  const user = await hub.server.storage.users.get(appId, userId)
  if (user === undefined) return undefined
  const since = (await hub.server.storage.xmpp.lastSeen(appId, userId)) ?? user.createdAt
  return Math.max(1, Math.floor((Date.now() - since) / 1000))
}

/** jabber:iq:last (XEP-0012) for any user of the app, or the server's uptime. */
export const handleLastActivity = async (
  hub: XmppHub,
  session: XmppSession,
  stanza: Element,
  address: Address,
): Promise<Element> => {
  const reply = (from: string, seconds: number) =>
    x(
      "iq",
      { xmlns: NS.client, type: "result", id: stanza.attrs.id, from, to: session.jid },
      x("query", { xmlns: NS.last, seconds }),
    )
  if (address.kind === "server") return reply(hub.domain, Math.floor((Date.now() - startedAt) / 1000))
  if (address.kind !== "user" || address.appId !== session.appId)
    throw new StanzaFailure(conditions.itemNotFound, "No such user")
  const from = userJid(address.userId, address.appId, hub.domain)
  if (!(await hub.privacy.allows(session.appId, address.userId, session.bare, "iq"))) {
    throw new StanzaFailure(conditions.serviceUnavailable, "Service not available.")
  }
  const seconds = await lastActivitySeconds(hub, address.appId, address.userId)
  if (seconds === undefined) throw new StanzaFailure(conditions.itemNotFound, "No such user")
  return reply(from, seconds)
}

/** ConnectyCube status streaming: `<subscribe user_jid=… enable="true|false"/>`. */
export const handleStatusStreaming = async (
  hub: XmppHub,
  session: XmppSession,
  stanza: Element,
  query: Element,
): Promise<Element> => {
  const address = resolveAddress(query.attrs.user_jid, hub.domain)
  if (address.kind !== "user" || address.appId !== session.appId)
    throw new StanzaFailure(conditions.badRequest, "user_jid names no user")
  if ((await hub.server.storage.users.get(address.appId, address.userId)) === undefined) {
    throw new StanzaFailure(conditions.itemNotFound, "No such user")
  }
  if (query.attrs.enable === "false" || query.attrs.enable === "0")
    hub.statusStreaming.unsubscribe(session, address.appId, address.userId)
  else hub.statusStreaming.subscribe(session, address.appId, address.userId)
  return x("iq", { xmlns: NS.client, type: "result", id: stanza.attrs.id, to: session.jid })
}
