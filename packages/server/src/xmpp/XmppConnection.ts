import type { RawData, WebSocket } from "ws"
import { type Element, x } from "./Element.ts"
import { FrameError, parseFrame } from "./FrameParser.ts"
import { type Finish, FramePipeline, type FrameSink } from "./FramePipeline.ts"
import { serverPing } from "./features/Ping.ts"
import { NS } from "./Namespaces.ts"
import { type Authenticated, authenticatePlain } from "./Sasl.ts"
import { detachSession, endSession, openSession, resumeSession } from "./SessionLifecycle.ts"
import { dispatchStanza, startStanza } from "./StanzaDispatcher.ts"
import { streamError } from "./StanzaErrors.ts"
import { StanzaThrottle } from "./StanzaThrottle.ts"
import { openReply, saslFeatures, sessionFeatures } from "./StreamFeatures.ts"
import { StreamManagement } from "./StreamManagement.ts"
import { TurnCork } from "./TurnCork.ts"
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
 * One WebSocket speaking RFC 7395 XMPP. Frames are handled in order (FramePipeline), as if one by
 * one, with one overlap: a content message is checked and queued for the next group commit (see
 * `startStanza`) and the frames after it start while it is stored; its delivery or error, and any
 * stream-management `<r/>` after it, wait their turn after that commit. So `h` counts only stanzas
 * whose data is durable, and messages sent together are stored together. Any failure is answered
 * on this connection only.
 */
export class XmppConnection implements SessionLink, FrameSink {
  private readonly socket: WebSocket
  private readonly hub: XmppHub
  private readonly onGone: (connection: XmppConnection) => void
  private state: State = "open"
  private auth: Authenticated | undefined
  session: XmppSession | undefined
  private readonly frames: FramePipeline
  private saslFailures = 0
  private readonly cork: TurnCork
  private ackTimer: NodeJS.Timeout | undefined
  private readonly openedAt = Date.now()
  private lastInboundAt = Date.now()
  private pingSentAt: number | undefined
  private pings = 0

  constructor(socket: WebSocket, hub: XmppHub, onGone: (connection: XmppConnection) => void) {
    this.socket = socket
    this.hub = hub
    this.onGone = onGone
    this.cork = new TurnCork(socket)
    const { stanzaBurst, stanzasPerSecond } = hub.server.config
    this.frames = new FramePipeline(
      this,
      { pause: () => socket.pause(), resume: () => socket.resume() },
      new StanzaThrottle(stanzaBurst, stanzasPerSecond, Date.now()),
    )
    socket.on("message", (data, isBinary) => this.onFrame(data, isBinary))
    socket.on("pong", () => this.sawTraffic())
    socket.on("close", () => this.onSocketClose())
    socket.on("error", (error) => this.hub.log.debug({ error: String(error) }, "XMPP socket error"))
  }

  // SessionLink

  write(element: Element): void {
    if (this.socket.readyState !== this.socket.OPEN) return
    this.cork.hold()
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
    return this.frames.idle()
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
    if (!this.frames.push(text, buffer.length)) this.fail("policy-violation", "Too many stanzas waiting")
  }

  // FrameSink

  ended(): boolean {
    return this.state === "closed"
  }

  crashed(error: unknown): void {
    this.hub.log.error(
      { error: error instanceof Error ? (error.stack ?? error.message) : String(error) },
      "XMPP frame handling failed",
    )
    this.fail("internal-server-error")
  }

  /** Handles a frame, or starts it and returns what is left to do in turn (see `startStanza`). */
  async handle(text: string): Promise<Finish | undefined> {
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
      await this.frames.ahead()
      this.fail(condition, error.message)
      return undefined
    }
    if (element === undefined) return undefined
    if (this.state === "session") {
      const finish = await this.startSessionElement(element)
      if (finish !== undefined) return finish
    }
    // Anything else waits for every frame started ahead, as if frames were handled one by one.
    await this.frames.ahead()
    if (element.is("open", NS.framing)) this.onOpen(element)
    else if (element.is("close", NS.framing)) this.onClose()
    else {
      switch (this.state) {
        case "open":
        case "restart":
          this.fail("not-authorized", "Open the stream first")
          break
        case "sasl":
          await this.onSasl(element)
          break
        case "bind":
          await this.onBind(element)
          break
        case "session":
          await this.onSessionElement(element)
          break
      }
    }
    return undefined
  }

  /**
   * Starts a bound session's frame that may overlap the next ones: a content message (see
   * `startStanza`), or a stream-management `<r/>`/`<a/>` (answered in turn, after the commit of
   * every message before it). Undefined for anything else.
   */
  private async startSessionElement(element: Element): Promise<Finish | undefined> {
    const session = this.session
    if (session === undefined) return undefined
    if (element.attrs.xmlns === NS.sm && (element.name === "r" || element.name === "a"))
      return async () => this.onStreamManagement(element, session)
    if (!isStanza(element)) return undefined
    const sm = session.sm
    const finish = await startStanza(this.hub, session, element)
    if (finish === undefined) return undefined
    return async () => {
      await finish()
      if (sm !== undefined && session.sm === sm) sm.inbound += 1
    }
  }

  private onOpen(open: Element): void {
    if (this.state !== "open" && this.state !== "restart" && this.state !== "sasl") {
      this.fail("conflict", "The stream is already open")
      return
    }
    this.write(openReply(open, this.hub.domain))
    if (this.state === "restart") {
      this.state = "bind"
      this.write(sessionFeatures())
    } else {
      this.state = "sasl"
      this.write(saslFeatures())
    }
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
    this.frames.release()
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
    if (session !== undefined && session.link === this) detachSession(this.hub, session, this.idle())
    this.onGone(this)
  }
}
