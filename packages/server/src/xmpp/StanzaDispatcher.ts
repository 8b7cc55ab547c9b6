import { type Element, x } from "./Element.ts"
import { handleMobile } from "./features/ClientState.ts"
import { handleCorrection } from "./features/Corrections.ts"
import { handleServerInfo } from "./features/Disco.ts"
import { handleLastActivity, handleStatusStreaming } from "./features/LastActivity.ts"
import { handleMarker, markerOf } from "./features/Markers.ts"
import { handleCarbons } from "./features/MessageCarbons.ts"
import { handleContentMessage } from "./features/Messages.ts"
import { handleRoomItems } from "./features/Muc.ts"
import { handlePing } from "./features/Ping.ts"
import { handlePresence } from "./features/Presence.ts"
import { handlePrivacy } from "./features/PrivacyLists.ts"
import { handleRetraction } from "./features/Retractions.ts"
import { handleHeadline } from "./features/SystemMessages.ts"
import { handleChatState, isChatState } from "./features/Typing.ts"
import { resolveAddress } from "./Jid.ts"
import { NS } from "./Namespaces.ts"
import { conditions, errorReply, failureFrom, StanzaFailure } from "./StanzaErrors.ts"
import type { XmppHub } from "./XmppHub.ts"
import type { XmppSession } from "./XmppSession.ts"

/** Picks the message feature the way the official SDK reads messages: chat state, edit, reactions, delete, marker, content. */
const dispatchMessage = async (hub: XmppHub, session: XmppSession, stanza: Element): Promise<void> => {
  const type = stanza.attrs.type ?? "normal"
  if (type === "error") return
  if (type === "headline") return handleHeadline(hub, session, stanza)
  if (isChatState(stanza)) return handleChatState(hub, session, stanza)
  if (stanza.child("replace", NS.correct) !== undefined) return handleCorrection(hub, session, stanza)
  if (stanza.child("reactions") !== undefined)
    throw new StanzaFailure(conditions.notAllowed, "Reactions are set over REST")
  if (stanza.child("remove", NS.remove) !== undefined) return handleRetraction(hub, session, stanza)
  if (markerOf(stanza) !== undefined) return handleMarker(hub, session, stanza)
  return handleContentMessage(hub, session, stanza)
}

/** The answer to an iq get/set, by the namespace of its payload; anything unknown is `service-unavailable`. */
const answerIq = async (hub: XmppHub, session: XmppSession, stanza: Element): Promise<Element> => {
  const type = stanza.attrs.type
  const payload = stanza.elements()[0]
  if ((type !== "get" && type !== "set") || payload === undefined)
    throw new StanzaFailure(conditions.badRequest, "An iq get or set carries one payload")
  const to = stanza.attrs.to
  const address = resolveAddress(to, hub.domain)
  // The stream's own host (e.g. 127.0.0.1) or the user's bare JID also mean "the server".
  const toServer =
    to === undefined ||
    to === session.bare ||
    address.kind === "server" ||
    (address.kind === "unknown" && !to.includes("@"))
  const ns = payload.ns()
  const ok = () => x("iq", { xmlns: NS.client, type: "result", id: stanza.attrs.id, to: session.jid })
  if (ns === NS.ping && toServer) return handlePing(session, stanza, to ?? hub.domain)
  if (ns === NS.last && type === "get")
    return handleLastActivity(hub, session, stanza, toServer ? { kind: "server" } : address)
  if (ns === NS.statusStreaming && payload.name === "subscribe" && type === "set")
    return handleStatusStreaming(hub, session, stanza, payload)
  if (ns === NS.privacy && payload.name === "query" && toServer)
    return handlePrivacy(hub, session, stanza, payload)
  if (ns === NS.carbons && type === "set" && (payload.name === "enable" || payload.name === "disable"))
    return handleCarbons(session, stanza, payload)
  if (ns === NS.mobile && payload.name === "mobile" && type === "set")
    return handleMobile(session, stanza, payload)
  if (ns === NS.discoItems && type === "get" && address.kind === "room")
    return handleRoomItems(hub, session, stanza, address)
  if (ns === NS.discoInfo && type === "get" && toServer)
    return handleServerInfo(session, stanza, to ?? hub.domain)
  if (ns === NS.session && type === "set") return ok()
  if (ns === NS.bind) throw new StanzaFailure(conditions.notAllowed, "A resource is already bound")
  throw new StanzaFailure(conditions.serviceUnavailable, "Service not available.")
}

/**
 * Handles one stanza of a bound session. The client's `from` is replaced by its real full JID
 * (no spoofing); any failure becomes a stanza error to this client only — never an exception.
 */
export const dispatchStanza = async (hub: XmppHub, session: XmppSession, stanza: Element): Promise<void> => {
  stanza.attrs.from = session.jid
  try {
    if (stanza.name === "message") return await dispatchMessage(hub, session, stanza)
    if (stanza.name === "presence") return await handlePresence(hub, session, stanza)
    const type = stanza.attrs.type
    // Results and errors answer the server's own pings; nothing else is waiting for them.
    if (type === "result" || type === "error") return
    session.send(await answerIq(hub, session, stanza))
  } catch (error) {
    const failure = failureFrom(error)
    if (failure.error === conditions.internalServerError) {
      hub.log.error(
        { error: error instanceof Error ? (error.stack ?? error.message) : String(error), jid: session.jid },
        "XMPP stanza failed",
      )
    }
    if (stanza.attrs.type === "error" || stanza.attrs.type === "result") return
    session.send(
      errorReply(stanza, failure.error, failure.message, stanza.attrs.to ?? hub.domain, session.jid),
    )
  }
}
