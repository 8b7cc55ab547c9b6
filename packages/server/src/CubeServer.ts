import type { AddressInfo } from "node:net"
import { type AppConfig, resolveConfig, type ServerConfig } from "./config.ts"
import openapi from "./generated/openapi.json" with { type: "json" }
import { createHttpApp } from "./http/createHttpApp.ts"
import { handlers } from "./http/handlers/index.ts"
import { serveWeb } from "./http/serveWeb.ts"
import type { OpenApiDocument } from "./http/specRoutes.ts"
import { Presence } from "./Presence.ts"
import type { ServerContext } from "./ServerContext.ts"
import { ServerEvents } from "./ServerEvents.ts"
import { createChatService } from "./services/createChatService.ts"
import type { Storage } from "./storage/Storage.ts"
import { openSqliteStorage } from "./storage/sqlite/SqliteStorage.ts"
import type { PushSink } from "./xmpp/PushSink.ts"
import { XmppServer } from "./xmpp/XmppServer.ts"

/** A running server. */
export interface CubeServer {
  /** REST base URL, e.g. `http://127.0.0.1:8080`. */
  readonly url: string
  /** XMPP over WebSocket URL, e.g. `ws://127.0.0.1:8080/ws`. */
  readonly wsUrl: string
  readonly port: number
  readonly config: ServerConfig
  readonly context: ServerContext
  /** The XMPP side (connections, sessions); tests and operators reach it here. */
  readonly xmpp: XmppServer
  /** Stops accepting, closes every connection and the storage; committed data survives. */
  close(): Promise<void>
}

export interface StartOptions extends Partial<ServerConfig> {
  /** Use this storage instead of the embedded SQLite one (e.g. PostgreSQL). */
  readonly storage?: Storage
  /** Where chat alerts (push events) go; default: a webhook when `pushWebhookUrl` is set, else the log. */
  readonly pushSink?: PushSink
}

/** Starts REST and XMPP-over-WebSocket on one port (port 0 picks a free one). */
export const startServer = async (options: StartOptions = {}): Promise<CubeServer> => {
  const { storage: givenStorage, pushSink, ...partial } = options
  const config = resolveConfig(partial)
  const storage = givenStorage ?? openSqliteStorage(config.dataDir)
  const apps = new Map<number, AppConfig>(config.apps.map((app) => [app.id, app]))
  let baseUrl = `http://${config.host}:${config.port}`
  const context: ServerContext = {
    config,
    storage,
    events: new ServerEvents(),
    presence: new Presence(),
    chat: createChatService(storage),
    app: (id) => apps.get(id),
    baseUrl: () => baseUrl,
  }
  const http = createHttpApp(context, openapi as unknown as OpenApiDocument, handlers)
  if (config.webDir !== undefined) await serveWeb(http, config.webDir)
  const xmpp = new XmppServer(context, { log: http.log, ...(pushSink ? { pushSink } : {}) })
  http.server.on("upgrade", (request, socket, head) => xmpp.handleUpgrade(request, socket, head))
  await http.listen({ host: config.host, port: config.port })
  const port = (http.server.address() as AddressInfo).port
  baseUrl = `http://${config.host}:${port}`

  let closing: Promise<void> | undefined
  return {
    url: baseUrl,
    wsUrl: `ws://${config.host}:${port}/ws`,
    port,
    config,
    context,
    xmpp,
    close: () => {
      closing ??= (async () => {
        // XMPP first: upgraded sockets would otherwise keep the HTTP server from closing.
        await xmpp.close()
        await http.close()
        // Whatever is queued for a group commit is stored before the storage closes.
        await context.chat.flush()
        await storage.close()
      })()
      return closing
    },
  }
}
