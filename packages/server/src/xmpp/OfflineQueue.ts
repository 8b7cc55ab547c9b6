import { type Element, x } from "./Element.ts"
import { parseFrame } from "./FrameParser.ts"
import { userJid } from "./Jid.ts"
import { NS } from "./Namespaces.ts"
import type { XmppHub } from "./XmppHub.ts"
import type { XmppSession } from "./XmppSession.ts"

/** `2026-11-22T02:12:13Z`: an XEP-0082 timestamp without milliseconds. */
export const xmppStamp = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z")

const batchSize = 100

/**
 * Stanzas for users with no available session, kept in storage and replayed at their next login
 * with a `<delay xmlns="urn:xmpp:delay" stamp=…/>` of when the server first handled them.
 */
export class OfflineQueue {
  private readonly hub: XmppHub
  /** One flush per user at a time, so two new sessions never replay the same rows twice. */
  private readonly flushing = new Map<string, Promise<void>>()

  constructor(hub: XmppHub) {
    this.hub = hub
  }

  /** Keeps a stanza for the user (addressed to their bare JID), stamped `at` unless it already carries a delay. */
  async store(appId: number, userId: number, stanza: Element, at = Date.now()): Promise<void> {
    const copy = stanza.clone()
    copy.attrs.to = userJid(userId, appId, this.hub.domain)
    if (copy.child("delay", NS.delay) === undefined)
      copy.append(x("delay", { xmlns: NS.delay, from: this.hub.domain, stamp: xmppStamp(at) }))
    await this.hub.server.storage.xmpp.addOffline(appId, userId, copy.toString(), at)
  }

  /** Replays everything stored for the session's user to it, oldest first; rows go once sent. */
  flush(session: XmppSession): Promise<void> {
    const key = session.userKey
    const previous = this.flushing.get(key) ?? Promise.resolve()
    const run = previous.then(() => this.replay(session))
    // The caller sees `run` fail; the chain kept for the next flush never rejects.
    const tracked: Promise<void> = run
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => {
        if (this.flushing.get(key) === tracked) this.flushing.delete(key)
      })
    this.flushing.set(key, tracked)
    return run
  }

  private async replay(session: XmppSession): Promise<void> {
    const store = this.hub.server.storage.xmpp
    const limits = {
      maxBytes: Math.max(this.hub.server.config.maxStanzaBytes * 4, 1024 * 1024),
      maxDepth: 64,
    }
    for (;;) {
      if (session.ended) return
      const rows = await store.listOffline(session.appId, session.userId, batchSize)
      if (rows.length === 0) return
      const done: number[] = []
      for (const row of rows) {
        if (session.ended) break
        let stanza: Element | undefined
        try {
          stanza = parseFrame(row.stanza, limits)
        } catch (error) {
          this.hub.log.warn({ id: row.id, error: String(error) }, "dropping an unreadable offline stanza")
        }
        if (stanza !== undefined) {
          stanza.attrs.to = session.jid
          session.send(stanza)
        }
        done.push(row.id)
      }
      await store.deleteOffline(done)
      if (rows.length < batchSize) return
    }
  }
}
