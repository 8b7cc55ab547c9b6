import { type Element, x } from "../Element.ts"
import { NS } from "../Namespaces.ts"
import type { XmppSession } from "../XmppSession.ts"

/** XEP-0280 `<enable/>` / `<disable/>` for this session. */
export const handleCarbons = (session: XmppSession, stanza: Element, request: Element): Element => {
  session.carbons = request.name === "enable"
  return x("iq", { xmlns: NS.client, type: "result", id: stanza.attrs.id, to: session.jid })
}
