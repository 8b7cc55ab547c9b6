import type { Element } from "./Element.ts"
import { userJid } from "./Jid.ts"
import type { StreamManagement } from "./StreamManagement.ts"

/** What a session needs from the socket it is attached to. */
export interface SessionLink {
  /** Writes one element to the socket (dropped when the socket is gone). */
  write(element: Element): void
  /** Asks the client for an `<a h/>` soon (debounced). */
  requestAck(): void
  /** Resolves once every frame received so far is handled. */
  idle(): Promise<void>
  /** Another socket resumed this session: close this one without ending the session. */
  replaced(): void
}

/**
 * One bound resource of a user. It outlives its socket when stream management with resumption is
 * on: detached, it keeps queueing stanzas until it is resumed or its resume window ends.
 */
export class XmppSession {
  readonly appId: number
  readonly userId: number
  readonly resource: string
  /** `{userId}-{appId}@{domain}/{resource}` */
  readonly jid: string
  /** `{userId}-{appId}@{domain}` */
  readonly bare: string
  link: SessionLink | undefined
  sm: StreamManagement | undefined
  /** Initial presence handled and offline messages flushed: live routing reaches this session. */
  available = false
  /** Initial presence received (offline flush started). */
  presenceReceived = false
  /** Message Carbons (XEP-0280) enabled. */
  carbons = false
  /** Client state: inactive (CSI or ConnectyCube's mobile mode) gets chat alerts instead of relying on live delivery. */
  inactive = false
  /** Room keys (`{appId}_{dialogId}`) joined with a MUC presence. */
  readonly rooms = new Set<string>()
  /** Users (`{appId}:{userId}`) whose online status this session streams. */
  readonly watching = new Set<string>()
  ended = false
  /** Pending end of a detached session. */
  resumeTimer: NodeJS.Timeout | undefined
  /** Resolves when the last socket finished handling what it received. */
  settled: Promise<void> = Promise.resolve()

  constructor(appId: number, userId: number, resource: string, domain: string) {
    this.appId = appId
    this.userId = userId
    this.resource = resource
    this.bare = userJid(userId, appId, domain)
    this.jid = `${this.bare}/${resource}`
  }

  /** `{appId}:{userId}` */
  get userKey(): string {
    return `${this.appId}:${this.userId}`
  }

  /** Sends a stanza: counted and queued under stream management, written when attached. */
  send(stanza: Element): void {
    if (this.ended) return
    if (this.sm !== undefined) this.sm.sent(stanza, Date.now())
    this.link?.write(stanza)
    if (this.sm !== undefined) this.link?.requestAck()
  }
}
