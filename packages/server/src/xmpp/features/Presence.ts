import { type Element, x } from "../Element.ts"
import { resolveAddress } from "../Jid.ts"
import { NS } from "../Namespaces.ts"
import type { XmppHub } from "../XmppHub.ts"
import type { XmppSession } from "../XmppSession.ts"
import { handleRoomPresence } from "./Muc.ts"

/**
 * Presence: to a room it is a MUC join/leave; without `to` it is the session's own availability.
 * The initial presence replays offline messages and only then makes the session reachable, so
 * nothing overtakes what waited. There are no rosters: presence to users is dropped.
 */
export const handlePresence = async (hub: XmppHub, session: XmppSession, stanza: Element): Promise<void> => {
  const address = resolveAddress(stanza.attrs.to, hub.domain)
  if (address.kind === "room") return handleRoomPresence(hub, session, stanza, address)
  const own =
    stanza.attrs.to === undefined || stanza.attrs.to === session.bare || stanza.attrs.to === session.jid
  if (!own) return
  const type = stanza.attrs.type
  if (type === "unavailable") {
    session.available = false
    return
  }
  if (type !== undefined && type !== "available") return
  const echo = x("presence", { xmlns: NS.client, from: session.jid, to: session.bare })
  for (const child of stanza.elements())
    if (["show", "status", "priority"].includes(child.name)) echo.append(child.clone())
  session.send(echo)
  if (session.available) return
  await hub.offline.flush(session)
  session.available = true
  // Anything stored while the flush ran (before this session was reachable) follows now.
  await hub.offline.flush(session)
}
