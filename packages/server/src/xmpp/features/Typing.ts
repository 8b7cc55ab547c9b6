import type { Element } from "../Element.ts"
import { NS } from "../Namespaces.ts"
import { relayCopy } from "../Relay.ts"
import type { XmppHub } from "../XmppHub.ts"
import type { XmppSession } from "../XmppSession.ts"
import { blockedBy, messageTarget } from "./targets.ts"

/** Whether a message is only a chat state (XEP-0085 composing/paused/…), with no content. */
export const isChatState = (stanza: Element): boolean =>
  stanza.elements().some((child) => child.ns() === NS.chatStates) && (stanza.childText("body") ?? "") === ""

/** Typing notifications: relayed live only (never stored), 1-1 to the peer, in groups to the other occupants. */
export const handleChatState = async (hub: XmppHub, session: XmppSession, stanza: Element): Promise<void> => {
  const target = messageTarget(hub, session, stanza.attrs.to)
  if (target.kind === "user") {
    if ((await blockedBy(hub, session, target.userId)) !== undefined) return
    await hub.router.toUser(
      session.appId,
      target.userId,
      relayCopy(stanza, { type: "chat", id: stanza.attrs.id, from: session.jid }),
    )
    return
  }
  const dialog = await hub.server.chat.dialogForSender(session.appId, target.dialogId, session.userId)
  const from = `${target.jid}/${session.userId}`
  const relay = relayCopy(stanza, { type: "groupchat", id: stanza.attrs.id, from })
  const recipients = new Set([...dialog.occupantIds, ...hub.rooms.users(`${session.appId}_${dialog.id}`)])
  for (const userId of recipients) {
    if (userId === session.userId || !(await hub.privacy.allows(session.appId, userId, from, "message")))
      continue
    await hub.router.toUser(session.appId, userId, relay)
  }
}
