import type { BlobFiles } from "./BlobFiles.ts"
import type { BlobsStore } from "./BlobsStore.ts"
import type { DataStore } from "./DataStore.ts"
import type { DialogsStore } from "./DialogsStore.ts"
import type { MessagesStore } from "./MessagesStore.ts"
import type { SessionsStore } from "./SessionsStore.ts"
import type { UsersStore } from "./UsersStore.ts"
import type { XmppStore } from "./XmppStore.ts"

/**
 * Everything the server keeps, one store per area. Handlers and the XMPP side talk only to this
 * interface, so another engine (PostgreSQL) can serve the same handlers. Each method is one atomic
 * operation: an implementation runs it in a single transaction.
 */
export interface Storage {
  readonly users: UsersStore
  readonly sessions: SessionsStore
  readonly dialogs: DialogsStore
  readonly messages: MessagesStore
  readonly blobs: BlobsStore
  /** The bytes of blobs, as files (also beside a PostgreSQL database). */
  readonly blobFiles: BlobFiles
  readonly data: DataStore
  /** Offline stanzas, privacy lists, last seen and chat alerts of the XMPP side. */
  readonly xmpp: XmppStore
  /** Flushes and closes; committed data survives. */
  close(): Promise<void>
}
