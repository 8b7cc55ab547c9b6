import { type Element, x } from "../Element.ts"
import { NS } from "../Namespaces.ts"
import type { XmppSession } from "../XmppSession.ts"

/** XEP-0199 ping to the server: answered at once (apps ping with a 1 s timeout). */
export const handlePing = (session: XmppSession, stanza: Element, from: string): Element =>
  x("iq", { xmlns: NS.client, type: "result", id: stanza.attrs.id, to: session.jid, from })

/** The server's own ping to an idle session (the SDKs answer it automatically). */
export const serverPing = (domain: string, session: XmppSession, n: number): Element =>
  x(
    "iq",
    { xmlns: NS.client, type: "get", id: `server-ping-${n}`, from: domain, to: session.jid },
    x("ping", { xmlns: NS.ping }),
  )
