import { isObjectId } from "../../ids.ts"
import type { Element } from "../Element.ts"
import { NS } from "../Namespaces.ts"
import { conditions, StanzaFailure } from "../StanzaErrors.ts"
import type { XmppHub } from "../XmppHub.ts"
import type { XmppSession } from "../XmppSession.ts"
import { applyToStored, relayChange } from "./changes.ts"

/** Message delete (`<remove xmlns="urn:xmpp:message-delete:0" id=…/>`): deleted for everyone when the sender may; peers get the stanza. */
export const handleRetraction = async (
  hub: XmppHub,
  session: XmppSession,
  stanza: Element,
): Promise<void> => {
  const id = stanza.child("remove", NS.remove)?.attrs.id
  if (id === undefined || id === "")
    throw new StanzaFailure(conditions.badRequest, "The delete names no message")
  const stored = isObjectId(id)
    ? await applyToStored(() =>
        hub.server.chat.deleteMessage(session.appId, session.userId, id.toLowerCase(), true),
      )
    : undefined
  await relayChange(hub, session, stanza, stored)
}
