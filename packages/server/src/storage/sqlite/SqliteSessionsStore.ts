import type { SessionRecord } from "../records.ts"
import type { SessionsStore } from "../SessionsStore.ts"
import type { SqliteDatabase } from "./SqliteDatabase.ts"

type Row = Record<string, string | number>

const toSession = (row: Row): SessionRecord => ({
  id: Number(row.id),
  token: String(row.token),
  appId: Number(row.app_id),
  userId: Number(row.user_id),
  createdAt: Number(row.created_at),
  updatedAt: Number(row.updated_at),
  expiresAt: Number(row.expires_at),
})

export class SqliteSessionsStore implements SessionsStore {
  private readonly sql: SqliteDatabase

  constructor(sql: SqliteDatabase) {
    this.sql = sql
  }

  async create(session: {
    appId: number
    userId: number
    token: string
    expiresAt: number
    createdAt: number
  }): Promise<SessionRecord> {
    const now = session.createdAt
    const row = this.sql
      .statement(
        "INSERT INTO sessions (token, app_id, user_id, created_at, updated_at, expires_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING *",
      )
      .get(session.token, session.appId, session.userId, now, now, session.expiresAt) as Row
    return toSession(row)
  }

  async findLive(token: string, now: number): Promise<SessionRecord | undefined> {
    const row = this.sql
      .statement("SELECT * FROM sessions WHERE token = ? AND expires_at > ?")
      .get(token, now) as Row | undefined
    return row && toSession(row)
  }

  async extend(token: string, expiresAt: number, now: number): Promise<void> {
    this.sql
      .statement("UPDATE sessions SET expires_at = ?, updated_at = ? WHERE token = ?")
      .run(expiresAt, now, token)
  }

  async setUser(token: string, userId: number, now: number): Promise<SessionRecord | undefined> {
    const row = this.sql
      .statement("UPDATE sessions SET user_id = ?, updated_at = ? WHERE token = ? RETURNING *")
      .get(userId, now, token) as Row | undefined
    return row && toSession(row)
  }

  async delete(token: string): Promise<void> {
    this.sql.statement("DELETE FROM sessions WHERE token = ?").run(token)
  }

  async deleteForUser(appId: number, userId: number): Promise<void> {
    this.sql.statement("DELETE FROM sessions WHERE app_id = ? AND user_id = ?").run(appId, userId)
  }
}
