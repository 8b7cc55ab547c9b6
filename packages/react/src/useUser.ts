import type { User } from "@cube/chat"
import { useEffect } from "react"
import { useChatContext } from "./internal/context.ts"
import { useStore } from "./internal/useStore.ts"

/** A user's profile (cached per provider; the ids asked for in one render are fetched in one request). */
export const useUser = (userId: number | undefined): User | undefined => {
  const { chat, caches } = useChatContext()
  const loggedIn = useStore(chat.stores.session, (session) => session.userId !== undefined)
  const user = useStore(caches.users, (users) => (userId === undefined ? undefined : users[userId]))
  useEffect(() => {
    if (userId !== undefined && loggedIn) caches.wantUsers([userId])
  }, [caches, userId, loggedIn])
  return user
}
