import type { ChatDialog, DialogListQuery } from "@cube/chat"
import { useCallback, useEffect, useMemo } from "react"
import { useChatContext } from "./internal/context.ts"
import { useStore } from "./internal/useStore.ts"
import { ignore, useTask } from "./internal/useTask.ts"

/** The dialog list. */
export interface DialogsResult<E> {
  /** Newest activity first; `unreadCount` is the live counter. */
  readonly dialogs: ReadonlyArray<ChatDialog<E>>
  /** The list was fetched at least once. */
  readonly loaded: boolean
  readonly loading: boolean
  readonly error: unknown
  /** Fetches the list again. */
  refresh(): Promise<void>
}

/** Merges the live unread counters into the dialogs, keeping the objects whose counter did not change. */
const withUnread = <E>(dialog: ChatDialog<E>, count: number | undefined): ChatDialog<E> =>
  count === undefined || count === dialog.unreadCount ? dialog : { ...dialog, unreadCount: count }

/**
 * The user's dialogs, live: fetched once logged in (with `query`, default the 100 most recent), then kept up
 * to date by new messages, other users' changes and reconnects; sorted by last activity, with unread badges.
 */
export const useDialogs = <E = Readonly<Record<string, string>>>(
  options: { readonly query?: DialogListQuery; readonly enabled?: boolean } = {},
): DialogsResult<E> => {
  const { chat, caches } = useChatContext()
  const userId = useStore(chat.stores.session, (session) => session.userId)
  const state = useStore(chat.stores.dialogs)
  const unread = useStore(chat.stores.unread, (counters) => counters.byDialog)
  const [task, track] = useTask()
  const queryKey = JSON.stringify(options.query ?? null)
  const enabled = options.enabled !== false && userId !== undefined
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query counts by value (queryKey).
  const refresh = useCallback(
    () =>
      track(
        caches.shared(`dialogs:${queryKey}`, () => chat.dialogs.list(options.query ?? { limit: 100 })),
      ).then(ignore),
    [chat, caches, track, queryKey],
  )
  const custom = options.query !== undefined
  useEffect(() => {
    if (enabled && (custom || !chat.stores.dialogs.getSnapshot().loaded)) refresh().catch(ignore)
  }, [enabled, refresh, chat, custom])
  const dialogs = useMemo(
    () =>
      state.order.flatMap((id) => {
        const dialog = state.byId[id]
        return dialog === undefined ? [] : [withUnread(dialog, unread[id]) as ChatDialog<E>]
      }),
    [state, unread],
  )
  return { dialogs, loaded: state.loaded, loading: task.pending, error: task.error, refresh }
}
