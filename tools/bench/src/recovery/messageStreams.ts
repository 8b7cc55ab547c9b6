import { setTimeout as sleep } from "node:timers/promises"
import type { Chat } from "@cube/chat"
import { CubeRest } from "../CubeRest.ts"

// biome-ignore lint/suspicious/noExplicitAny: the official SDK is driven untyped, as its users drive it
type Any = any

/** A steady stream of uniquely tagged messages from one client to another, counted at both ends. */
export interface MessageStream {
  readonly name: string
  /** Every tag the app handed to its client, in order. */
  readonly sent: ReadonlyArray<string>
  /** Sends the client refused at once (e.g. "not connected"): the app would have to resend them itself. */
  readonly refused: number
  start(intervalMs: number): void
  stop(): void
  /** Waits (bounded) until the sender has nothing in flight. */
  settle(timeoutMs: number): Promise<void>
  /** Every tag the receiving app saw: live events (repeats included), then what only its timeline holds. */
  received(): string[]
}

/**
 * `@cube/chat` on both ends: `messages.send` (outbox, resolved on the server's ack, re-sent after a
 * resume or a new login) and the receiver's `message` events plus its dialog timeline (catch-up).
 */
export const chatStream = (
  sender: Chat,
  receiver: Chat,
  senderId: number,
  dialogId: string,
  prefix: string,
): MessageStream & { readonly acked: () => number; readonly failed: () => ReadonlyArray<string> } => {
  const sent: string[] = []
  const live: string[] = []
  const failures: string[] = []
  const inFlight = new Set<Promise<unknown>>()
  let acked = 0
  let timer: NodeJS.Timeout | undefined
  receiver.on("message", (message) => {
    if (message.senderId === senderId && message.body.startsWith(prefix)) live.push(message.body)
  })
  return {
    name: "chat",
    sent,
    refused: 0,
    acked: () => acked,
    failed: () => failures,
    start: (intervalMs) => {
      timer = setInterval(() => {
        const tag = `${prefix}${sent.length}`
        sent.push(tag)
        const sending: Promise<unknown> = sender.messages.send(dialogId, { body: tag }).then(
          () => {
            acked += 1
          },
          (error: unknown) => {
            failures.push(`${tag}: ${error instanceof Error ? error.message : String(error)}`)
          },
        )
        inFlight.add(sending)
        void sending.finally(() => inFlight.delete(sending))
      }, intervalMs)
    },
    stop: () => clearInterval(timer),
    settle: async (timeoutMs) => {
      await Promise.race([Promise.allSettled([...inFlight]), sleep(timeoutMs)])
    },
    received: () => {
      const seen = new Set(live)
      const timeline = receiver.stores
        .messages(dialogId)
        .getSnapshot()
        .messages.map((message) => message.body)
        .filter((body) => body.startsWith(prefix) && !seen.has(body))
      return [...live, ...timeline]
    },
  }
}

/**
 * The official SDK on both ends: `chat.send` with `save_to_history` (fire and forget; it throws while
 * disconnected) and the receiver's `onMessageListener`. It has no outbox and no catch-up.
 */
export const sdkStream = (
  sender: Any,
  receiver: Any,
  receiverId: number,
  dialogId: string,
  prefix: string,
): MessageStream => {
  const sent: string[] = []
  const live: string[] = []
  let refused = 0
  let timer: NodeJS.Timeout | undefined
  const previous = receiver.chat.onMessageListener
  receiver.chat.onMessageListener = (userId: number, message: Any) => {
    if (typeof message?.body === "string" && message.body.startsWith(prefix)) live.push(message.body)
    previous?.(userId, message)
  }
  return {
    name: "sdk",
    sent,
    get refused() {
      return refused
    },
    start: (intervalMs) => {
      timer = setInterval(() => {
        const tag = `${prefix}${sent.length}`
        sent.push(tag)
        try {
          sender.chat.send(receiverId, {
            type: "chat",
            body: tag,
            extension: { save_to_history: 1, dialog_id: dialogId },
          })
        } catch {
          refused += 1
        }
      }, intervalMs)
    },
    stop: () => clearInterval(timer),
    // Nothing to wait for: the SDK does not tell which sends reached the server (beyond `<a h>`).
    settle: async () => {},
    received: () => [...live],
  }
}

/** The bodies with `prefix` in a dialog's server history (REST, 100 per page, marking nothing read). */
export const storedBodies = async (url: string, token: string, dialogId: string, prefix: string) => {
  const rest = new CubeRest(url, 1)
  try {
    const bodies: string[] = []
    for (let skip = 0; ; skip += 100) {
      const page = await rest.request(
        "GET",
        `/chat/Message.json?chat_dialog_id=${dialogId}&limit=100&skip=${skip}&mark_as_read=0`,
        { token },
      )
      if (page.status !== 200) throw new Error(`history: ${page.status} ${JSON.stringify(page.json)}`)
      const items = page.json.items as Array<{ message?: string }>
      for (const item of items) if (item.message?.startsWith(prefix)) bodies.push(item.message)
      if (items.length < 100) return bodies
    }
  } finally {
    await rest.close()
  }
}
