import { randomUUID } from "node:crypto"
import type { RawData, WebSocket } from "ws"
import { type Element, x } from "./Element.ts"
import { FrameError, parseFrame } from "./FrameParser.ts"
import { serverPing } from "./features/Ping.ts"
import { InboundBackpressure } from "./InboundBackpressure.ts"
import { NS } from "./Namespaces.ts"
import { type Authenticated, authenticatePlain } from "./Sasl.ts"
import { detachSession, endSession, openSession, resumeSession } from "./SessionLifecycle.ts"
import { dispatchStanza } from "./StanzaDispatcher.ts"
import { streamError } from "./StanzaErrors.ts"
import { StanzaThrottle } from "./StanzaThrottle.ts"
import { StreamManagement } from "./StreamManagement.ts"
import type { XmppHub } from "./XmppHub.ts"
import type { SessionLink, XmppSession } from "./XmppSession.ts"

/**
 * Where a stream is: waiting for `<open/>`, authenticating, restarted after SASL and waiting for
 * bind (or resume), running a bound session, or gone.
 */
type State = "open" | "sasl" | "restart" | "bind" | "session" | "closed"

const maxDepth = 48
/** Failed SASL attempts before the stream is closed. */
const maxSaslFailures = 3
/** A client that does not read: close once this much is buffered for it. */
const maxBufferedBytes = 16 * 1024 * 1024
const ackDelayMs = 50

const isStanza = (element: Element) =>
  (element.name === "message" || element.name === "presence" || element.name === "iq") &&
  (element.attrs.xmlns === undefined || element.attrs.xmlns === NS.client)

/**
 * One WebSocket speaking RFC 7395 XMPP. Frames are handled strictly in order (a stanza's work,
 * e.g. storing a message, finishes before the next frame), which also makes stream-management
 * `h` count stanzas that are really done. A fast sender is slowed down, not cut: frames beyond the
 * flood limit wait (StanzaThrottle), and while many wait the socket is not read (InboundBackpressure).
 * Any failure is answered on this connection only.
 */
export class XmppConnection implements SessionLink {
  private readonly socket: WebSocket
  private readonly hub: XmppHub
  private readonly onGone: (connection: XmppConnection) => void
  private state: State = "open"
  private auth: Authenticated | undefined
  session: XmppSession | undefined
  private chain: Promise<void> = Promise.resolve()
  private readonly inbound: InboundBackpressure
  private readonly throttle: StanzaThrottle
  private saslFailures = 0
  private ackTimer: NodeJS.Timeout | undefined
  private readonly openedAt = Date.now()
  private lastInboundAt = Date.now()
  private pingSentAt: number | undefined
  private pings = 0

  constructor(socket: WebSocket, hub: XmppHub, onGone: (connection: XmppConnection) => void) {
    this.socket = socket
    this.hub = hub
    this.onGone = onGone
    const { stanzaBurst, stanzasPerSecond } = hub.server.config
    this.throttle = new StanzaThrottle(stanzaBurst, stanzasPerSecond, Date.now())
    this.inbound = new InboundBackpressure({ pause: () => socket.pause(), resume: () => socket.resume() })
    socket.on("message", (data, isBinary) => this.onFrame(data, isBinary))
    socket.on("pong", () => this.sawTraffic())
    socket.on("close", () => this.onSocketClose())
    socket.on("error", (error) => this.hub.log.debug({ error: String(error) }, "XMPP socket error"))
  }

  // SessionLink

  write(element: Element): void {
    if (this.socket.readyState !== this.socket.OPEN) return
    this.socket.send(element.toString())
    if (this.socket.bufferedAmount > maxBufferedBytes) {
      this.hub.log.warn({ jid: this.session?.jid }, "XMPP client does not read; closing")
      this.socket.terminate()
    }
  }

  requestAck(): void {
    if (this.ackTimer !== undefined) return
    this.ackTimer = setTimeout(() => {
      this.ackTimer = undefined
      const sm = this.session?.sm
      if (this.state === "session" && sm !== undefined && sm.outbound > sm.acked)
        this.write(x("r", { xmlns: NS.sm }))
    }, ackDelayMs)
    this.ackTimer.unref?.()
  }

  idle(): Promise<void> {
    return this.chain
  }

  replaced(): void {
    this.session = undefined
    this.fail("conflict", "Replaced by a resumed stream")
  }

  // Timers (driven by XmppServer)

  /** Pings idle sessions, drops sockets that stopped answering and streams that never authenticate. */
  tick(now: number): void {
    const interval = this.hub.server.config.pingIntervalMs
    if (this.state === "closed") return
    if (this.state !== "session") {
      if (now - this.openedAt > interval) this.fail("connection-timeout", "No session established in time")
      return
    }
    if (this.pingSentAt !== undefined) {
      if (now - this.pingSentAt > interval) {
        this.hub.log.debug({ jid: this.session?.jid }, "XMPP client stopped answering pings")
        this.socket.terminate()
      }
      return
    }
    if (now - this.lastInboundAt > interval && this.session !== undefined) {
      this.pingSentAt = now
      this.pings += 1
      this.session.send(serverPing(this.hub.domain, this.session, this.pings))
    }
  }

  /** Cuts the socket without a word, as a network failure would. */
  drop(): void {
    this.socket.terminate()
  }

  /** Ends the stream because the server is shutting down. */
  shutdown(): void {
    this.fail("system-shutdown", "The server is shutting down")
  }

  // Input

  private sawTraffic(): void {
    this.lastInboundAt = Date.now()
    this.pingSentAt = undefined
  }

  private onFrame(data: RawData, _isBinary: boolean): void {
    if (this.state === "closed") return
    this.sawTraffic()
    const buffer = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer)
    if (buffer.length > this.hub.server.config.maxStanzaBytes) {
      this.fail("policy-violation", "Stanza too large")
      return
    }
    const text = buffer.toString("utf8")
    // A whitespace keep-alive only counts as traffic: it neither queues nor uses the flood limit.
    if (text.trim() === "") return
    const bytes = buffer.length
    if (!this.inbound.add(bytes)) {
      this.fail("policy-violation", "Too many stanzas waiting")
      return
    }
    this.chain = this.chain.then(async () => {
      try {
        if (this.state === "closed") return
        const wait = this.throttle.take(Date.now())
        if (wait > 0) {
          await delay(wait)
          // The stream may have ended meanwhile.
          if ((this.state as State) === "closed") return
        }
        await this.handleFrame(text)
      } catch (error) {
        this.hub.log.error(
          { error: error instanceof Error ? (error.stack ?? error.message) : String(error) },
          "XMPP frame handling failed",
        )
        this.fail("internal-server-error")
      } finally {
        this.inbound.done(bytes)
      }
    })
  }

  private async handleFrame(text: string): Promise<void> {
    let element: Element | undefined
    try {
      element = parseFrame(text, { maxBytes: this.hub.server.config.maxStanzaBytes, maxDepth })
    } catch (error) {
      if (!(error instanceof FrameError)) throw error
      const condition =
        error.kind === "policy"
          ? "policy-violation"
          : error.kind === "restricted"
            ? "restricted-xml"
            : "not-well-formed"
      return this.fail(condition, error.message)
    }
    if (element === undefined) return
    if (element.is("open", NS.framing)) return this.onOpen(element)
    if (element.is("close", NS.framing)) return this.onClose()
    switch (this.state) {
      case "open":
      case "restart":
        return this.fail("not-authorized", "Open the stream first")
      case "sasl":
        return this.onSasl(element)
      case "bind":
        return this.onBind(element)
      case "session":
        return this.onSessionElement(element)
    }
  }

  private onOpen(open: Element): void {
    if (this.state !== "open" && this.state !== "restart" && this.state !== "sasl") {
      this.fail("conflict", "The stream is already open")
      return
    }
    this.write(
      x("open", {
        xmlns: NS.framing,
        from: open.attrs.to ?? this.hub.domain,
        id: randomUUID(),
        version: "1.0",
        "xml:lang": "en",
      }),
    )
    if (this.state === "restart") {
      this.state = "bind"
      this.write(
        x(
          "stream:features",
          { "xmlns:stream": NS.stream },
          x("bind", { xmlns: NS.bind }),
          x("session", { xmlns: NS.session }, x("optional")),
          x("sm", { xmlns: NS.sm }),
          x("csi", { xmlns: NS.csi }),
        ),
      )
      return
    }
    this.state = "sasl"
    this.write(
      x(
        "stream:features",
        { "xmlns:stream": NS.stream },
        x("mechanisms", { xmlns: NS.sasl }, x("mechanism", {}, "PLAIN")),
      ),
    )
  }

  private onClose(): void {
    this.write(x("close", { xmlns: NS.framing }))
    this.close()
  }

  private async onSasl(element: Element): Promise<void> {
    if (element.is("abort", NS.sasl)) return this.write(x("failure", { xmlns: NS.sasl }, x("aborted")))
    if (!element.is("auth", NS.sasl)) return this.fail("not-authorized", "Authenticate first")
    if (element.attrs.mechanism !== "PLAIN")
      return this.saslFailure("invalid-mechanism", "Only PLAIN is offered")
    const result = await authenticatePlain(this.hub.server, element.text())
    if ("failure" in result) return this.saslFailure(result.failure.condition, result.failure.text)
    if (this.state !== "sasl") return
    this.auth = result.ok
    this.state = "restart"
    this.write(x("success", { xmlns: NS.sasl }))
  }

  private saslFailure(condition: string, text: string): void {
    this.write(x("failure", { xmlns: NS.sasl }, x(condition), x("text", { "xml:lang": "en" }, text)))
    this.saslFailures += 1
    if (this.saslFailures >= maxSaslFailures)
      this.fail("policy-violation", "Too many failed authentication attempts")
  }

  private async onBind(element: Element): Promise<void> {
    const auth = this.auth
    if (auth === undefined) return this.fail("not-authorized")
    if (element.is("resume", NS.sm)) return this.onResume(element, auth)
    if (element.is("enable", NS.sm))
      return this.write(x("failed", { xmlns: NS.sm }, x("unexpected-request", { xmlns: NS.stanzas })))
    const bind =
      element.name === "iq" && element.attrs.type === "set" ? element.child("bind", NS.bind) : undefined
    if (bind === undefined) return this.fail("not-authorized", "Bind a resource first")
    const session = openSession(this.hub, this, auth.appId, auth.userId)
    this.session = session
    this.state = "session"
    this.write(
      x(
        "iq",
        { xmlns: NS.client, type: "result", id: element.attrs.id },
        x("bind", { xmlns: NS.bind }, x("jid", {}, session.jid)),
      ),
    )
  }

  private async onResume(element: Element, auth: Authenticated): Promise<void> {
    const h = Number(element.attrs.h)
    const previd = element.attrs.previd ?? ""
    const session = await resumeSession(this.hub, this, auth.appId, auth.userId, previd, h)
    if (this.state !== "bind") return
    if (session === undefined || session.sm === undefined) {
      return this.write(x("failed", { xmlns: NS.sm, h: 0 }, x("item-not-found", { xmlns: NS.stanzas })))
    }
    this.session = session
    this.state = "session"
    this.write(x("resumed", { xmlns: NS.sm, previd, h: session.sm.inbound }))
    for (const item of session.sm.takeForResend()) session.send(item.stanza)
  }

  private async onSessionElement(element: Element): Promise<void> {
    const session = this.session
    if (session === undefined) return this.fail("not-authorized")
    const sm = session.sm
    if (element.attrs.xmlns === NS.sm) return this.onStreamManagement(element, session)
    if (element.attrs.xmlns === NS.csi && (element.name === "active" || element.name === "inactive")) {
      session.inactive = element.name === "inactive"
      return
    }
    if (!isStanza(element)) return this.fail("unsupported-stanza-type", `Unexpected <${element.name}/>`)
    await dispatchStanza(this.hub, session, element)
    if (sm !== undefined && session.sm === sm) sm.inbound += 1
  }

  private onStreamManagement(element: Element, session: XmppSession): void {
    const unexpected = () => x("failed", { xmlns: NS.sm }, x("unexpected-request", { xmlns: NS.stanzas }))
    switch (element.name) {
      case "enable":
        this.write(session.sm === undefined ? this.enable(session, element) : unexpected())
        return
      case "r":
        if (session.sm !== undefined) this.write(x("a", { xmlns: NS.sm, h: session.sm.inbound }))
        return
      case "a":
        // An impossible h is ignored rather than fatal: the client keeps its session.
        if (session.sm !== undefined && !session.sm.ack(Number(element.attrs.h))) {
          this.hub.log.debug(
            { jid: session.jid, h: element.attrs.h },
            "ignoring an impossible stream-management ack",
          )
        }
        return
      case "resume":
        this.write(unexpected())
        return
      default:
        this.fail("unsupported-stanza-type", `Unexpected <${element.name}/>`)
    }
  }

  /** Turns stream management on; `<enabled/>` carries a resumption id only when the client asked to resume. */
  private enable(session: XmppSession, element: Element): Element {
    const sm = new StreamManagement(element.attrs.resume === "true" || element.attrs.resume === "1")
    session.sm = sm
    if (sm.id === undefined) return x("enabled", { xmlns: NS.sm })
    this.hub.sessions.addResumable(sm.id, session)
    const max = Math.max(1, Math.floor(this.hub.server.config.resumeWindowMs / 1000))
    return x("enabled", { xmlns: NS.sm, id: sm.id, resume: "true", max })
  }

  // Ending

  /** A stream error for this client only, then the end of its stream. */
  private fail(condition: string, text?: string): void {
    if (this.state === "closed") return
    this.write(streamError(condition, text))
    this.write(x("close", { xmlns: NS.framing }))
    this.close()
  }

  /** Closes the stream on purpose: its session (if any) ends now, not when the socket finally goes. */
  private close(): void {
    if (this.state === "closed") return
    this.state = "closed"
    clearTimeout(this.ackTimer)
    // Read again, so the client's closing frame is seen (queued frames are skipped from now on).
    this.inbound.release()
    const session = this.session
    this.session = undefined
    if (session !== undefined && session.link === this) this.hub.background(endSession(this.hub, session))
    this.socket.close(1000)
    // A peer that never completes the closing handshake is cut off.
    setTimeout(() => this.socket.terminate(), 2_000).unref?.()
  }

  /** The socket went away without `<close/>` or a stream error: a resumable session waits for its client. */
  private onSocketClose(): void {
    this.state = "closed"
    clearTimeout(this.ackTimer)
    const session = this.session
    this.session = undefined
    if (session !== undefined && session.link === this) detachSession(this.hub, session, this.chain)
    this.onGone(this)
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
