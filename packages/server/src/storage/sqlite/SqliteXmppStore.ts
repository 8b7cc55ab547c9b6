import type {
  NewPushEvent,
  OfflineStanzaRecord,
  PrivacyItem,
  PrivacyListRecord,
  PushEventRecord,
  XmppStore,
} from "../XmppStore.ts"
import type { SqliteDatabase } from "./SqliteDatabase.ts"

type Row = Record<string, string | number | null>

const toOffline = (row: Row): OfflineStanzaRecord => ({
  id: Number(row.id),
  appId: Number(row.app_id),
  userId: Number(row.user_id),
  stanza: String(row.stanza),
  createdAt: Number(row.created_at),
})

const toPush = (row: Row): PushEventRecord => ({
  id: Number(row.id),
  appId: Number(row.app_id),
  userId: Number(row.user_id),
  senderId: Number(row.sender_id),
  dialogId: String(row.dialog_id),
  messageId: String(row.message_id),
  body: row.body === null ? null : String(row.body),
  createdAt: Number(row.created_at),
})

export class SqliteXmppStore implements XmppStore {
  private readonly sql: SqliteDatabase

  constructor(sql: SqliteDatabase) {
    this.sql = sql
  }

  async addOffline(appId: number, userId: number, stanza: string, createdAt: number): Promise<void> {
    this.sql
      .statement("INSERT INTO xmpp_offline (app_id, user_id, stanza, created_at) VALUES (?, ?, ?, ?)")
      .run(appId, userId, stanza, createdAt)
  }

  async listOffline(
    appId: number,
    userId: number,
    limit: number,
  ): Promise<ReadonlyArray<OfflineStanzaRecord>> {
    const rows = this.sql
      .statement("SELECT * FROM xmpp_offline WHERE app_id = ? AND user_id = ? ORDER BY id LIMIT ?")
      .all(appId, userId, limit) as Row[]
    return rows.map(toOffline)
  }

  async deleteOffline(ids: ReadonlyArray<number>): Promise<void> {
    if (ids.length === 0) return
    const statement = this.sql.statement("DELETE FROM xmpp_offline WHERE id = ?")
    this.sql.transaction(() => {
      for (const id of ids) statement.run(id)
    })
  }

  async countOffline(appId: number, userId: number): Promise<number> {
    const row = this.sql
      .statement("SELECT COUNT(*) AS n FROM xmpp_offline WHERE app_id = ? AND user_id = ?")
      .get(appId, userId) as Row
    return Number(row.n)
  }

  async putPrivacyList(list: PrivacyListRecord): Promise<void> {
    this.sql
      .statement(
        `INSERT INTO xmpp_privacy_lists (app_id, user_id, name, items, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (app_id, user_id, name) DO UPDATE SET items = excluded.items, updated_at = excluded.updated_at`,
      )
      .run(list.appId, list.userId, list.name, JSON.stringify(list.items), Date.now())
  }

  async getPrivacyList(appId: number, userId: number, name: string): Promise<PrivacyListRecord | undefined> {
    const row = this.sql
      .statement("SELECT items FROM xmpp_privacy_lists WHERE app_id = ? AND user_id = ? AND name = ?")
      .get(appId, userId, name) as Row | undefined
    if (row === undefined) return undefined
    return { appId, userId, name, items: JSON.parse(String(row.items)) as PrivacyItem[] }
  }

  async privacyListNames(appId: number, userId: number): Promise<ReadonlyArray<string>> {
    const rows = this.sql
      .statement("SELECT name FROM xmpp_privacy_lists WHERE app_id = ? AND user_id = ? ORDER BY name")
      .all(appId, userId) as Row[]
    return rows.map((row) => String(row.name))
  }

  async deletePrivacyList(appId: number, userId: number, name: string): Promise<boolean> {
    return this.sql.transaction(() => {
      const result = this.sql
        .statement("DELETE FROM xmpp_privacy_lists WHERE app_id = ? AND user_id = ? AND name = ?")
        .run(appId, userId, name)
      this.sql
        .statement("DELETE FROM xmpp_privacy_defaults WHERE app_id = ? AND user_id = ? AND name = ?")
        .run(appId, userId, name)
      return Number(result.changes) > 0
    })
  }

  async defaultPrivacyList(appId: number, userId: number): Promise<string | undefined> {
    const row = this.sql
      .statement("SELECT name FROM xmpp_privacy_defaults WHERE app_id = ? AND user_id = ?")
      .get(appId, userId) as Row | undefined
    return row === undefined ? undefined : String(row.name)
  }

  async setDefaultPrivacyList(appId: number, userId: number, name: string | null): Promise<void> {
    if (name === null) {
      this.sql
        .statement("DELETE FROM xmpp_privacy_defaults WHERE app_id = ? AND user_id = ?")
        .run(appId, userId)
      return
    }
    this.sql
      .statement(
        "INSERT INTO xmpp_privacy_defaults (app_id, user_id, name) VALUES (?, ?, ?) ON CONFLICT (app_id, user_id) DO UPDATE SET name = excluded.name",
      )
      .run(appId, userId, name)
  }

  async setLastSeen(appId: number, userId: number, at: number): Promise<void> {
    this.sql
      .statement(
        "INSERT INTO xmpp_last_seen (app_id, user_id, at) VALUES (?, ?, ?) ON CONFLICT (app_id, user_id) DO UPDATE SET at = excluded.at",
      )
      .run(appId, userId, at)
  }

  async lastSeen(appId: number, userId: number): Promise<number | undefined> {
    const row = this.sql
      .statement("SELECT at FROM xmpp_last_seen WHERE app_id = ? AND user_id = ?")
      .get(appId, userId) as Row | undefined
    return row === undefined ? undefined : Number(row.at)
  }

  async addPushEvent(event: NewPushEvent): Promise<PushEventRecord> {
    const row = this.sql
      .statement(
        `INSERT INTO xmpp_push_events (app_id, user_id, sender_id, dialog_id, message_id, body, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING *`,
      )
      .get(
        event.appId,
        event.userId,
        event.senderId,
        event.dialogId,
        event.messageId,
        event.body,
        event.createdAt,
      ) as Row
    return toPush(row)
  }

  async listPushEvents(
    appId: number,
    query: { readonly userId?: number; readonly limit: number },
  ): Promise<ReadonlyArray<PushEventRecord>> {
    const rows = (
      query.userId === undefined
        ? this.sql
            .statement("SELECT * FROM xmpp_push_events WHERE app_id = ? ORDER BY id DESC LIMIT ?")
            .all(appId, query.limit)
        : this.sql
            .statement(
              "SELECT * FROM xmpp_push_events WHERE app_id = ? AND user_id = ? ORDER BY id DESC LIMIT ?",
            )
            .all(appId, query.userId, query.limit)
    ) as Row[]
    return rows.map(toPush)
  }
}
