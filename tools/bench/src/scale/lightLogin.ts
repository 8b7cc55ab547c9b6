import { WebSocket } from "ws"

const framing = 'xmlns="urn:ietf:params:xml:ns:xmpp-framing"'

/** Where a login stands: waiting for the first features, SASL, the second features, the bind result. */
export type LoginStage = "features" | "auth" | "restart" | "bind" | "done" | "failed"

/** What one server frame does to a login: the next stage, frames to send, and the outcome when it ends. */
export interface LoginStep {
  readonly stage: LoginStage
  readonly send: ReadonlyArray<string>
  readonly jid?: string
  readonly error?: string
}

/** The client's stream open (RFC 7395). */
export const streamOpen = (domain: string): string => `<open ${framing} version="1.0" to="${domain}"/>`

/** SASL PLAIN for `{userId}-{appId}` with `secret` (a password or a live session token). */
export const saslPlain = (userId: number, appId: number, secret: string): string =>
  `<auth xmlns="urn:ietf:params:xml:ns:xmpp-sasl" mechanism="PLAIN">${Buffer.from(
    `\0${userId}-${appId}\0${secret}`,
  ).toString("base64")}</auth>`

const bindRequest =
  '<iq type="set" id="bind" xmlns="jabber:client"><bind xmlns="urn:ietf:params:xml:ns:xmpp-bind"/></iq>'

/**
 * The login as a pure state machine over the server's frames: stream open, SASL PLAIN, stream restart,
 * bind, initial presence. No XML parser: frames are matched by the markers this server sends.
 */
export const advanceLogin = (
  stage: LoginStage,
  frame: string,
  login: {
    readonly domain: string
    readonly userId: number
    readonly appId: number
    readonly secret: string
  },
): LoginStep => {
  if (frame.includes("stream:error") || frame.includes("<close"))
    return { stage: "failed", send: [], error: `stream ended: ${frame.slice(0, 200)}` }
  switch (stage) {
    case "features":
      return frame.includes("<stream:features")
        ? { stage: "auth", send: [saslPlain(login.userId, login.appId, login.secret)] }
        : { stage, send: [] }
    case "auth":
      if (frame.includes("<failure"))
        return { stage: "failed", send: [], error: `SASL: ${frame.slice(0, 200)}` }
      return frame.includes("<success")
        ? { stage: "restart", send: [streamOpen(login.domain)] }
        : { stage, send: [] }
    case "restart":
      return frame.includes("<stream:features") ? { stage: "bind", send: [bindRequest] } : { stage, send: [] }
    case "bind": {
      if (!frame.includes('id="bind"')) return { stage, send: [] }
      const jid = /<jid>([^<]+)<\/jid>/.exec(frame)?.[1]
      if (jid === undefined || frame.includes('type="error"'))
        return { stage: "failed", send: [], error: `bind: ${frame.slice(0, 200)}` }
      return { stage: "done", send: ['<presence xmlns="jabber:client"/>'], jid }
    }
    default:
      return { stage, send: [] }
  }
}

/** The answer to a server ping (`urn:xmpp:ping` iq get), or undefined for any other frame. */
export const pingReply = (frame: string): string | undefined => {
  if (!frame.startsWith("<iq") || !frame.includes("urn:xmpp:ping") || !frame.includes('type="get"'))
    return undefined
  const id = /\sid="([^"]*)"/.exec(frame)?.[1]
  const from = /\sfrom="([^"]*)"/.exec(frame)?.[1]
  if (id === undefined) return undefined
  return `<iq xmlns="jabber:client" type="result" id="${id}"${from === undefined ? "" : ` to="${from}"`}/>`
}

/**
 * A logged-in XMPP session over `ws` with nothing else: no SDK, no stream management, no timers of its own,
 * event driven (no polling), so that one process can hold thousands. It answers server pings.
 */
export const lightLogin = (
  wsUrl: string,
  login: {
    readonly domain: string
    readonly userId: number
    readonly appId: number
    readonly secret: string
  },
  timeoutMs = 15_000,
): Promise<WebSocket> =>
  new Promise<WebSocket>((resolve, reject) => {
    const socket = new WebSocket(wsUrl, ["xmpp"], { perMessageDeflate: false })
    let stage: LoginStage = "features"
    const fail = (reason: string) => {
      if (stage === "done" || stage === "failed") return
      stage = "failed"
      clearTimeout(timer)
      socket.terminate()
      reject(new Error(reason))
    }
    const timer = setTimeout(() => fail(`login timed out in stage ${stage} after ${timeoutMs} ms`), timeoutMs)
    socket.on("open", () => socket.send(streamOpen(login.domain)))
    socket.on("message", (data) => {
      const frame = data.toString()
      if (stage === "done") {
        const reply = pingReply(frame)
        if (reply !== undefined) socket.send(reply)
        return
      }
      const step = advanceLogin(stage, frame, login)
      for (const text of step.send) socket.send(text)
      if (step.stage === "failed") return fail(step.error ?? "login failed")
      stage = step.stage
      if (stage === "done") {
        clearTimeout(timer)
        resolve(socket)
      }
    })
    socket.on("error", (error) => fail(`socket error: ${error.message}`))
    socket.on("close", (code) => fail(`socket closed (${code}) in stage ${stage}`))
  })
