import type { Reactions } from "@cube/chat"
import { useMemo } from "react"
import { useChatContext } from "./internal/context.ts"
import { useStore } from "./internal/useStore.ts"

/** A message's reactions and the user's own, with ways to change them. */
export interface ReactionsApi extends Reactions {
  /** Adds the reaction, or removes it when it is already the user's. */
  toggle(reaction: string): Promise<void>
  react(change: { readonly add?: string; readonly remove?: string }): Promise<void>
  /** Who reacted with what (fetched). */
  users(): Promise<Readonly<Record<string, ReadonlyArray<number>>>>
}

const none: Reactions = { total: {}, own: [] }

/** A message's reactions, live (own changes show at once, other users' as they come). */
export const useReactions = (dialogId: string, messageId: string): ReactionsApi => {
  const { chat } = useChatContext()
  const reactions = useStore(
    chat.stores.messages(dialogId),
    (timeline) => timeline.messages.find((message) => message.id === messageId)?.reactions ?? none,
  )
  const actions = useMemo(
    () => ({
      react: (change: { readonly add?: string; readonly remove?: string }) =>
        chat.messages.react(messageId, change),
      users: () => chat.messages.reactions(messageId),
    }),
    [chat, messageId],
  )
  return {
    ...reactions,
    ...actions,
    toggle: (reaction) =>
      actions.react(reactions.own.includes(reaction) ? { remove: reaction } : { add: reaction }),
  }
}
