import { x } from "./Element.ts"
import { userJid } from "./Jid.ts"
import { NS } from "./Namespaces.ts"
import type { XmppHub } from "./XmppHub.ts"
import type { XmppSession } from "./XmppSession.ts"

/**
 * ConnectyCube's status streaming: sessions subscribe to users and get a `jabber:iq:last` result
 * pushed when those users come online (`seconds="0"`) or go offline (seconds since, at least 1).
 */
export class StatusStreaming {
  private readonly hub: XmppHub
  private readonly watchers = new Map<string, Set<XmppSession>>()
  private pushes = 0

  constructor(hub: XmppHub) {
    this.hub = hub
  }

  subscribe(session: XmppSession, appId: number, userId: number): void {
    const key = `${appId}:${userId}`
    let set = this.watchers.get(key)
    if (set === undefined) {
      set = new Set()
      this.watchers.set(key, set)
    }
    set.add(session)
    session.watching.add(key)
  }

  unsubscribe(session: XmppSession, appId: number, userId: number): void {
    const key = `${appId}:${userId}`
    this.watchers.get(key)?.delete(session)
    if (this.watchers.get(key)?.size === 0) this.watchers.delete(key)
    session.watching.delete(key)
  }

  /** Forgets every subscription of an ending session. */
  drop(session: XmppSession): void {
    for (const key of session.watching) {
      this.watchers.get(key)?.delete(session)
      if (this.watchers.get(key)?.size === 0) this.watchers.delete(key)
    }
    session.watching.clear()
  }

  /** Pushes a user's new status to their watchers. */
  notify(appId: number, userId: number, seconds: number): void {
    const watchers = this.watchers.get(`${appId}:${userId}`)
    if (watchers === undefined) return
    const from = userJid(userId, appId, this.hub.domain)
    for (const session of watchers) {
      this.pushes += 1
      session.send(
        x(
          "iq",
          { xmlns: NS.client, type: "result", id: `status-streaming-${this.pushes}`, from, to: session.jid },
          x("query", { xmlns: NS.last, seconds }),
        ),
      )
    }
  }
}
