import type { SessionRecord } from "./records.ts"

/** REST session tokens; a token doubles as the XMPP password of its user. */
export interface SessionsStore {
  create(session: {
    readonly appId: number
    readonly userId: number
    readonly token: string
    readonly expiresAt: number
    /** The clock reading the expiry was computed from, so both agree to the millisecond. */
    readonly createdAt: number
  }): Promise<SessionRecord>
  /** The live session of a token, or undefined when it is unknown or expired. */
  findLive(token: string, now: number): Promise<SessionRecord | undefined>
  /** Moves the expiry of a live session (requests extend it: see http/sessionLife.ts). */
  extend(token: string, expiresAt: number, now: number): Promise<void>
  /** Binds or unbinds a user (POST/DELETE /login.json). */
  setUser(token: string, userId: number, now: number): Promise<SessionRecord | undefined>
  delete(token: string): Promise<void>
  deleteForUser(appId: number, userId: number): Promise<void>
}
