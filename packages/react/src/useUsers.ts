import type { User } from "@cube/chat"
import { useEffect } from "react"
import { useChatContext } from "./internal/context.ts"
import { sameItems, useStore } from "./internal/useStore.ts"

/** Several users' profiles, in the order of `userIds` (the ones not fetched yet are missing). */
export const useUsers = (userIds: ReadonlyArray<number>): ReadonlyArray<User> => {
  const { chat, caches } = useChatContext()
  const loggedIn = useStore(chat.stores.session, (session) => session.userId !== undefined)
  const key = userIds.join(",")
  const users = useStore(
    caches.users,
    (known) => userIds.flatMap((id) => (known[id] === undefined ? [] : [known[id]])),
    sameItems,
  )
  // biome-ignore lint/correctness/useExhaustiveDependencies: the ids count by value (key).
  useEffect(() => {
    if (loggedIn && userIds.length > 0) caches.wantUsers(userIds)
  }, [caches, key, loggedIn])
  return users
}
