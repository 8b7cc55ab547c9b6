import type { SearchParams, SearchResults } from "@cube/chat"
import { useCallback, useEffect, useRef, useState } from "react"
import { useChatContext } from "./internal/context.ts"
import { useStore } from "./internal/useStore.ts"
import { ignore, type TaskState, useTask } from "./internal/useTask.ts"

/** A search and its results. */
export interface SearchApi<P, E> extends TaskState {
  /** The latest search's results (undefined before the first, or after `clear`). */
  readonly results: SearchResults<P, E> | undefined
  /** Searches now; an older search that answers later is ignored. */
  search(query: string | SearchParams): Promise<void>
  clear(): void
}

/**
 * Search across messages, dialogs and users. Given a `query`, it runs `debounceMs` (default 300) after the
 * query last changed (once logged in), when it has `minLength` characters (default 2); `search` runs one at once.
 */
export const useSearch = <P = Readonly<Record<string, unknown>>, E = Readonly<Record<string, string>>>(
  query?: string | SearchParams,
  options: { readonly debounceMs?: number; readonly minLength?: number } = {},
): SearchApi<P, E> => {
  const { chat } = useChatContext()
  const loggedIn = useStore(chat.stores.session, (session) => session.userId !== undefined)
  const [results, setResults] = useState<SearchResults<P, E> | undefined>(undefined)
  const [task, track] = useTask()
  const latest = useRef(0)
  const search = useCallback(
    async (given: string | SearchParams) => {
      const call = ++latest.current
      const found = await track(chat.messages.search(typeof given === "string" ? { text: given } : given))
      if (call === latest.current) setResults(found as SearchResults<P, E>)
    },
    [chat, track],
  )
  const clear = useCallback(() => {
    latest.current += 1
    setResults(undefined)
  }, [])
  const key = query === undefined ? undefined : JSON.stringify(query)
  const current = useRef(query)
  current.current = query
  const debounceMs = options.debounceMs ?? 300
  const minLength = options.minLength ?? 2
  useEffect(() => {
    const given = current.current
    if (key === undefined || given === undefined || !loggedIn) return
    if ((typeof given === "string" ? given : given.text).trim().length < minLength) return clear()
    const timer = setTimeout(() => search(given).catch(ignore), debounceMs)
    return () => clearTimeout(timer)
  }, [key, loggedIn, debounceMs, minLength, search, clear])
  return { ...task, results, search, clear }
}
