/// <reference path="./xmpp.d.ts" />
// The xmpp.js entity: @xmpp/websocket's RFC 7395 connection, opening sockets with an injected constructor.
// Its own Socket calls `new WebSocket(url, ["xmpp"])` on the global; this subclass changes only that call, so
// the framing, parser and listeners stay xmpp.js's. @xmpp/client-core's `Client` is not used: with one
// transport, choosing among transports is all it would add.
import ConnectionWebSocket from "@xmpp/websocket/lib/Connection.js"
import Socket, { isSecure } from "@xmpp/websocket/lib/Socket.js"
import type { Make } from "../WebSocketConstructor.ts"

/** An XMPP-over-WebSocket connection whose sockets come from `make`; nothing is opened until `connect`. */
export const makeEntity = (
  make: Make,
  options: { readonly service: string; readonly domain: string; readonly timeout: number },
): ConnectionWebSocket => {
  class InjectedSocket extends Socket {
    connect(url: string): void {
      this.url = url
      this.secure = isSecure(url)
      this._attachSocket(make(url, ["xmpp"]))
    }
  }
  class Entity extends ConnectionWebSocket {}
  Entity.prototype.Socket = InjectedSocket
  return new Entity(options)
}
