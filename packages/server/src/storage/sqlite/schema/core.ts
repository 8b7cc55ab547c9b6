import type { Migration } from "../migrations.ts"

/** Users and REST sessions. Times are unix milliseconds. */
export const core: Migration = {
  id: "001_core",
  sql: `
    CREATE TABLE users (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      app_id INTEGER NOT NULL,
      login TEXT,
      email TEXT,
      full_name TEXT,
      phone TEXT,
      website TEXT,
      external_user_id INTEGER,
      facebook_id TEXT,
      twitter_id TEXT,
      blob_id INTEGER,
      avatar TEXT,
      custom_data TEXT,
      tags TEXT NOT NULL DEFAULT '',
      timezone INTEGER,
      is_guest INTEGER NOT NULL DEFAULT 0,
      password_hash TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      last_request_at INTEGER
    );
    CREATE UNIQUE INDEX users_login ON users (app_id, login COLLATE NOCASE) WHERE login IS NOT NULL;
    CREATE UNIQUE INDEX users_email ON users (app_id, email COLLATE NOCASE) WHERE email IS NOT NULL;
    CREATE INDEX users_full_name ON users (app_id, full_name COLLATE NOCASE);

    CREATE TABLE sessions (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      token TEXT NOT NULL UNIQUE,
      app_id INTEGER NOT NULL,
      user_id INTEGER NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      expires_at INTEGER NOT NULL
    );
    CREATE INDEX sessions_user ON sessions (app_id, user_id);
  `,
}
