import type { ServerContext } from "../ServerContext.ts"
import type { Carbons } from "./Carbons.ts"
import type { ChatAlerts } from "./ChatAlerts.ts"
import type { OfflineQueue } from "./OfflineQueue.ts"
import type { Privacy } from "./Privacy.ts"
import type { Rooms } from "./Rooms.ts"
import type { Router } from "./Router.ts"
import type { SessionRegistry } from "./SessionRegistry.ts"
import type { StatusStreaming } from "./StatusStreaming.ts"

/** Where XMPP diagnostics go (the server's logger). */
export interface XmppLog {
  debug(details: Record<string, unknown>, message: string): void
  warn(details: Record<string, unknown>, message: string): void
  error(details: Record<string, unknown>, message: string): void
}

/** Everything the XMPP features share: the server context and the session-wide services. */
export interface XmppHub {
  readonly server: ServerContext
  /** The JID domain (`config.chatDomain`); rooms live at `muc.{domain}`. */
  readonly domain: string
  readonly sessions: SessionRegistry
  readonly router: Router
  readonly carbons: Carbons
  readonly rooms: Rooms
  readonly offline: OfflineQueue
  readonly privacy: Privacy
  readonly alerts: ChatAlerts
  readonly statusStreaming: StatusStreaming
  readonly log: XmppLog
  /** Runs work nobody awaits (ending a session, a REST event's delivery); the server waits for it when closing. Never rejects. */
  background(work: Promise<unknown>): void
}
