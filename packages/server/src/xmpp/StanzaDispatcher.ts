import { type Element, x } from "./Element.ts"
import type { Finish } from "./FramePipeline.ts"
import { handleMobile } from "./features/ClientState.ts"
import { handleCorrection } from "./features/Corrections.ts"
import { handleServerInfo } from "./features/Disco.ts"
import { handleLastActivity, handleStatusStreaming } from "./features/LastActivity.ts"
import { handleMarker, markerOf } from "./features/Markers.ts"
import { handleCarbons } from "./features/MessageCarbons.ts"
import { startContentMessage } from "./features/Messages.ts"
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

/** Which message feature a message is for, the way the official SDK reads messages: chat state, edit, reactions, delete, marker, content. */
const messageKind = (stanza: Element) => {
  const type = stanza.attrs.type ?? "normal"
  if (type === "error") return "error"
  if (type === "headline") return "headline"
  if (isChatState(stanza)) return "chatState"
  if (stanza.child("replace", NS.correct) !== undefined) return "correction"
  if (stanza.child("reactions") !== undefined) return "reactions"
  if (stanza.child("remove", NS.remove) !== undefined) return "retraction"
  if (markerOf(stanza) !== undefined) return "marker"
  return "content"
}

const dispatchMessage = async (hub: XmppHub, session: XmppSession, stanza: Element): Promise<void> => {
  switch (messageKind(stanza)) {
    case "error":
      return
    case "headline":
      return handleHeadline(hub, session, stanza)
    case "chatState":
      return handleChatState(hub, session, stanza)
    case "correction":
      return handleCorrection(hub, session, stanza)
    case "reactions":
      throw new StanzaFailure(conditions.notAllowed, "Reactions are set over REST")
    case "retraction":
      return handleRetraction(hub, session, stanza)
    case "marker":
      return handleMarker(hub, session, stanza)
    case "content":
      return (await startContentMessage(hub, session, stanza))()
  }
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

/** A failure becomes a stanza error to this client only (never to an error or a result). */
const answerFailure = (hub: XmppHub, session: XmppSession, stanza: Element, error: unknown): void => {
  const failure = failureFrom(error)
  if (failure.error === conditions.internalServerError) {
    hub.log.error(
      { error: error instanceof Error ? (error.stack ?? error.message) : String(error), jid: session.jid },
      "XMPP stanza failed",
    )
  }
  if (stanza.attrs.type === "error" || stanza.attrs.type === "result") return
  session.send(errorReply(stanza, failure.error, failure.message, stanza.attrs.to ?? hub.domain, session.jid))
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
    answerFailure(hub, session, stanza, error)
  }
}

/**
 * Starts a stanza that may overlap the ones after it: a content message is checked and queued for
 * the next group commit now, and the returned `finish` (its delivery, or its stanza error) is to
 * run once every earlier stanza has finished. Undefined for any other stanza: the caller runs it
 * whole with `dispatchStanza`, after the earlier ones. Never throws.
 */
export const startStanza = async (
  hub: XmppHub,
  session: XmppSession,
  stanza: Element,
): Promise<Finish | undefined> => {
  if (stanza.name !== "message" || messageKind(stanza) !== "content") return undefined
  stanza.attrs.from = session.jid
  try {
    const finish = await startContentMessage(hub, session, stanza)
    return async () => {
      try {
        await finish()
      } catch (error) {
        answerFailure(hub, session, stanza, error)
      }
    }
  } catch (error) {
    return async () => answerFailure(hub, session, stanza, error)
  }
}
