import { useEffect, useMemo } from "react"
import { useChatContext } from "./internal/context.ts"
import { useStore } from "./internal/useStore.ts"
import { ignore, type TaskState, useTask } from "./internal/useTask.ts"

/** The users the current user blocks (the default privacy list), shared by every component. */
export interface BlockListApi extends TaskState {
  readonly userIds: ReadonlyArray<number>
  /** The list was read from the server. */
  readonly loaded: boolean
  isBlocked(userId: number): boolean
  /** Blocks a user: their messages no longer arrive and yours to them fail with `Blocked`. */
  block(userId: number, options?: { readonly mutual?: boolean }): Promise<void>
  unblock(userId: number): Promise<void>
}

/** The block list, loaded once connected, with block / unblock. */
export const useBlockList = (): BlockListApi => {
  const { chat, caches } = useChatContext()
  const connected = useStore(chat.stores.connection, (state) => state.status === "connected")
  const list = useStore(caches.blocked)
  const [task, track] = useTask()
  useEffect(() => {
    if (connected && !caches.blocked.getSnapshot().loaded) track(caches.loadBlocked()).catch(ignore)
  }, [connected, caches, track])
  const actions = useMemo(() => {
    const change = (userId: number, blocked: boolean) =>
      caches.blocked.update((current) => ({
        ...current,
        userIds: blocked
          ? [...current.userIds.filter((id) => id !== userId), userId]
          : current.userIds.filter((id) => id !== userId),
      }))
    return {
      block: (userId: number, options?: { readonly mutual?: boolean }) =>
        track(chat.privacy.block(userId, options)).then(() => change(userId, true)),
      unblock: (userId: number) => track(chat.privacy.unblock(userId)).then(() => change(userId, false)),
    }
  }, [chat, caches, track])
  return {
    ...task,
    userIds: list.userIds,
    loaded: list.loaded,
    isBlocked: (userId) => list.userIds.includes(userId),
    ...actions,
  }
}
