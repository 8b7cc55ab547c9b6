import { HttpError } from "../../http/HttpError.ts"
import type { MessageRecord } from "../../storage/records.ts"
import type { Element } from "../Element.ts"
import { roomJid, userJid } from "../Jid.ts"
import { relayCopy } from "../Relay.ts"
import { failureFrom } from "../StanzaErrors.ts"
import type { XmppHub } from "../XmppHub.ts"
import type { XmppSession } from "../XmppSession.ts"
import { deliverToRoom } from "./Messages.ts"
import { blockedBy, blockedFailure, messageTarget, requireUser } from "./targets.ts"

/**
 * Applies a change to a stored message (an edit or a delete). A message that is not in history
 * (never saved) is not an error: the change is still relayed. A refusal (not the author) is.
 */
export const applyToStored = async (
  change: () => Promise<MessageRecord>,
): Promise<MessageRecord | undefined> => {
  try {
    return await change()
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) return undefined
    throw failureFrom(error)
  }
}

/**
 * Relays an edit or delete to the dialog it belongs to: the stored message's dialog when known
 * (whatever the client addressed), otherwise the addressed user or room. 1-1: to the peer (kept
 * offline) and the sender's other sessions; groups: to the occupants except the sending session.
 */
export const relayChange = async (
  hub: XmppHub,
  session: XmppSession,
  stanza: Element,
  stored: MessageRecord | undefined,
): Promise<void> => {
  const dialog =
    stored === undefined ? undefined : await hub.server.storage.dialogs.get(session.appId, stored.dialogId)
  if (dialog !== undefined) {
    if (dialog.type === 3) {
      const peer = dialog.occupantIds.find((id) => id !== session.userId)
      if (peer === undefined) return
      return relayDirect(hub, session, stanza, peer)
    }
    const from = `${roomJid(session.appId, dialog.id, hub.domain)}/${session.userId}`
    const relay = relayCopy(stanza, { type: "groupchat", id: stanza.attrs.id, from })
    return deliverToRoom(hub, session.appId, dialog, session.userId, relay, {
      silent: true,
      alerts: false,
      except: session,
    })
  }
  const target = messageTarget(hub, session, stanza.attrs.to)
  if (target.kind === "user") {
    await requireUser(hub, session.appId, target.userId)
    return relayDirect(hub, session, stanza, target.userId)
  }
  const room = await hub.server.chat.dialogForSender(session.appId, target.dialogId, session.userId)
  const relay = relayCopy(stanza, {
    type: "groupchat",
    id: stanza.attrs.id,
    from: `${target.jid}/${session.userId}`,
  })
  await deliverToRoom(hub, session.appId, room, session.userId, relay, {
    silent: true,
    alerts: false,
    except: session,
  })
}

const relayDirect = async (
  hub: XmppHub,
  session: XmppSession,
  stanza: Element,
  peerId: number,
): Promise<void> => {
  const blocked = await blockedBy(hub, session, peerId)
  if (blocked !== undefined) throw blockedFailure(blocked)
  const relay = relayCopy(stanza, { type: "chat", id: stanza.attrs.id, from: session.jid })
  relay.attrs.to = userJid(peerId, session.appId, hub.domain)
  await hub.router.toUser(session.appId, peerId, relay, { offline: true })
  hub.carbons.sent(session.appId, session.userId, relay, session)
}
