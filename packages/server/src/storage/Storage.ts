import type { SessionsStore } from "./SessionsStore.ts"
import type { UsersStore } from "./UsersStore.ts"

/**
 * Everything the server keeps, one store per area. Handlers and the XMPP side talk only to this
 * interface, so another engine (PostgreSQL) can serve the same handlers. Each method is one atomic
 * operation: an implementation runs it in a single transaction.
 */
export interface Storage {
  readonly users: UsersStore
  readonly sessions: SessionsStore
  /** Flushes and closes; committed data survives. */
  close(): Promise<void>
}
