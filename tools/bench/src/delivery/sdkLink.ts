import { createRequire } from "node:module"
import { benchApp } from "../benchApp.ts"
import type { BenchUser } from "../CubeRest.ts"
import { bodyFor, sentAtOf } from "./benchMessage.ts"
import type { DeliveryLink } from "./DeliveryLink.ts"

// biome-ignore lint/suspicious/noExplicitAny: the official SDK is driven untyped, as its users drive it
type Any = any

const require = createRequire(import.meta.url)

/**
 * A fresh copy of the unmodified official `connectycube@6.1.2` SDK. It is a singleton with
 * module-level config, so each client needs its own module instance: dropping the bundle from
 * Node's CommonJS cache before `require` gives one (as the server's compat tests do).
 */
export const loadOfficialSdk = (): Any => {
  const path = require.resolve("connectycube")
  delete require.cache[path]
  return require(path).default
}

/**
 * An official SDK client with a REST session and a connected chat (stream management on; no auto-reconnect
 * unless `reconnect` says otherwise).
 */
export const connectSdk = async (
  server: { readonly url: string; readonly wsUrl: string; readonly chatDomain: string },
  user: BenchUser,
  reconnect: { readonly enable: boolean; readonly timeInterval?: number } = { enable: false },
): Promise<Any> => {
  const sdk = loadOfficialSdk()
  sdk.init(
    { appId: benchApp.id, authKey: benchApp.authKey },
    {
      endpoints: { api_url: server.url, chat: server.chatDomain, chat_url: server.wsUrl },
      chat: { streamManagement: { enable: true }, reconnect },
      debug: { mode: 0 },
    },
  )
  await sdk.createSession({ login: user.login, password: user.password })
  await sdk.chat.connect({ userId: user.userId, password: user.password })
  return sdk
}

/**
 * Official SDK clients on both ends: `chat.send` with `save_to_history=1` and the dialog id, read
 * in the receiver's `onMessageListener`. Everything the SDK does by itself stays on (its `<r/>`
 * after each message, the receiver's automatic delivered receipts), as in an app.
 */
export const sdkLink = async (
  server: { readonly url: string; readonly wsUrl: string; readonly chatDomain: string },
  from: BenchUser,
  to: BenchUser,
  dialogId: string,
): Promise<DeliveryLink> => {
  const sender = await connectSdk(server, from)
  const receiver = await connectSdk(server, to)
  let failure: string | undefined
  const link: DeliveryLink = {
    name: "sdk",
    get failure() {
      return failure
    },
    onDelivered: () => {},
    send: (sentAt) =>
      sender.chat.send(to.userId, {
        type: "chat",
        body: bodyFor(sentAt),
        extension: { save_to_history: 1, dialog_id: dialogId },
      }),
    close: async () => {
      failure ??= "closed"
      await Promise.allSettled([sender.chat.disconnect(), receiver.chat.disconnect()])
    },
  }
  receiver.chat.onMessageListener = (_userId: number, message: Any) => {
    if (typeof message.body === "string") link.onDelivered(sentAtOf(message.body))
  }
  for (const [who, sdk] of [
    ["sender", sender],
    ["receiver", receiver],
  ] as const) {
    // xmpp.js reports a stream error (e.g. a frame too large) before the disconnect.
    sdk.chat.xmppClient?.on?.("error", (error: Any) => {
      failure ??= `${who}: ${error?.condition ?? ""} ${error?.text ?? error?.message ?? String(error)}`.trim()
    })
    sdk.chat.onDisconnectedListener = () => {
      failure ??= `${who} disconnected`
    }
    sdk.chat.onMessageErrorListener = (id: string, error: Any) => {
      failure ??= `${who} got a message error for ${id}: ${JSON.stringify(error)}`
    }
  }
  return link
}
