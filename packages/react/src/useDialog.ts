import type { ChatDialog } from "@cube/chat"
import { useEffect, useMemo } from "react"
import { useChatContext } from "./internal/context.ts"
import { useStore } from "./internal/useStore.ts"
import { ignore } from "./internal/useTask.ts"

/** One dialog, live (fetched when it is not known yet); undefined while unknown or when there is none. */
export const useDialog = <E = Readonly<Record<string, string>>>(
  dialogId: string | undefined,
): ChatDialog<E> | undefined => {
  const { chat } = useChatContext()
  const userId = useStore(chat.stores.session, (session) => session.userId)
  const dialog = useStore(chat.stores.dialogs, (state) =>
    dialogId === undefined ? undefined : state.byId[dialogId],
  )
  const count = useStore(chat.stores.unread, (state) =>
    dialogId === undefined ? undefined : state.byDialog[dialogId],
  )
  const known = dialog !== undefined
  useEffect(() => {
    if (dialogId !== undefined && userId !== undefined && !known) chat.dialogs.get(dialogId).catch(ignore)
  }, [chat, dialogId, userId, known])
  return useMemo(
    () =>
      (dialog === undefined || count === undefined || count === dialog.unreadCount
        ? dialog
        : { ...dialog, unreadCount: count }) as ChatDialog<E> | undefined,
    [dialog, count],
  )
}
