import type { Chat } from "@cube/chat"
import { useChatContext } from "./internal/context.ts"

/** The provider's chat client: every operation of `@cube/chat` (`chat.messages.send`, `chat.dialogs.create`, …). */
export const useChat = <P = Readonly<Record<string, unknown>>, E = Readonly<Record<string, string>>>(): Chat<
  P,
  E
> => useChatContext().chat as Chat<P, E>
