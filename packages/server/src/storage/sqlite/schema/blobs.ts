import type { Migration } from "../migrations.ts"

/** Blob records (the bytes are files beside the database). Times are unix milliseconds. */
export const blobs: Migration = {
  id: "003_blobs",
  sql: `
    CREATE TABLE blobs (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      app_id INTEGER NOT NULL,
      uid TEXT NOT NULL UNIQUE,
      owner_id INTEGER NOT NULL,
      name TEXT NOT NULL,
      content_type TEXT NOT NULL,
      is_public INTEGER NOT NULL DEFAULT 0,
      size INTEGER,
      uploaded_size INTEGER,
      upload_expires_at INTEGER NOT NULL,
      completed_at INTEGER,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );
    CREATE INDEX blobs_owner ON blobs (app_id, owner_id, id);
  `,
}
