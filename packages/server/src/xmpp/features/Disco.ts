import { type Element, x } from "../Element.ts"
import { NS } from "../Namespaces.ts"
import type { XmppSession } from "../XmppSession.ts"

const features = [
  NS.discoInfo,
  NS.ping,
  NS.last,
  NS.privacy,
  NS.carbons,
  NS.sm,
  NS.csi,
  NS.markers,
  NS.correct,
  NS.remove,
  NS.chatStates,
  NS.muc,
]

/** disco#info on the server: what it speaks. */
export const handleServerInfo = (session: XmppSession, stanza: Element, domain: string): Element =>
  x(
    "iq",
    { xmlns: NS.client, type: "result", id: stanza.attrs.id, from: domain, to: session.jid },
    x(
      "query",
      { xmlns: NS.discoInfo },
      x("identity", { category: "server", type: "im", name: "Cube" }),
      ...features.map((feature) => x("feature", { var: feature })),
    ),
  )
