import type { User } from "@cube/chat"
import { useChat, useSession } from "@cube/react"
import { useEffect, useState } from "react"

/** Users whose login or name starts with `text` (debounced), without the current user. */
export const useUserSearch = (text: string): { users: ReadonlyArray<User>; searching: boolean } => {
  const chat = useChat()
  const { userId } = useSession()
  const [found, setFound] = useState<{ text: string; users: ReadonlyArray<User> }>({ text: "", users: [] })
  const query = text.trim()
  useEffect(() => {
    if (query.length < 2) return
    let live = true
    const timer = setTimeout(async () => {
      const lists = await Promise.all([
        chat.users.list({ login: { start_with: query }, limit: 10 }).catch(() => []),
        chat.users.list({ full_name: { start_with: query }, limit: 10 }).catch(() => []),
      ])
      const byId = new Map<number, User>()
      for (const user of lists.flat()) if (user.id !== userId) byId.set(user.id, user)
      if (live) setFound({ text: query, users: [...byId.values()] })
    }, 200)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [chat, query, userId])
  if (query.length < 2) return { users: [], searching: false }
  return { users: found.text === query ? found.users : [], searching: found.text !== query }
}
