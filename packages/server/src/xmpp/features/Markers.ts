import { isObjectId } from "../../ids.ts"
import type { Element } from "../Element.ts"
import { readExtraParams } from "../ExtraParams.ts"
import { NS } from "../Namespaces.ts"
import { relayCopy } from "../Relay.ts"
import type { XmppHub } from "../XmppHub.ts"
import type { XmppSession } from "../XmppSession.ts"
import { blockedBy, messageTarget } from "./targets.ts"

/** The XEP-0333 marker a message carries, if any. */
export const markerOf = (
  stanza: Element,
): { readonly kind: "delivered" | "read"; readonly id: string } | undefined => {
  const received = stanza.child("received", NS.markers)
  if (received?.attrs.id !== undefined) return { kind: "delivered", id: received.attrs.id }
  const displayed = stanza.child("displayed", NS.markers)
  if (displayed?.attrs.id !== undefined) return { kind: "read", id: displayed.attrs.id }
  return undefined
}

/**
 * Delivered/read markers: recorded on the stored message (`delivered_ids`/`read_ids`, unread
 * counts) when it is known, and relayed to its sender (kept offline when they are away). The
 * official SDK sends markers 1-1 to the sender, with the dialog (possibly a group) in `dialog_id`.
 */
export const handleMarker = async (hub: XmppHub, session: XmppSession, stanza: Element): Promise<void> => {
  const marker = markerOf(stanza)
  if (marker === undefined) return
  const target = messageTarget(hub, session, stanza.attrs.to)
  const dialogId =
    target.kind === "room" ? target.dialogId : readExtraParams(stanza.child("extraParams")).dialogId
  if (dialogId !== undefined && isObjectId(dialogId) && isObjectId(marker.id)) {
    try {
      const ids = [marker.id.toLowerCase()]
      if (marker.kind === "read") await hub.server.chat.markRead(session.appId, session.userId, dialogId, ids)
      else await hub.server.chat.markDelivered(session.appId, session.userId, dialogId, ids)
    } catch (error) {
      // A marker for a dialog the user is not in changes nothing; it is still a live receipt.
      hub.log.debug({ error: String(error), jid: session.jid }, "marker not recorded")
    }
  }
  if (target.kind !== "user") return
  if ((await blockedBy(hub, session, target.userId)) !== undefined) return
  const relay = relayCopy(stanza, { type: "chat", id: stanza.attrs.id, from: session.jid })
  await hub.router.toUser(session.appId, target.userId, relay, { offline: true })
}
