import { type Element, x } from "./Element.ts"
import { NS } from "./Namespaces.ts"
import type { XmppHub } from "./XmppHub.ts"
import type { XmppSession } from "./XmppSession.ts"

/**
 * Message Carbons (XEP-0280), `<sent>` copies only: a user's other carbon-enabled sessions learn
 * what one of them sent. `<received>` carbons are never sent: the official SDK takes any child named
 * `received` for a delivery marker (protocol.md §4.15), and every session gets the message anyway.
 */
export class Carbons {
  private readonly hub: XmppHub

  constructor(hub: XmppHub) {
    this.hub = hub
  }

  /** Copies a 1-1 message the user sent to their other carbon-enabled sessions (all of them when `from` is not a session). */
  sent(appId: number, userId: number, message: Element, from?: XmppSession): void {
    for (const session of this.hub.sessions.available(appId, userId)) {
      if (session === from || !session.carbons) continue
      session.send(
        x(
          "message",
          { xmlns: NS.client, from: session.bare, to: session.jid, type: message.attrs.type ?? "chat" },
          x("sent", { xmlns: NS.carbons }, x("forwarded", { xmlns: NS.forward }, message.clone())),
        ),
      )
    }
  }
}
