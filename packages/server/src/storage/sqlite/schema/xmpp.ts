import type { Migration } from "../migrations.ts"

/** XMPP state: offline stanzas, privacy lists (items as JSON) and the default list, last seen, chat alerts. Times are unix ms. */
export const xmpp: Migration = {
  id: "005_xmpp",
  sql: `
    CREATE TABLE xmpp_offline (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      app_id INTEGER NOT NULL,
      user_id INTEGER NOT NULL,
      stanza TEXT NOT NULL,
      created_at INTEGER NOT NULL
    );
    CREATE INDEX xmpp_offline_user ON xmpp_offline (app_id, user_id, id);

    CREATE TABLE xmpp_privacy_lists (
      app_id INTEGER NOT NULL,
      user_id INTEGER NOT NULL,
      name TEXT NOT NULL,
      items TEXT NOT NULL,
      updated_at INTEGER NOT NULL,
      PRIMARY KEY (app_id, user_id, name)
    );

    CREATE TABLE xmpp_privacy_defaults (
      app_id INTEGER NOT NULL,
      user_id INTEGER NOT NULL,
      name TEXT NOT NULL,
      PRIMARY KEY (app_id, user_id)
    );

    CREATE TABLE xmpp_last_seen (
      app_id INTEGER NOT NULL,
      user_id INTEGER NOT NULL,
      at INTEGER NOT NULL,
      PRIMARY KEY (app_id, user_id)
    );

    CREATE TABLE xmpp_push_events (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      app_id INTEGER NOT NULL,
      user_id INTEGER NOT NULL,
      sender_id INTEGER NOT NULL,
      dialog_id TEXT NOT NULL,
      message_id TEXT NOT NULL,
      body TEXT,
      created_at INTEGER NOT NULL
    );
    CREATE INDEX xmpp_push_events_user ON xmpp_push_events (app_id, user_id, id);
  `,
}
