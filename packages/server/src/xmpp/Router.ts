import type { Element } from "./Element.ts"
import type { XmppHub } from "./XmppHub.ts"
import type { XmppSession } from "./XmppSession.ts"

export interface RouteOptions {
  /** Keep it for the user's next login when no session is available. */
  readonly offline?: boolean
  /** A session that must not get a copy (the one the stanza came from). */
  readonly except?: XmppSession | undefined
}

/** Delivers stanzas to users: a copy to each available session, or the offline queue. */
export class Router {
  private readonly hub: XmppHub

  constructor(hub: XmppHub) {
    this.hub = hub
  }

  /** Sends a copy addressed to the session's full JID. */
  toSession(session: XmppSession, stanza: Element): void {
    const copy = stanza.clone()
    copy.attrs.to = session.jid
    session.send(copy)
  }

  /** Delivers to every available session of the user; stores it offline when there is none and `offline` is set. Resolves with the number of live copies. */
  async toUser(appId: number, userId: number, stanza: Element, options: RouteOptions = {}): Promise<number> {
    const sessions = this.hub.sessions.available(appId, userId)
    if (sessions.length === 0) {
      if (options.offline === true) await this.hub.offline.store(appId, userId, stanza)
      return 0
    }
    let delivered = 0
    for (const session of sessions) {
      if (session === options.except) continue
      this.toSession(session, stanza)
      delivered += 1
    }
    return delivered
  }

  /** Whether the user has a session that live routing reaches. */
  isAvailable(appId: number, userId: number): boolean {
    return this.hub.sessions.available(appId, userId).length > 0
  }
}
