/// <reference path="./xmpp.d.ts" />
// xmpp.js's middleware (incoming `use`, outgoing `filter`, koa-style `next`) minus what nothing here reads:
// @xmpp/middleware builds a context per stanza, in both directions, that parses its `from` and `to` with
// @xmpp/jid (about 2% of a busy client's CPU). The handlers this package composes (stream features, stream
// management, ./negotiation.ts) read only `stanza` and `entity`, so the context carries only those.
import type { Context, Handler, Middleware } from "@xmpp/middleware"
import type Connection from "@xmpp/websocket/lib/Connection.js"
import type { XmlElement } from "@xmpp/xml"

const run = (handlers: ReadonlyArray<Handler>, context: Context): Promise<unknown> => {
  const dispatch = (index: number): Promise<unknown> => {
    const handler = handlers[index]
    if (handler === undefined) return Promise.resolve()
    try {
      return Promise.resolve(handler(context, () => dispatch(index + 1)))
    } catch (error) {
      return Promise.reject(error)
    }
  }
  return dispatch(0)
}

/** Installs the middleware on `entity`: incoming elements run the `use` handlers, outgoing ones the `filter`s. */
export const makeMiddleware = (entity: Connection): Middleware => {
  const incoming: Array<Handler> = []
  const outgoing: Array<Handler> = []
  // As @xmpp/middleware: an incoming handler may return a reply to send; a failure is the entity's error.
  entity.on("element", (stanza: XmlElement) => {
    run(incoming, { stanza, entity })
      .then((reply) => (reply ? entity.send(reply as XmlElement) : undefined))
      .catch((error: unknown) => entity.emit("error", error))
  })
  entity.on("send", (stanza: XmlElement) => {
    run(outgoing, { stanza, entity }).catch((error: unknown) => entity.emit("error", error))
  })
  return {
    use: (handler) => {
      incoming.push(handler)
      return handler
    },
    filter: (handler) => {
      outgoing.push(handler)
      return handler
    },
  }
}
