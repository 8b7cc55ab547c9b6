import { WebSocket } from "ws"
import { objectId } from "../objectId.ts"
import { bodyFor, bodyOfStanza, chatStanza, sentAtOf } from "./benchMessage.ts"
import type { DeliveryLink } from "./DeliveryLink.ts"

const open = async (url: string) => {
  const socket = new WebSocket(url, { perMessageDeflate: false })
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve())
    socket.once("error", reject)
  })
  return socket
}

/**
 * Two `ws` clients through the bare relay: the sender sends the same stanza text a raw XMPP client
 * sends to our server (same size), the relay forwards it untouched, the receiver reads the body.
 */
export const relayLink = async (relayUrl: string, pair: string): Promise<DeliveryLink> => {
  const sender = await open(`${relayUrl}/${pair}/a`)
  const receiver = await open(`${relayUrl}/${pair}/b`)
  // Same lengths as the JIDs and dialog id the raw XMPP client uses.
  const to = "1000000-777@localhost"
  const dialogId = objectId()
  const link: DeliveryLink & { failure: string | undefined } = {
    name: "relay",
    failure: undefined,
    onDelivered: () => {},
    send: (sentAt) => sender.send(chatStanza(to, objectId(), dialogId, bodyFor(sentAt))),
    close: async () => {
      link.failure ??= "closed"
      sender.terminate()
      receiver.terminate()
    },
  }
  receiver.on("message", (data) => {
    const body = bodyOfStanza(data.toString())
    if (body !== undefined) link.onDelivered(sentAtOf(body))
  })
  for (const socket of [sender, receiver]) {
    socket.on("close", (code) => {
      link.failure ??= `relay socket closed (${code})`
    })
    socket.on("error", () => {})
  }
  return link
}
