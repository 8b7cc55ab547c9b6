import { useChatContext } from "./internal/context.ts"
import { useStore } from "./internal/useStore.ts"

/** Unread messages: over every dialog, or in one dialog (live, reconciled with the server after reconnects). */
export const useUnreadCount = (dialogId?: string): number => {
  const { chat } = useChatContext()
  const listed = useStore(chat.stores.dialogs, (state) =>
    dialogId === undefined ? undefined : state.byId[dialogId]?.unreadCount,
  )
  return useStore(chat.stores.unread, (state) =>
    dialogId === undefined ? state.total : (state.byDialog[dialogId] ?? listed ?? 0),
  )
}
