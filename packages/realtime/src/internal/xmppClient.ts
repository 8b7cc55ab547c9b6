/// <reference path="./xmpp.d.ts" />
// The xmpp.js session, composed from its own packages the way @xmpp/client wires them, minus what a
// browser chat client does not need (TCP/TLS, DNS resolution, SCRAM, SASL2/FAST) and minus @xmpp/reconnect:
// retrying belongs to ReconnectPolicy. SASL PLAIN, resource binding and iq replies are ./negotiation.ts.
// Callbacks report what happens; XmppConnection turns them into Effects.
import streamFeatures from "@xmpp/stream-features"
import streamManagement from "@xmpp/stream-management"
import xml from "@xmpp/xml"
import type { Element } from "../Stanza.ts"
import type { Make } from "../WebSocketConstructor.ts"
import type { Config } from "../XmppConfig.ts"
import type { Control } from "./control.ts"
import { makeMiddleware } from "./middleware.ts"
import { useBind, useIqReplies, useSaslPlain, xmppError } from "./negotiation.ts"
import { makeEntity } from "./transport.ts"

const NS_STREAMS = "http://etherx.jabber.org/streams"
const NS_SASL = "urn:ietf:params:xml:ns:xmpp-sasl"
const NS_SM = "urn:xmpp:sm:3"

/** SASL PLAIN credentials. */
export interface Credentials {
  readonly username: string
  readonly password: string
}

/** What the session reports: lifecycle events (tagged with the connect() call they belong to) and stanzas. */
export interface Events {
  readonly control: (event: Control) => void
  readonly stanza: (stanza: Element) => void
  readonly received: () => void
  readonly ack: (stanza: Element) => void
  readonly fail: (stanza: Element) => void
}

export interface XmppClient {
  /** Opens the socket and the stream; negotiation goes on and ends in a `Negotiated` or `Error` event. */
  readonly connect: (credentials: Credentials) => Promise<void>
  /** Writes a stanza; true when stream management will acknowledge it (`ack`/`fail` follow). */
  readonly send: (stanza: Element) => Promise<boolean>
  /** Asks the server to acknowledge what it has received (`<r/>`), when stream management is on. */
  readonly requestAck: () => void
  /** Closes the stream and the socket and forgets the stream-management session. */
  readonly close: () => Promise<void>
  /** Drops the socket at once without closing the stream: the session stays resumable. */
  readonly kill: () => void
  /** The current connect() call. */
  readonly generation: () => number
}

/** Creates the session. Nothing is opened until `connect`. */
export const makeXmppClient = (config: Config, makeSocket: Make, events: Events): XmppClient => {
  const entity = makeEntity(makeSocket, {
    service: config.service,
    domain: config.domain,
    timeout: config.streamTimeoutMs,
  })

  let credentials: Credentials = { username: "", password: "" }
  let generation = 0
  let lastError: unknown
  let resumed = false

  const mw = makeMiddleware(entity)
  // Registered first so it wraps the whole post-authentication negotiation (resume, or bind + enable).
  mw.use(async ({ stanza }, next) => {
    if (!stanza.is("features", NS_STREAMS) || stanza.getChild("mechanisms", NS_SASL)) return next()
    const current = generation
    resumed = false
    await next()
    if (entity.status !== "online" || current !== generation) return
    if (!resumed && config.initialPresence) await entity.send(xml("presence"))
    events.control({
      _tag: "Negotiated",
      generation: current,
      jid: entity.jid?.toString() ?? "",
      resumed,
      streamManagement: sm.enabled,
    })
  })
  const features = streamFeatures({ middleware: mw })
  useIqReplies(mw)
  useSaslPlain(
    features,
    (client) => {
      if (!client.isSecure() && !config.allowInsecurePlain) {
        throw xmppError(
          "SASLError",
          "encryption-required",
          "refusing SASL PLAIN over an insecure connection (use wss://)",
        )
      }
    },
    () => credentials,
  )
  const sm = streamManagement({ streamFeatures: features, entity, middleware: mw })
  // xmpp.js asks for an acknowledgement only once outgoing traffic pauses this long: the connection's own
  // ./ackRequests.ts asks within `ackRequestDelay` of each send, so this one is left as the idle liveness check.
  sm.requestAckDebounce = sm.requestAckInterval
  // After stream management: its feature handler binds (next) before it enables.
  const bind = useBind(features, mw, config.resource)

  const requestAck = (): void => {
    if (sm.enabled) entity.send(xml("r", { xmlns: NS_SM })).catch(() => {})
  }

  sm.on("resumed", () => {
    resumed = true
    // The unacknowledged stanzas were just written again, outside `send`.
    if (sm.outbound_q.length > 0) requestAck()
  })
  sm.on("ack", (stanza) => events.ack(stanza as Element))
  sm.on("fail", (stanza) => events.fail(stanza as Element))
  entity.on("stanza", (stanza: Element) => events.stanza(stanza))
  entity.on("element", () => events.received())
  entity.on("nonza", (element: Element) => {
    if (element.is("success", NS_SASL)) events.control({ _tag: "Authenticated", generation })
  })
  entity.on("error", (error: unknown) => {
    lastError = error
    events.control({ _tag: "Error", generation, error })
  })
  entity.on("disconnect", () => {
    bind.cancel(new Error("disconnected while binding"))
    events.control({ _tag: "Disconnected", generation, lastError })
  })

  const kill = (): void => {
    const socket = entity.socket
    if (socket === null) return
    const raw = socket.socket
    entity._detachSocket()
    entity._detachParser()
    try {
      if (raw?.terminate) raw.terminate()
      else raw?.close()
    } catch {
      // already closed
    }
    entity._status("disconnect", { clean: false })
  }

  return {
    connect: async (next) => {
      kill()
      credentials = next
      lastError = undefined
      generation += 1
      await entity.connect(config.service)
      await entity.open({ domain: config.domain })
    },
    send: async (stanza) => {
      await entity.send(stanza)
      const queue = sm.outbound_q
      for (let i = queue.length - 1; i >= 0; i--) if (queue[i]?.stanza === stanza) return true
      return false
    },
    close: async () => {
      generation += 1
      if (entity.socket === null) {
        entity._status("offline")
        return
      }
      try {
        await entity.stop()
      } catch {
        kill()
        entity._status("offline")
      }
    },
    requestAck,
    kill,
    generation: () => generation,
  }
}
