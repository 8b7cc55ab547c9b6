import type { ChatMessage, Gap, Store, Timeline } from "@cube/chat"
import { useCallback, useEffect, useRef } from "react"
import { useChatContext } from "./internal/context.ts"
import { useStore } from "./internal/useStore.ts"
import { ignore, useTask } from "./internal/useTask.ts"

/** A dialog's messages and the ways to load more. */
export interface MessagesResult<P> {
  /** Oldest first, in server order; own messages carry their `status` (`pending` → `sent` → `delivered` → `read`, or `failed`). */
  readonly messages: ReadonlyArray<ChatMessage<P>>
  /** Spans that could not be loaded (e.g. after a long time offline); `fillGap` loads them. */
  readonly gaps: ReadonlyArray<Gap>
  /** Older history may exist (`loadOlder`). */
  readonly hasOlder: boolean
  /** The latest page was loaded. */
  readonly loaded: boolean
  /** Loading the latest page. */
  readonly loading: boolean
  readonly loadingOlder: boolean
  /** Why the last load failed. */
  readonly error: unknown
  /** Loads the page before the oldest message (one at a time; repeated calls share it). */
  loadOlder(): Promise<void>
  /** Loads the messages of a gap (the newest gap when no id is given). */
  fillGap(gapId?: string): Promise<void>
}

const empty: Timeline<never> = { dialogId: "", messages: [], gaps: [], hasOlder: false, loaded: false }
const none: Store<Timeline<never>> = { subscribe: () => () => undefined, getSnapshot: () => empty }

/**
 * A dialog's timeline, live: the latest page is loaded once logged in, new and own messages appear as they
 * come (own ones at once, as `pending`), edits, deletions, receipts and reactions apply in place.
 */
export const useMessages = <P = Readonly<Record<string, unknown>>>(
  dialogId: string | undefined,
): MessagesResult<P> => {
  const { chat, caches } = useChatContext()
  const userId = useStore(chat.stores.session, (session) => session.userId)
  const store = dialogId === undefined ? none : chat.stores.messages(dialogId)
  const timeline = useStore(store as Store<Timeline<P>>)
  const [first, trackFirst] = useTask()
  const [older, trackOlder] = useTask()
  const olderCall = useRef<{ dialogId: string; promise: Promise<void> } | undefined>(undefined)
  useEffect(() => {
    if (dialogId === undefined || userId === undefined || chat.stores.messages(dialogId).getSnapshot().loaded)
      return
    trackFirst(caches.shared(`messages:${dialogId}`, () => chat.messages.load(dialogId))).catch(ignore)
  }, [chat, caches, dialogId, userId, trackFirst])
  const loadOlder = useCallback(() => {
    if (dialogId === undefined) return Promise.resolve()
    if (olderCall.current?.dialogId === dialogId) return olderCall.current.promise
    const promise = trackOlder(chat.messages.loadOlder(dialogId))
      .then(ignore)
      .finally(() => {
        if (olderCall.current?.promise === promise) olderCall.current = undefined
      })
    olderCall.current = { dialogId, promise }
    return promise
  }, [chat, dialogId, trackOlder])
  const fillGap = useCallback(
    (gapId?: string) =>
      dialogId === undefined
        ? Promise.resolve()
        : trackOlder(chat.messages.fillGap(dialogId, gapId)).then(ignore),
    [chat, dialogId, trackOlder],
  )
  return {
    messages: timeline.messages,
    gaps: timeline.gaps,
    hasOlder: timeline.hasOlder,
    loaded: timeline.loaded,
    loading:
      first.pending ||
      (!timeline.loaded && first.error === undefined && userId !== undefined && dialogId !== undefined),
    loadingOlder: older.pending,
    error: older.error ?? first.error,
    loadOlder,
    fillGap,
  }
}
