import { isObjectId } from "../../ids.ts"
import type { Element } from "../Element.ts"
import { NS } from "../Namespaces.ts"
import { conditions, StanzaFailure } from "../StanzaErrors.ts"
import type { XmppHub } from "../XmppHub.ts"
import type { XmppSession } from "../XmppSession.ts"
import { applyToStored, relayChange } from "./changes.ts"

/** Message correction (`<replace xmlns="urn:xmpp:message-correct:0" id=…/>`): only the author may; the stored body changes; peers get the stanza. */
export const handleCorrection = async (
  hub: XmppHub,
  session: XmppSession,
  stanza: Element,
): Promise<void> => {
  const id = stanza.child("replace", NS.correct)?.attrs.id
  if (id === undefined || id === "")
    throw new StanzaFailure(conditions.badRequest, "The correction names no message")
  const body = stanza.childText("body") ?? ""
  const stored = isObjectId(id)
    ? await applyToStored(() =>
        hub.server.chat.editMessage(session.appId, session.userId, id.toLowerCase(), body),
      )
    : undefined
  await relayChange(hub, session, stanza, stored)
}
