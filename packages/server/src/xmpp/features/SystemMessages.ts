import { type Element, x } from "../Element.ts"
import { buildExtraParams } from "../ExtraParams.ts"
import { userJid } from "../Jid.ts"
import { NS } from "../Namespaces.ts"
import { relayCopy } from "../Relay.ts"
import { conditions, StanzaFailure } from "../StanzaErrors.ts"
import type { XmppHub } from "../XmppHub.ts"
import type { XmppSession } from "../XmppSession.ts"
import { messageTarget, requireUser } from "./targets.ts"

/** Only ConnectyCube system notifications are worth keeping for later; call signalling goes stale. */
const keepsOffline = (stanza: Element) =>
  stanza.child("extraParams")?.childText("moduleIdentifier") === "SystemNotifications"

/**
 * Headline messages (system notifications, call signalling) from a client: to one user of its app
 * only, stamped with the sender's JID (the SDK sends none; receivers read the sender from it).
 */
export const handleHeadline = async (hub: XmppHub, session: XmppSession, stanza: Element): Promise<void> => {
  const target = messageTarget(hub, session, stanza.attrs.to)
  if (target.kind !== "user") throw new StanzaFailure(conditions.badRequest, "System messages go to one user")
  await requireUser(hub, session.appId, target.userId)
  if (!(await hub.privacy.allows(session.appId, target.userId, session.bare, "message"))) return
  const relay = relayCopy(stanza, { type: "headline", id: stanza.attrs.id, from: session.jid })
  await hub.router.toUser(session.appId, target.userId, relay, { offline: keepsOffline(stanza) })
}

/** A system notification created over REST (`POST /chat/Message/system.json`), as the official SDK expects it (§4.9). */
export const systemNotification = (
  hub: XmppHub,
  event: {
    readonly appId: number
    readonly id: string
    readonly senderId: number
    readonly body: string | null
    readonly extension: Readonly<Record<string, unknown>>
  },
): Element => {
  const { moduleIdentifier: _ignored, ...extension } = event.extension
  const extra = buildExtraParams({ moduleIdentifier: "SystemNotifications", ...extension })
  return x(
    "message",
    {
      xmlns: NS.client,
      type: "headline",
      id: event.id,
      from: userJid(event.senderId, event.appId, hub.domain),
    },
    event.body !== null && event.body !== "" && x("body", {}, event.body),
    extra,
  )
}
