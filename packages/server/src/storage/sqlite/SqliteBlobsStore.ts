import type { BlobRecord, BlobsStore, NewBlob } from "../BlobsStore.ts"
import type { SqliteDatabase } from "./SqliteDatabase.ts"

type Row = Record<string, string | number | null>

const toBlob = (row: Row): BlobRecord => ({
  id: Number(row.id),
  appId: Number(row.app_id),
  uid: String(row.uid),
  ownerId: Number(row.owner_id),
  name: String(row.name),
  contentType: String(row.content_type),
  isPublic: row.is_public === 1,
  size: row.size === null ? null : Number(row.size),
  uploadedSize: row.uploaded_size === null ? null : Number(row.uploaded_size),
  uploadExpiresAt: Number(row.upload_expires_at),
  completedAt: row.completed_at === null ? null : Number(row.completed_at),
  createdAt: Number(row.created_at),
  updatedAt: Number(row.updated_at),
})

export class SqliteBlobsStore implements BlobsStore {
  private readonly sql: SqliteDatabase

  constructor(sql: SqliteDatabase) {
    this.sql = sql
  }

  async create(blob: NewBlob): Promise<BlobRecord> {
    const now = Date.now()
    const row = this.sql
      .statement(
        `INSERT INTO blobs (app_id, uid, owner_id, name, content_type, is_public, upload_expires_at, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
      )
      .get(
        blob.appId,
        blob.uid,
        blob.ownerId,
        blob.name,
        blob.contentType,
        blob.isPublic ? 1 : 0,
        blob.uploadExpiresAt,
        now,
        now,
      ) as Row
    return toBlob(row)
  }

  async get(appId: number, id: number): Promise<BlobRecord | undefined> {
    const row = this.sql.statement("SELECT * FROM blobs WHERE app_id = ? AND id = ?").get(appId, id) as
      | Row
      | undefined
    return row && toBlob(row)
  }

  async findByUid(uid: string): Promise<BlobRecord | undefined> {
    const row = this.sql.statement("SELECT * FROM blobs WHERE uid = ?").get(uid) as Row | undefined
    return row && toBlob(row)
  }

  async listByOwner(appId: number, ownerId: number, page: { limit: number; offset: number }) {
    const total = (
      this.sql
        .statement("SELECT count(*) AS n FROM blobs WHERE app_id = ? AND owner_id = ?")
        .get(appId, ownerId) as {
        n: number
      }
    ).n
    const rows = this.sql
      .statement("SELECT * FROM blobs WHERE app_id = ? AND owner_id = ? ORDER BY id ASC LIMIT ? OFFSET ?")
      .all(appId, ownerId, page.limit, page.offset) as Row[]
    return { items: rows.map(toBlob), total }
  }

  async markUploaded(id: number, bytes: number, at: number): Promise<boolean> {
    const result = this.sql
      .statement("UPDATE blobs SET uploaded_size = ?, updated_at = ? WHERE id = ? AND uploaded_size IS NULL")
      .run(bytes, at, id)
    return result.changes > 0
  }

  async unmarkUploaded(id: number): Promise<void> {
    this.sql.statement("UPDATE blobs SET uploaded_size = NULL WHERE id = ? AND completed_at IS NULL").run(id)
  }

  async complete(appId: number, id: number, size: number, at: number): Promise<BlobRecord | undefined> {
    const row = this.sql
      .statement(
        `UPDATE blobs SET size = ?, completed_at = coalesce(completed_at, ?), updated_at = ?
         WHERE app_id = ? AND id = ? RETURNING *`,
      )
      .get(size, at, at, appId, id) as Row | undefined
    return row && toBlob(row)
  }

  async rename(appId: number, id: number, name: string, at: number): Promise<BlobRecord | undefined> {
    const row = this.sql
      .statement("UPDATE blobs SET name = ?, updated_at = ? WHERE app_id = ? AND id = ? RETURNING *")
      .get(name, at, appId, id) as Row | undefined
    return row && toBlob(row)
  }

  async delete(appId: number, id: number): Promise<boolean> {
    return this.sql.statement("DELETE FROM blobs WHERE app_id = ? AND id = ?").run(appId, id).changes > 0
  }
}
