import type { Migration } from "../migrations.ts"

/**
 * Dialogs, their occupants (one row per member: unread counter, notification setting, hidden and
 * cleared state), messages with per-user read / delivered / reaction / hidden rows, and an FTS5
 * index over message bodies. Times are unix milliseconds except `date_sent` (unix seconds).
 * `messages.seq` is the server's arrival order: "cleared before" and "unread after" compare it.
 */
export const chat: Migration = {
  id: "002_chat",
  sql: `
    CREATE TABLE dialogs (
      id TEXT PRIMARY KEY,
      app_id INTEGER NOT NULL,
      type INTEGER NOT NULL,
      owner_id INTEGER NOT NULL,
      name TEXT,
      description TEXT,
      photo TEXT,
      admin_ids TEXT NOT NULL DEFAULT '[]',
      pinned_message_ids TEXT NOT NULL DEFAULT '[]',
      extensions TEXT,
      allow_preview INTEGER,
      private_pair TEXT,
      last_message TEXT,
      last_message_id TEXT,
      last_message_user_id INTEGER,
      last_message_date_sent INTEGER,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE UNIQUE INDEX dialogs_private_pair ON dialogs (app_id, private_pair) WHERE private_pair IS NOT NULL;
    CREATE INDEX dialogs_app_type ON dialogs (app_id, type);

    CREATE TABLE dialog_occupants (
      dialog_id TEXT NOT NULL REFERENCES dialogs (id) ON DELETE CASCADE,
      user_id INTEGER NOT NULL,
      app_id INTEGER NOT NULL,
      unread_count INTEGER NOT NULL DEFAULT 0,
      unread_after_seq INTEGER NOT NULL DEFAULT 0,
      cleared_seq INTEGER NOT NULL DEFAULT 0,
      notifications INTEGER NOT NULL DEFAULT 1,
      hidden INTEGER NOT NULL DEFAULT 0,
      joined_at INTEGER NOT NULL,
      PRIMARY KEY (dialog_id, user_id)
    ) WITHOUT ROWID;
    CREATE INDEX dialog_occupants_user ON dialog_occupants (app_id, user_id, hidden);

    CREATE TABLE messages (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      id TEXT NOT NULL,
      app_id INTEGER NOT NULL,
      dialog_id TEXT NOT NULL REFERENCES dialogs (id) ON DELETE CASCADE,
      sender_id INTEGER NOT NULL,
      recipient_id INTEGER NOT NULL,
      body TEXT,
      date_sent INTEGER NOT NULL,
      attachments TEXT NOT NULL DEFAULT '[]',
      custom TEXT NOT NULL DEFAULT '{}',
      markable INTEGER NOT NULL DEFAULT 0,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );
    CREATE UNIQUE INDEX messages_app_id ON messages (app_id, id);
    CREATE INDEX messages_history ON messages (dialog_id, date_sent, id);
    CREATE INDEX messages_dialog_seq ON messages (dialog_id, seq);

    CREATE TABLE message_reads (
      message_seq INTEGER NOT NULL REFERENCES messages (seq) ON DELETE CASCADE,
      user_id INTEGER NOT NULL,
      PRIMARY KEY (message_seq, user_id)
    ) WITHOUT ROWID;
    CREATE TABLE message_deliveries (
      message_seq INTEGER NOT NULL REFERENCES messages (seq) ON DELETE CASCADE,
      user_id INTEGER NOT NULL,
      PRIMARY KEY (message_seq, user_id)
    ) WITHOUT ROWID;
    CREATE TABLE message_hidden (
      message_seq INTEGER NOT NULL REFERENCES messages (seq) ON DELETE CASCADE,
      user_id INTEGER NOT NULL,
      PRIMARY KEY (message_seq, user_id)
    ) WITHOUT ROWID;
    CREATE TABLE message_reactions (
      message_seq INTEGER NOT NULL REFERENCES messages (seq) ON DELETE CASCADE,
      user_id INTEGER NOT NULL,
      reaction TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      PRIMARY KEY (message_seq, user_id)
    ) WITHOUT ROWID;

    CREATE VIRTUAL TABLE messages_fts USING fts5 (
      body, content = 'messages', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
      INSERT INTO messages_fts (rowid, body) VALUES (new.seq, coalesce(new.body, ''));
    END;
    CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
      INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.seq, coalesce(old.body, ''));
    END;
    CREATE TRIGGER messages_fts_update AFTER UPDATE OF body ON messages BEGIN
      INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.seq, coalesce(old.body, ''));
      INSERT INTO messages_fts (rowid, body) VALUES (new.seq, coalesce(new.body, ''));
    END;
  `,
}

/**
 * New messages are added to the FTS5 index once per group commit (one `INSERT … SELECT` over the
 * batch's rows, see `saveMessages`), not by a per-row trigger: FTS5 writes its pending terms out
 * at every statement that touches it, so a trigger made one index segment per message (two thirds
 * of a message's storage cost). Edits and deletes keep their triggers.
 */
export const chatFtsInBatches: Migration = {
  id: "006_chat_fts_batches",
  sql: "DROP TRIGGER messages_fts_insert;",
}
