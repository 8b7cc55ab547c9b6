// Whether the page is visible (always true without a DOM), so that nothing is marked read in a hidden tab.
import type { Store } from "@cube/chat"
import { useStore } from "./useStore.ts"

const visibility: Store<boolean> = {
  subscribe: (listener) => {
    if (typeof document === "undefined") return () => undefined
    document.addEventListener("visibilitychange", listener)
    return () => document.removeEventListener("visibilitychange", listener)
  },
  getSnapshot: () => typeof document === "undefined" || document.visibilityState !== "hidden",
}

/** Whether the page is visible now. */
export const usePageVisible = (): boolean => useStore(visibility)
