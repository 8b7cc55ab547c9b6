/// <reference path="./xmpp.d.ts" />
// An RFC 7395 transport for xmpp.js that opens sockets with an injected constructor. @xmpp/websocket's own
// Socket calls `new WebSocket(url, ["xmpp"])` on the global; this subclass changes only that call, so the
// framing, parser and listeners stay xmpp.js's.
import ConnectionWebSocket from "@xmpp/websocket/lib/Connection.js"
import Socket, { isSecure } from "@xmpp/websocket/lib/Socket.js"
import type { Make } from "../WebSocketConstructor.ts"

/** A transport class for `Client.transports`, bound to one WebSocket factory. */
export const makeTransport = (make: Make): unknown => {
  class InjectedSocket extends Socket {
    connect(url: string): void {
      this.url = url
      this.secure = isSecure(url)
      this._attachSocket(make(url, ["xmpp"]))
    }
  }
  class Transport extends ConnectionWebSocket {}
  Transport.prototype.Socket = InjectedSocket
  return Transport
}
