import { setTimeout as sleep } from "node:timers/promises"
import { WebSocket } from "ws"
import { bodyChars } from "../delivery/benchMessage.ts"
import { objectId } from "../objectId.ts"
import { lightLogin } from "./lightLogin.ts"

/** One sender and many receivers of the same messages: a group dialog on our server, or a relay room. */
export interface FanOutGroup {
  readonly name: string
  readonly receivers: number
  /** Sends message `seq` from the sender to every receiver. */
  send(seq: number): void
  /** Set by the driver: called once per receiver per message. */
  onDelivered: (seq: number) => void
  readonly failure: string | undefined
  close(): Promise<void>
}

/** What a fan-out run measured. */
export interface FanOutResult {
  /** Receiver deliveries per second (messages × receivers / elapsed). */
  readonly deliveriesPerSecond: number
  /** Messages the sender got through per second (each one delivered to every receiver). */
  readonly messagesPerSecond: number
}

/** The body of fan-out message `seq`: the sequence number, then padding to the bench's body length. */
export const fanOutBody = (seq: number): string => `${seq} `.padEnd(bodyChars, "x")

/** The group message stanza a raw client sends to a dialog's room (persisted, with the dialog id). */
export const groupStanza = (roomJid: string, dialogId: string, body: string): string =>
  `<message xmlns="jabber:client" type="groupchat" to="${roomJid}" id="${objectId()}"><body>${body}</body>` +
  `<extraParams xmlns="jabber:client"><save_to_history>1</save_to_history><dialog_id>${dialogId}</dialog_id></extraParams></message>`

const bodyPattern = /<body>(\d+) /

/** The sequence number a fan-out frame carries, or undefined for any other frame. */
export const seqOfFrame = (frame: string): number | undefined => {
  if (!frame.startsWith("<message")) return undefined
  const match = bodyPattern.exec(frame)
  return match === null ? undefined : Number(match[1])
}

/**
 * Closed loop: keeps `window` messages in flight, a message being done once every receiver got it (then
 * the next is sent), for `count` messages; returns deliveries and messages per second.
 */
export const fanOutWindowed = async (
  group: FanOutGroup,
  {
    count,
    window,
    firstSeq = 0,
    timeoutMs = 30_000,
  }: { count: number; window: number; firstSeq?: number; timeoutMs?: number },
): Promise<FanOutResult> => {
  const pending = new Map<number, number>()
  let sent = 0
  let done = 0
  const sendNext = () => {
    const seq = firstSeq + sent
    sent += 1
    pending.set(seq, 0)
    group.send(seq)
  }
  group.onDelivered = (seq) => {
    const got = pending.get(seq)
    if (got === undefined) return
    if (got + 1 < group.receivers) {
      pending.set(seq, got + 1)
      return
    }
    pending.delete(seq)
    done += 1
    if (sent < count) sendNext()
  }
  const started = performance.now()
  while (sent < Math.min(window, count)) sendNext()
  const until = started + timeoutMs
  while (done < count) {
    if (group.failure !== undefined)
      throw new Error(`${group.name}: ${group.failure} (${done}/${count} done)`)
    if (performance.now() > until)
      throw new Error(`${group.name}: fan-out timed out after ${timeoutMs} ms (${done}/${count} done)`)
    await sleep(2)
  }
  const seconds = (performance.now() - started) / 1000
  return { deliveriesPerSecond: (count * group.receivers) / seconds, messagesPerSecond: count / seconds }
}

/**
 * A group dialog on our server: the sender and every occupant logged in with light raw sessions (no SDK,
 * no receipts), the sender posting persisted `groupchat` messages to the dialog's room.
 */
export const serverFanOut = async (
  server: { readonly wsUrl: string; readonly chatDomain: string },
  appId: number,
  dialogId: string,
  sender: { readonly userId: number; readonly token: string },
  receivers: ReadonlyArray<{ readonly userId: number; readonly token: string }>,
): Promise<FanOutGroup> => {
  const login = (user: { readonly userId: number; readonly token: string }) =>
    lightLogin(server.wsUrl, { domain: server.chatDomain, userId: user.userId, appId, secret: user.token })
  const from = await login(sender)
  const to = await Promise.all(receivers.map(login))
  const roomJid = `${appId}_${dialogId}@muc.${server.chatDomain}`
  let failure: string | undefined
  const group: FanOutGroup = {
    name: "server group",
    receivers: to.length,
    get failure() {
      return failure
    },
    onDelivered: () => {},
    send: (seq) => from.send(groupStanza(roomJid, dialogId, fanOutBody(seq))),
    close: async () => {
      failure ??= "closed"
      for (const socket of [from, ...to]) socket.terminate()
    },
  }
  for (const socket of [from, ...to]) {
    socket.on("message", (data) => {
      const frame = data.toString()
      if (frame.includes("<stream:error") || (frame.startsWith("<message") && frame.includes('type="error"')))
        failure ??= `error from the server: ${frame.slice(0, 300)}`
      if (socket === from) return
      const seq = seqOfFrame(frame)
      if (seq !== undefined) group.onDelivered(seq)
    })
    socket.on("close", (code) => {
      failure ??= `socket closed (${code})`
    })
  }
  return group
}

const open = async (url: string) => {
  const socket = new WebSocket(url, { perMessageDeflate: false })
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve())
    socket.once("error", reject)
  })
  return socket
}

/** The physical limit: a bare `ws` relay room forwarding the same stanza text to every other member. */
export const relayFanOut = async (
  relayUrl: string,
  room: string,
  receivers: number,
): Promise<FanOutGroup> => {
  const from = await open(`${relayUrl}/fan/${room}/sender`)
  const to = await Promise.all(
    Array.from({ length: receivers }, (_, index) => open(`${relayUrl}/fan/${room}/${index}`)),
  )
  // Same lengths as the room JID and dialog id our server's variant uses.
  const dialogId = objectId()
  const roomJid = `777_${dialogId}@muc.localhost`
  let failure: string | undefined
  const group: FanOutGroup = {
    name: "relay room",
    receivers,
    get failure() {
      return failure
    },
    onDelivered: () => {},
    send: (seq) => from.send(groupStanza(roomJid, dialogId, fanOutBody(seq))),
    close: async () => {
      failure ??= "closed"
      for (const socket of [from, ...to]) socket.terminate()
    },
  }
  for (const socket of to) {
    socket.on("message", (data) => {
      const seq = seqOfFrame(data.toString())
      if (seq !== undefined) group.onDelivered(seq)
    })
  }
  for (const socket of [from, ...to]) {
    socket.on("close", (code) => {
      failure ??= `relay socket closed (${code})`
    })
    socket.on("error", () => {})
  }
  return group
}
