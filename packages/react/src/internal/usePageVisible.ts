// Whether the page is visible (always true without a DOM), so that nothing is marked read in a hidden tab.
import { useSyncExternalStore } from "react"

const subscribe = (listener: () => void) => {
  if (typeof document === "undefined") return () => undefined
  document.addEventListener("visibilitychange", listener)
  return () => document.removeEventListener("visibilitychange", listener)
}
const visible = () => typeof document === "undefined" || document.visibilityState !== "hidden"

/** Whether the page is visible now. */
export const usePageVisible = (): boolean => useSyncExternalStore(subscribe, visible, () => true)
