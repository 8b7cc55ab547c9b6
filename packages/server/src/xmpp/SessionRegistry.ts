import type { XmppSession } from "./XmppSession.ts"

/** Every live session (attached or waiting for resumption), by user and by resumption id. */
export class SessionRegistry {
  private readonly byUser = new Map<string, Set<XmppSession>>()
  private readonly byResumeId = new Map<string, XmppSession>()

  add(session: XmppSession): void {
    let set = this.byUser.get(session.userKey)
    if (set === undefined) {
      set = new Set()
      this.byUser.set(session.userKey, set)
    }
    set.add(session)
  }

  /** Indexes a session by its stream-management resumption id. */
  addResumable(id: string, session: XmppSession): void {
    this.byResumeId.set(id, session)
  }

  remove(session: XmppSession): void {
    const set = this.byUser.get(session.userKey)
    if (set !== undefined) {
      set.delete(session)
      if (set.size === 0) this.byUser.delete(session.userKey)
    }
    const id = session.sm?.id
    if (id !== undefined && this.byResumeId.get(id) === session) this.byResumeId.delete(id)
  }

  resumable(id: string): XmppSession | undefined {
    return this.byResumeId.get(id)
  }

  /** Every session of a user (available or not). */
  sessionsOf(appId: number, userId: number): XmppSession[] {
    return [...(this.byUser.get(`${appId}:${userId}`) ?? [])]
  }

  /** The sessions live routing reaches: initial presence sent, not ended. */
  available(appId: number, userId: number): XmppSession[] {
    const found: XmppSession[] = []
    for (const session of this.byUser.get(`${appId}:${userId}`) ?? [])
      if (session.available && !session.ended) found.push(session)
    return found
  }

  hasSessions(appId: number, userId: number): boolean {
    return this.byUser.has(`${appId}:${userId}`)
  }

  all(): XmppSession[] {
    const sessions: XmppSession[] = []
    for (const set of this.byUser.values()) sessions.push(...set)
    return sessions
  }
}
