import { type Chat, createChat } from "@cube/chat"
import { WebSocket } from "ws"
import { benchApp } from "../benchApp.ts"
import type { BenchUser } from "../CubeRest.ts"
import { bodyFor, sentAtOf } from "./benchMessage.ts"
import type { DeliveryLink } from "./DeliveryLink.ts"

/** A `@cube/chat` client logged in (REST session and chat) as `user`; no keep-alive pings, no reconnects. */
const connectChat = async (
  server: { readonly url: string; readonly wsUrl: string; readonly chatDomain: string },
  user: BenchUser,
): Promise<Chat> => {
  const chat = createChat({
    appId: benchApp.id,
    authKey: benchApp.authKey,
    endpoints: { api: server.url, chat: server.chatDomain, chatUrl: server.wsUrl },
    // The same `ws` the other variants use (Node 24's global WebSocket would do too).
    webSocket: WebSocket,
    reconnect: false,
    keepAlive: false,
  })
  await chat.connect({ login: user.login, password: user.password })
  return chat
}

/**
 * `@cube/chat` clients on both ends: `chat.messages.send(dialogId, { body })` (persisted, markable,
 * resolved on the server's ack), read in the receiver's `message` event. Everything the client does by
 * itself stays on (its outbox and `<r/>` acks, the receiver's automatic delivered markers, timelines),
 * as in an app.
 */
export const chatLink = async (
  server: { readonly url: string; readonly wsUrl: string; readonly chatDomain: string },
  from: BenchUser,
  to: BenchUser,
  dialogId: string,
): Promise<DeliveryLink> => {
  const sender = await connectChat(server, from)
  const receiver = await connectChat(server, to)
  let failure: string | undefined
  const link: DeliveryLink = {
    name: "chat",
    get failure() {
      return failure
    },
    onDelivered: () => {},
    send: (sentAt) => {
      sender.messages.send(dialogId, { body: bodyFor(sentAt) }).catch((error: unknown) => {
        failure ??= `send failed: ${error instanceof Error ? error.message : String(error)}`
      })
    },
    close: async () => {
      failure ??= "closed"
      await Promise.allSettled([sender.destroy(), receiver.destroy()])
    },
  }
  receiver.on("message", (message) => {
    if (message.senderId === from.userId && typeof message.body === "string")
      link.onDelivered(sentAtOf(message.body))
  })
  for (const [who, chat] of [
    ["sender", sender],
    ["receiver", receiver],
  ] as const) {
    chat.on("connection", (state) => {
      if (state.status !== "connected") failure ??= `${who}: ${state.status}`
    })
  }
  return link
}
