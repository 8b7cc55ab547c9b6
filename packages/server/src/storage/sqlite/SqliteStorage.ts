import type { Storage } from "../Storage.ts"
import { SqliteDatabase } from "./SqliteDatabase.ts"
import { SqliteSessionsStore } from "./SqliteSessionsStore.ts"
import { SqliteUsersStore } from "./SqliteUsersStore.ts"

/** The embedded default storage: one `node:sqlite` file in `dataDir` (in memory without one). */
export const openSqliteStorage = (dataDir: string | undefined): Storage & { readonly database: SqliteDatabase } => {
  const database = new SqliteDatabase(dataDir)
  return {
    database,
    users: new SqliteUsersStore(database),
    sessions: new SqliteSessionsStore(database),
    close: async () => database.close(),
  }
}
