import { useEffect, useMemo } from "react"
import { useChatContext } from "./internal/context.ts"
import { useStore } from "./internal/useStore.ts"

/** What is known of a user's presence. */
export interface LastActivity {
  /** Online now (undefined until known). */
  readonly online: boolean | undefined
  /** When they were last online (undefined while online or unknown). */
  readonly lastSeen: Date | undefined
}

const unknown: LastActivity = { online: undefined, lastSeen: undefined }

/**
 * A user's presence, live: asked once connected, then followed (one server subscription per user however many
 * components watch them, renewed after reconnects).
 */
export const useLastActivity = (userId: number | undefined): LastActivity => {
  const { chat, caches } = useChatContext()
  const connected = useStore(chat.stores.connection, (state) => state.status === "connected")
  const entry = useStore(caches.activity, (known) => (userId === undefined ? undefined : known[userId]))
  useEffect(() => {
    if (userId !== undefined && connected) return caches.watchActivity(userId)
  }, [caches, userId, connected])
  return useMemo(() => {
    if (entry === undefined) return unknown
    return entry.seconds === 0
      ? { online: true, lastSeen: undefined }
      : { online: false, lastSeen: new Date(entry.at - entry.seconds * 1000) }
  }, [entry])
}
