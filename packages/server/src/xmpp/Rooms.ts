import type { XmppSession } from "./XmppSession.ts"

/**
 * Who joined which dialog room with a MUC presence. Delivery does not need a join (every occupant
 * of the dialog gets room messages); joins only drive occupant presences and the online list.
 */
export class Rooms {
  /** Room key (`{appId}_{dialogId}`) → user id → that user's joined sessions. */
  private readonly joined = new Map<string, Map<number, Set<XmppSession>>>()

  /** Adds the session; true when it is the user's first session in the room. */
  join(roomKey: string, session: XmppSession): boolean {
    let users = this.joined.get(roomKey)
    if (users === undefined) {
      users = new Map()
      this.joined.set(roomKey, users)
    }
    let sessions = users.get(session.userId)
    const first = sessions === undefined || sessions.size === 0
    if (sessions === undefined) {
      sessions = new Set()
      users.set(session.userId, sessions)
    }
    sessions.add(session)
    session.rooms.add(roomKey)
    return first
  }

  /** Removes the session; true when the user has no session left in the room. */
  leave(roomKey: string, session: XmppSession): boolean {
    session.rooms.delete(roomKey)
    const users = this.joined.get(roomKey)
    const sessions = users?.get(session.userId)
    if (users === undefined || sessions === undefined || !sessions.delete(session)) return false
    if (sessions.size > 0) return false
    users.delete(session.userId)
    if (users.size === 0) this.joined.delete(roomKey)
    return true
  }

  /** User ids with a joined session, ascending. */
  users(roomKey: string): number[] {
    return [...(this.joined.get(roomKey)?.keys() ?? [])].sort((a, b) => a - b)
  }

  /** Every joined session of the room. */
  sessions(roomKey: string): XmppSession[] {
    const found: XmppSession[] = []
    for (const set of this.joined.get(roomKey)?.values() ?? []) found.push(...set)
    return found
  }

  isJoined(roomKey: string, session: XmppSession): boolean {
    return this.joined.get(roomKey)?.get(session.userId)?.has(session) ?? false
  }
}
