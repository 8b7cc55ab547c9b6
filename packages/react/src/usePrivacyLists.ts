import type { PrivacyApi, PrivacyListNames } from "@cube/chat"
import { useCallback, useEffect, useMemo, useState } from "react"
import { useChatContext } from "./internal/context.ts"
import { useStore } from "./internal/useStore.ts"
import { ignore, type TaskState, useTask } from "./internal/useTask.ts"

/** Privacy lists (XEP-0016): their names, and every list operation (the names are read again after each change). */
export interface PrivacyListsApi
  extends TaskState,
    Omit<PrivacyApi, "block" | "unblock" | "blocked" | "names"> {
  /** The lists and which is the default / active one (undefined until read). */
  readonly names: PrivacyListNames | undefined
  refresh(): Promise<void>
}

/** The user's privacy lists; for the common case of blocking users, `useBlockList` is simpler. */
export const usePrivacyLists = (): PrivacyListsApi => {
  const { chat } = useChatContext()
  const connected = useStore(chat.stores.connection, (state) => state.status === "connected")
  const [names, setNames] = useState<PrivacyListNames | undefined>(undefined)
  const [task, track] = useTask()
  const refresh = useCallback(() => track(chat.privacy.names()).then(setNames), [chat, track])
  useEffect(() => {
    if (connected) refresh().catch(ignore)
  }, [connected, refresh])
  const actions = useMemo(() => {
    const then =
      <A extends ReadonlyArray<unknown>, R>(f: (...args: A) => Promise<R>) =>
      (...args: A) =>
        track(f(...args)).then(async (value) => {
          await refresh().catch(ignore)
          return value
        })
    const privacy = chat.privacy
    return {
      get: (name: string) => track(privacy.get(name)),
      create: then(privacy.create),
      update: then(privacy.update),
      delete: then(privacy.delete),
      setDefault: then(privacy.setDefault),
      setActive: then(privacy.setActive),
    }
  }, [chat, track, refresh])
  return { ...task, names, refresh: () => refresh().then(ignore), ...actions }
}
