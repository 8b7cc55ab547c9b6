// The one `useSyncExternalStore` wrapper: reads a store through a selector, and keeps the previous selection
// while `isEqual` says nothing changed, so a component re-renders only when its slice does.
import type { Store } from "@cube/chat"
import { useMemo, useRef, useSyncExternalStore } from "react"

const identity = <T>(value: T): T => value

/** Subscribes to `store` and returns `selector(snapshot)`; server renders read the same snapshot. */
export const useStore = <T, S = T>(
  store: Store<T>,
  selector: (snapshot: T) => S = identity as (snapshot: T) => S,
  isEqual: (a: S, b: S) => boolean = Object.is,
): S => {
  const last = useRef<{ value: S } | null>(null)
  const read = useMemo(() => {
    let memo: { snapshot: T; value: S } | undefined
    return () => {
      const snapshot = store.getSnapshot()
      if (memo !== undefined && Object.is(memo.snapshot, snapshot)) return memo.value
      let value = selector(snapshot)
      const previous = memo?.value ?? last.current?.value
      if ((memo !== undefined || last.current !== null) && isEqual(previous as S, value))
        value = previous as S
      memo = { snapshot, value }
      return value
    }
  }, [store, selector, isEqual])
  const value = useSyncExternalStore(store.subscribe, read, read)
  last.current = { value }
  return value
}

/** Whether two arrays hold the same items in the same order. */
export const sameItems = <T>(a: ReadonlyArray<T>, b: ReadonlyArray<T>): boolean =>
  a.length === b.length && a.every((item, index) => Object.is(item, b[index]))
