import { WebSocket } from "ws"
import type { Element } from "../../src/xmpp/Element.ts"
import { parseFrame } from "../../src/xmpp/FrameParser.ts"
import { testApp } from "./testServer.ts"

const framing = 'xmlns="urn:ietf:params:xml:ns:xmpp-framing"'

/**
 * A bare RFC 7395 client over `ws` that sends exactly the bytes a test writes, for input no real
 * client would produce (malformed XML, entity bombs, floods, spoofed addresses). Frames it
 * receives are parsed for assertions; nothing is answered automatically unless asked.
 */
export class RawXmpp {
  readonly socket: WebSocket
  readonly received: Element[] = []
  /** Raw text of every frame received. */
  readonly frames: string[] = []
  jid = ""
  private readonly waiters = new Set<() => void>()
  private readonly consumed = new Set<Element>()
  readonly closed: Promise<{ readonly code: number }>

  private constructor(socket: WebSocket) {
    this.socket = socket
    socket.on("message", (data) => {
      const text = data.toString()
      this.frames.push(text)
      const element = parseFrame(text, { maxBytes: 64 * 1024 * 1024, maxDepth: 100 })
      if (element !== undefined) this.received.push(element)
      for (const wake of [...this.waiters]) wake()
    })
    this.closed = new Promise((resolve) => socket.on("close", (code) => resolve({ code })))
    socket.on("error", () => {})
  }

  /** Opens a WebSocket with the `xmpp` sub-protocol. */
  static async connect(url: string): Promise<RawXmpp> {
    const socket = new WebSocket(url, ["xmpp"])
    await new Promise<void>((resolve, reject) => {
      socket.once("open", () => resolve())
      socket.once("error", reject)
    })
    return new RawXmpp(socket)
  }

  /** Connects, authenticates with PLAIN, binds, and (unless told not to) sends initial presence. */
  static async login(
    url: string,
    user: { readonly userId: number; readonly password: string },
    options: {
      readonly sm?: "none" | "enable" | "resume"
      readonly presence?: boolean
      readonly domain?: string
    } = {},
  ): Promise<RawXmpp> {
    const client = await RawXmpp.connect(url)
    await client.authenticate(user)
    client.send(
      `<iq type="set" id="bind" xmlns="jabber:client"><bind xmlns="urn:ietf:params:xml:ns:xmpp-bind"/></iq>`,
    )
    const bound = await client.next((element) => element.name === "iq" && element.attrs.id === "bind")
    client.jid = bound.child("bind")?.childText("jid") ?? ""
    if (options.sm === "enable" || options.sm === "resume") {
      client.send(`<enable xmlns="urn:xmpp:sm:3"${options.sm === "resume" ? ' resume="true"' : ""}/>`)
      await client.next((element) => element.name === "enabled")
    }
    if (options.presence !== false) {
      client.send(`<presence xmlns="jabber:client"/>`)
      await client.next((element) => element.name === "presence" && element.attrs.from === client.jid)
    }
    return client
  }

  /** Stream open, SASL PLAIN and the restart; resolves once the post-auth features arrived. */
  async authenticate(user: { readonly userId: number; readonly password: string }): Promise<void> {
    this.send(`<open ${framing} version="1.0" to="localhost"/>`)
    await this.next((element) => element.name === "stream:features")
    const payload = Buffer.from(`\0${user.userId}-${testApp.id}\0${user.password}`).toString("base64")
    this.send(`<auth xmlns="urn:ietf:params:xml:ns:xmpp-sasl" mechanism="PLAIN">${payload}</auth>`)
    const answer = await this.next((element) => element.name === "success" || element.name === "failure")
    if (answer.name !== "success") throw new Error(`SASL failed: ${answer.toString()}`)
    this.send(`<open ${framing} version="1.0" to="localhost"/>`)
    await this.next((element) => element.name === "stream:features")
  }

  /** Answers every server ping from now on, as a live client would. */
  answerPings(): void {
    this.socket.on("message", (data) => {
      const element = parseFrame(data.toString(), { maxBytes: 64 * 1024 * 1024, maxDepth: 100 })
      if (element?.name === "iq" && element.attrs.type === "get" && element.child("ping") !== undefined) {
        this.send(
          `<iq xmlns="jabber:client" type="result" id="${element.attrs.id}" to="${element.attrs.from}"/>`,
        )
      }
    })
  }

  send(text: string): void {
    this.socket.send(text)
  }

  /** The first not yet consumed element matching `match` (already received or still to come). */
  next(match: (element: Element) => boolean, timeoutMs = 5_000): Promise<Element> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.received.find((element) => !this.consumed.has(element) && match(element))
        if (found === undefined) return false
        this.consumed.add(found)
        cleanup()
        resolve(found)
        return true
      }
      const timer = setTimeout(() => {
        cleanup()
        reject(new Error(`no matching frame in ${timeoutMs} ms; got:\n${this.frames.slice(-10).join("\n")}`))
      }, timeoutMs)
      const wake = () => void check()
      const cleanup = () => {
        clearTimeout(timer)
        this.waiters.delete(wake)
      }
      if (!check()) this.waiters.add(wake)
    })
  }

  /** The stream error condition the server ended the stream with. */
  async streamError(): Promise<string> {
    const error = await this.next((element) => element.name === "stream:error")
    return error.elements()[0]?.name ?? ""
  }

  /** Messages received so far with a body. */
  bodies(): string[] {
    return this.received
      .filter((element) => element.name === "message")
      .map((element) => element.childText("body") ?? "")
  }

  close(): void {
    this.socket.terminate()
  }
}
