import { BlobFiles } from "../BlobFiles.ts"
import type { Storage } from "../Storage.ts"
import { SqliteBlobsStore } from "./SqliteBlobsStore.ts"
import { SqliteDatabase, type SqliteOptions } from "./SqliteDatabase.ts"
import { SqliteDataStore } from "./SqliteDataStore.ts"
import { SqliteDialogsStore } from "./SqliteDialogsStore.ts"
import { SqliteMessagesStore } from "./SqliteMessagesStore.ts"
import { SqliteSessionsStore } from "./SqliteSessionsStore.ts"
import { SqliteUsersStore } from "./SqliteUsersStore.ts"
import { SqliteXmppStore } from "./SqliteXmppStore.ts"

/**
 * The embedded default storage: one `node:sqlite` file in `dataDir` (in memory without one), blob
 * files in `dataDir/blobs` (a temporary folder, removed on close, without one).
 */
export const openSqliteStorage = (
  dataDir: string | undefined,
  options: SqliteOptions = {},
): Storage & { readonly database: SqliteDatabase } => {
  const database = new SqliteDatabase(dataDir, options)
  const blobFiles = BlobFiles.open(dataDir)
  return {
    database,
    users: new SqliteUsersStore(database),
    sessions: new SqliteSessionsStore(database),
    dialogs: new SqliteDialogsStore(database),
    messages: new SqliteMessagesStore(database),
    blobs: new SqliteBlobsStore(database),
    blobFiles,
    data: new SqliteDataStore(database),
    xmpp: new SqliteXmppStore(database),
    close: async () => {
      await database.close()
      await blobFiles.close()
    },
  }
}
