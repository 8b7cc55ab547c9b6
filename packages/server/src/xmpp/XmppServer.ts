import type { IncomingMessage } from "node:http"
import type { Duplex } from "node:stream"
import { WebSocketServer } from "ws"
import type { ServerContext } from "../ServerContext.ts"
import { Carbons } from "./Carbons.ts"
import { ChatAlerts } from "./ChatAlerts.ts"
import { OfflineQueue } from "./OfflineQueue.ts"
import { Privacy } from "./Privacy.ts"
import { LoggingPushSink, type PushSink, WebhookPushSink } from "./PushSink.ts"
import { bridgeRestEvents } from "./RestBridge.ts"
import { Rooms } from "./Rooms.ts"
import { Router } from "./Router.ts"
import { endSession } from "./SessionLifecycle.ts"
import { SessionRegistry } from "./SessionRegistry.ts"
import { StatusStreaming } from "./StatusStreaming.ts"
import { XmppConnection } from "./XmppConnection.ts"
import type { XmppHub, XmppLog } from "./XmppHub.ts"

export interface XmppServerOptions {
  readonly log: XmppLog
  /** Where chat alerts go; by default a webhook when `config.pushWebhookUrl` is set, else the log. */
  readonly pushSink?: PushSink
}

class Hub implements XmppHub {
  readonly server: ServerContext
  readonly domain: string
  readonly log: XmppLog
  readonly sessions = new SessionRegistry()
  readonly router: Router
  readonly carbons: Carbons
  readonly rooms = new Rooms()
  readonly offline: OfflineQueue
  readonly privacy: Privacy
  readonly alerts: ChatAlerts
  readonly statusStreaming: StatusStreaming
  readonly pending = new Set<Promise<unknown>>()

  constructor(server: ServerContext, options: XmppServerOptions) {
    this.server = server
    this.domain = server.config.chatDomain.toLowerCase()
    this.log = options.log
    this.router = new Router(this)
    this.carbons = new Carbons(this)
    this.offline = new OfflineQueue(this)
    this.privacy = new Privacy(server.storage.xmpp)
    const sink =
      options.pushSink ??
      (server.config.pushWebhookUrl !== undefined
        ? new WebhookPushSink(server.config.pushWebhookUrl, options.log)
        : new LoggingPushSink(options.log))
    this.alerts = new ChatAlerts(this, sink)
    this.statusStreaming = new StatusStreaming(this)
  }

  background(work: Promise<unknown>): void {
    const tracked = work
      .catch((error: unknown) =>
        this.log.error(
          { error: error instanceof Error ? (error.stack ?? error.message) : String(error) },
          "XMPP background work failed",
        ),
      )
      .finally(() => this.pending.delete(tracked))
    this.pending.add(tracked)
  }
}

/**
 * XMPP over WebSocket (RFC 7395, sub-protocol `xmpp`) on the REST server's port: takes `/ws`
 * upgrades, keeps the connections, pings idle ones, and closes them all on shutdown.
 */
export class XmppServer {
  readonly hub: XmppHub
  private readonly pending: Set<Promise<unknown>>
  private readonly wss: WebSocketServer
  private readonly connections = new Set<XmppConnection>()
  private readonly timer: NodeJS.Timeout
  private readonly unbridge: () => void
  private closing = false

  constructor(server: ServerContext, options: XmppServerOptions) {
    const hub = new Hub(server, options)
    this.hub = hub
    this.pending = hub.pending
    this.wss = new WebSocketServer({
      noServer: true,
      // Room above the stanza limit, so an oversized frame gets a stream error rather than a bare close.
      maxPayload: server.config.maxStanzaBytes * 4 + 4096,
      perMessageDeflate: false,
      handleProtocols: (protocols) => (protocols.has("xmpp") ? "xmpp" : false),
    })
    this.unbridge = bridgeRestEvents(hub)
    const every = Math.min(5_000, Math.max(50, Math.floor(server.config.pingIntervalMs / 4)))
    this.timer = setInterval(() => {
      const now = Date.now()
      for (const connection of this.connections) connection.tick(now)
    }, every)
    this.timer.unref?.()
  }

  /** Handles an HTTP upgrade: `/ws` becomes an XMPP stream, anything else is refused. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on("error", () => {})
    const path = (request.url ?? "/").split("?")[0]
    if (this.closing || path !== "/ws") {
      socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")
      return
    }
    this.wss.handleUpgrade(request, socket, head, (ws) => {
      if (this.closing) return ws.terminate()
      const connection = new XmppConnection(ws, this.hub, (gone) => this.connections.delete(gone))
      this.connections.add(connection)
    })
  }

  /** Cuts the sockets of a user's sessions as a network failure would (no stream error, no `<close/>`). Returns how many. */
  dropSockets(appId: number, userId: number): number {
    let dropped = 0
    for (const connection of this.connections) {
      if (connection.session?.appId === appId && connection.session.userId === userId) {
        connection.drop()
        dropped += 1
      }
    }
    return dropped
  }

  /** Ends every stream (`system-shutdown`), every waiting session, and the work they started. */
  async close(): Promise<void> {
    if (this.closing) return
    this.closing = true
    clearInterval(this.timer)
    this.unbridge()
    const connections = [...this.connections]
    for (const connection of connections) connection.shutdown()
    await Promise.race([Promise.all(connections.map((connection) => connection.idle())), delay(2_000)])
    for (const session of this.hub.sessions.all()) this.hub.background(endSession(this.hub, session))
    for (let round = 0; round < 5 && this.pending.size > 0; round++)
      await Promise.race([Promise.allSettled([...this.pending]), delay(1_000)])
    for (const client of this.wss.clients) client.terminate()
    this.wss.close()
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref?.())
