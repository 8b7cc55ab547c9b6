import type { ChatMessage, Store, Timeline } from "@cube/chat"
import { useEffect, useRef } from "react"
import { useChatContext } from "./internal/context.ts"
import { usePageVisible } from "./internal/usePageVisible.ts"
import { sameItems, useStore } from "./internal/useStore.ts"
import { ignore } from "./internal/useTask.ts"

const none: Store<Timeline<never>> = {
  subscribe: () => () => undefined,
  getSnapshot: () => ({ dialogId: "", messages: [], gaps: [], hasOlder: false, loaded: false }),
}

/**
 * While `enabled` and the page is visible, marks other users' loaded messages of the dialog read (their
 * authors get read receipts) and, when the dialog counts more unread than are loaded, the rest over HTTP.
 */
export const useMarkAsRead = (dialogId: string | undefined, enabled = true): void => {
  const { chat } = useChatContext()
  const visible = usePageVisible()
  const me = useStore(chat.stores.session, (session) => session.userId)
  const store = dialogId === undefined ? none : chat.stores.messages(dialogId)
  const unread = useStore(
    store as Store<Timeline<unknown>>,
    (timeline) =>
      timeline.messages
        .filter((message: ChatMessage<unknown>) => !message.read && message.senderId !== me)
        .map((message) => message.id),
    sameItems,
  )
  const counted = useStore(chat.stores.unread, (state) =>
    dialogId === undefined ? 0 : (state.byDialog[dialogId] ?? 0),
  )
  const loaded = useStore(store as Store<Timeline<unknown>>, (timeline) => timeline.loaded)
  const asked = useRef(new Set<string>())
  const active = enabled && visible && dialogId !== undefined && me !== undefined
  useEffect(() => {
    if (!active || dialogId === undefined) return
    const fresh = unread.filter((id) => !asked.current.has(id))
    if (fresh.length > 0) {
      for (const id of fresh) asked.current.add(id)
      chat.messages.markRead(dialogId, fresh).catch(() => {
        for (const id of fresh) asked.current.delete(id)
      })
    } else if (unread.length === 0 && counted > 0 && loaded) {
      chat.messages.markAllRead(dialogId).catch(ignore)
    }
  }, [active, chat, dialogId, unread, counted, loaded])
}
