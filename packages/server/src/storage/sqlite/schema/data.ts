import type { Migration } from "../migrations.ts"

/**
 * Custom-object records (`data`), every class of every app in one table. `fields` and `permissions`
 * are JSON objects (filters read them with JSON1). Times are unix **seconds**, as on the wire.
 */
export const data: Migration = {
  id: "004_data",
  sql: `
    CREATE TABLE data_records (
      id TEXT PRIMARY KEY,
      app_id INTEGER NOT NULL,
      class_name TEXT NOT NULL,
      owner_id INTEGER NOT NULL,
      parent_id TEXT,
      fields TEXT NOT NULL CHECK (json_valid(fields) AND json_type(fields) = 'object'),
      permissions TEXT NOT NULL CHECK (json_valid(permissions)),
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );
    CREATE INDEX data_records_class ON data_records (app_id, class_name, id);
    CREATE INDEX data_records_owner ON data_records (app_id, class_name, owner_id);
    CREATE INDEX data_records_parent ON data_records (app_id, parent_id) WHERE parent_id IS NOT NULL;
  `,
}
