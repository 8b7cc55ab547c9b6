import { setTimeout as sleep } from "node:timers/promises"
import { WebSocket } from "ws"

const framing = 'xmlns="urn:ietf:params:xml:ns:xmpp-framing"'

/**
 * The least an XMPP client can be (RFC 7395 over `ws`): open, SASL PLAIN, bind, presence, then
 * raw frames both ways. No stream management, no receipts, no XML parser: it measures our
 * server without any SDK overhead.
 */
export class RawXmppClient {
  readonly socket: WebSocket
  jid = ""
  /** Every frame after login goes here. */
  onFrame: (text: string) => void = () => {}
  failure: string | undefined
  private readonly inbox: string[] = []

  private constructor(socket: WebSocket) {
    this.socket = socket
    socket.on("message", (data) => {
      const text = data.toString()
      if (this.jid === "") this.inbox.push(text)
      else this.onFrame(text)
    })
    socket.on("close", (code) => {
      this.failure ??= `socket closed (${code})`
    })
    socket.on("error", (error) => {
      this.failure ??= `socket error: ${error.message}`
    })
  }

  /** Connects and logs `userId` of `appId` in with `password`; resolves once bound and present. */
  static async login(
    wsUrl: string,
    domain: string,
    appId: number,
    user: { readonly userId: number; readonly password: string },
  ): Promise<RawXmppClient> {
    const socket = new WebSocket(wsUrl, ["xmpp"], { perMessageDeflate: false })
    await new Promise<void>((resolve, reject) => {
      socket.once("open", () => resolve())
      socket.once("error", reject)
    })
    const client = new RawXmppClient(socket)
    client.send(`<open ${framing} version="1.0" to="${domain}"/>`)
    await client.expect("<stream:features")
    const plain = Buffer.from(`\0${user.userId}-${appId}\0${user.password}`).toString("base64")
    client.send(`<auth xmlns="urn:ietf:params:xml:ns:xmpp-sasl" mechanism="PLAIN">${plain}</auth>`)
    await client.expect("<success")
    client.send(`<open ${framing} version="1.0" to="${domain}"/>`)
    await client.expect("<stream:features")
    client.send(
      `<iq type="set" id="bind-1" xmlns="jabber:client"><bind xmlns="urn:ietf:params:xml:ns:xmpp-bind"/></iq>`,
    )
    const bound = await client.expect('id="bind-1"')
    const jid = /<jid>([^<]+)<\/jid>/.exec(bound)?.[1]
    if (jid === undefined) throw new Error(`bind failed: ${bound}`)
    client.send(`<presence xmlns="jabber:client"/>`)
    client.jid = jid
    return client
  }

  send(text: string): void {
    this.socket.send(text)
  }

  close(): void {
    this.failure ??= "closed"
    this.socket.terminate()
  }

  /** The first login-time frame containing `marker` (earlier frames are dropped). */
  private async expect(marker: string, timeoutMs = 5_000): Promise<string> {
    const until = performance.now() + timeoutMs
    for (;;) {
      const index = this.inbox.findIndex((frame) => frame.includes(marker))
      if (index >= 0) return this.inbox.splice(0, index + 1).at(-1)!
      if (this.inbox.some((frame) => frame.includes("<failure") || frame.includes("stream:error")))
        throw new Error(`login failed: ${this.inbox.join(" ")}`)
      if (this.failure !== undefined) throw new Error(`login: ${this.failure}`)
      if (performance.now() > until)
        throw new Error(`login: no ${marker} in ${timeoutMs} ms; got ${this.inbox.join(" ")}`)
      await sleep(2)
    }
  }
}
