import { randomBytes } from "node:crypto"
import type { Element } from "./Element.ts"
import { leaveRoom } from "./features/Muc.ts"
import { NS } from "./Namespaces.ts"
import type { XmppHub } from "./XmppHub.ts"
import { type SessionLink, XmppSession } from "./XmppSession.ts"

/**
 * A long, unique resource. The official SDK drops every incoming 1-1 message whose `from`
 * *contains* its own resource (protocol.md §4.1), so short resources would swallow messages.
 */
const newResource = () => `cube-${randomBytes(12).toString("hex")}`

/** Whether an unacknowledged stanza is worth keeping for the user's next login. */
const worthKeeping = (stanza: Element): boolean => {
  if (stanza.name !== "message") return false
  const children = stanza.elements()
  if (children.length > 0 && children.every((child) => child.ns() === NS.chatStates)) return false
  const module = stanza.child("extraParams")?.childText("moduleIdentifier")
  return module !== "WebRTCVideoChat"
}

/** Binds a new resource for an authenticated user. */
export const openSession = (hub: XmppHub, link: SessionLink, appId: number, userId: number): XmppSession => {
  const wasOnline = hub.server.presence.isOnline(appId, userId)
  const session = new XmppSession(appId, userId, newResource(), hub.domain)
  session.link = link
  hub.sessions.add(session)
  hub.server.presence.connected(appId, userId)
  if (!wasOnline) hub.statusStreaming.notify(appId, userId, 0)
  return session
}

/** Ends a session for good: leaves its rooms, updates presence and last seen, and moves its unacknowledged messages offline. Never throws. */
export const endSession = async (hub: XmppHub, session: XmppSession): Promise<void> => {
  if (session.ended) return
  session.ended = true
  session.available = false
  clearTimeout(session.resumeTimer)
  session.link = undefined
  hub.sessions.remove(session)
  try {
    for (const roomKey of [...session.rooms]) leaveRoom(hub, roomKey, session)
    hub.statusStreaming.drop(session)
    hub.server.presence.disconnected(session.appId, session.userId)
    if (!hub.server.presence.isOnline(session.appId, session.userId)) {
      await hub.server.storage.xmpp.setLastSeen(session.appId, session.userId, Date.now())
      hub.statusStreaming.notify(session.appId, session.userId, 1)
    }
    const pending = session.sm?.queue.splice(0) ?? []
    for (const item of pending) {
      if (worthKeeping(item.stanza))
        await hub.offline.store(session.appId, session.userId, item.stanza, item.sentAt)
    }
  } catch (error) {
    hub.log.error({ error: String(error), jid: session.jid }, "ending an XMPP session failed")
  }
}

/** The socket of a session is gone: a resumable session waits `resumeWindowMs` for a resume, any other ends now. */
export const detachSession = (hub: XmppHub, session: XmppSession, settled: Promise<void>): void => {
  if (session.ended) return
  session.link = undefined
  session.settled = settled
  if (session.sm?.resumable === true) {
    clearTimeout(session.resumeTimer)
    session.resumeTimer = setTimeout(
      () => hub.background(endSession(hub, session)),
      hub.server.config.resumeWindowMs,
    )
    session.resumeTimer.unref?.()
  } else hub.background(endSession(hub, session))
}

/**
 * Finds the session a `<resume previd h/>` names, for the same user, takes it over from any socket
 * it still has, and applies the client's `h`. Undefined when it cannot be resumed.
 */
export const resumeSession = async (
  hub: XmppHub,
  link: SessionLink,
  appId: number,
  userId: number,
  previd: string,
  h: number,
): Promise<XmppSession | undefined> => {
  const session = hub.sessions.resumable(previd)
  if (session === undefined || session.ended || session.appId !== appId || session.userId !== userId)
    return undefined
  const previous = session.link
  if (previous !== undefined && previous !== link) {
    session.settled = previous.idle()
    session.link = undefined
    previous.replaced()
  }
  clearTimeout(session.resumeTimer)
  // Let the old socket finish the stanzas it was handling, so the `h` we report counts them.
  await session.settled
  if (session.ended || session.sm === undefined || !session.sm.ack(h)) return undefined
  session.link = link
  return session
}
