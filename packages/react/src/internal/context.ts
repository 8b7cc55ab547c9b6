// The context every hook reads: the provider's current client, its caches and their owner.
import type { Chat } from "@cube/chat"
import { createContext, useContext } from "react"
import type { ClientCaches } from "./ClientCaches.ts"
import type { ClientOwner } from "./ClientOwner.ts"

/** What a provider hands to its hooks. */
export interface ChatContextValue {
  readonly chat: Chat<unknown, unknown>
  readonly caches: ClientCaches
  readonly owner: ClientOwner
}

/** The provider's context (undefined outside a provider). */
export const ChatContext = createContext<ChatContextValue | undefined>(undefined)

/** The nearest provider's value; throws a clear error outside one. */
export const useChatContext = (): ChatContextValue => {
  const value = useContext(ChatContext)
  if (value === undefined) throw new Error("@cube/react: this hook must be used inside <ChatProvider>")
  return value
}
