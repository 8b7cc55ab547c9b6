import { benchApp } from "../benchApp.ts"
import type { BenchUser } from "../CubeRest.ts"
import { objectId } from "../objectId.ts"
import { bodyFor, bodyOfStanza, chatStanza, sentAtOf } from "./benchMessage.ts"
import type { DeliveryLink } from "./DeliveryLink.ts"
import { RawXmppClient } from "./RawXmppClient.ts"

/** Our server driven by two raw XMPP clients: persisted 1-1 messages, no SDK in between. */
export const rawXmppLink = async (
  server: { readonly wsUrl: string; readonly chatDomain: string },
  from: BenchUser,
  to: BenchUser,
  dialogId: string,
): Promise<DeliveryLink> => {
  const sender = await RawXmppClient.login(server.wsUrl, server.chatDomain, benchApp.id, from)
  const receiver = await RawXmppClient.login(server.wsUrl, server.chatDomain, benchApp.id, to)
  const target = `${to.userId}-${benchApp.id}@${server.chatDomain}`
  const link: DeliveryLink = {
    name: "raw-xmpp",
    get failure() {
      return sender.failure ?? receiver.failure
    },
    onDelivered: () => {},
    send: (sentAt) => sender.send(chatStanza(target, objectId(), dialogId, bodyFor(sentAt))),
    close: async () => {
      sender.close()
      receiver.close()
    },
  }
  receiver.onFrame = (text) => {
    if (!text.startsWith("<message")) return
    const body = bodyOfStanza(text)
    if (body !== undefined) link.onDelivered(sentAtOf(body))
  }
  for (const client of [sender, receiver]) {
    const previous = client.onFrame
    client.onFrame = (text) => {
      const error =
        text.includes("<stream:error") || (text.startsWith("<message") && text.includes('type="error"'))
      if (error) client.failure ??= `error from the server: ${text}`
      previous(text)
    }
  }
  return link
}
