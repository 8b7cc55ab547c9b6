import type { AppConfig, ServerConfig } from "./config.ts"
import type { Presence } from "./Presence.ts"
import type { ServerEvents } from "./ServerEvents.ts"
import type { ChatService } from "./services/ChatService.ts"
import type { Storage } from "./storage/Storage.ts"

/** What every part of a running server shares: its configuration, storage and event bus. */
export interface ServerContext {
  readonly config: ServerConfig
  readonly storage: Storage
  readonly events: ServerEvents
  readonly presence: Presence
  readonly chat: ChatService
  /** The app with this id, if configured. */
  app(id: number): AppConfig | undefined
  /** The base URL clients reach this server at (for upload and download URLs). */
  baseUrl(): string
}
