import { type Element, x } from "../Element.ts"
import { NS } from "../Namespaces.ts"
import type { XmppSession } from "../XmppSession.ts"

/**
 * ConnectyCube's client state (`<mobile xmlns="http://tigase.org/protocol/mobile#v2" enable=…/>`):
 * `enable="true"` is markInactive (backgrounded: chat alerts instead of relying on live delivery),
 * `"false"` markActive. Standard CSI nonzas set the same flag (see XmppConnection).
 */
export const handleMobile = (session: XmppSession, stanza: Element, mobile: Element): Element => {
  session.inactive = mobile.attrs.enable === "true" || mobile.attrs.enable === "1"
  return x("iq", { xmlns: NS.client, type: "result", id: stanza.attrs.id, to: session.jid })
}
