// A tiny writable store with the same `subscribe` / `getSnapshot` shape as @cube/chat's, for the state the
// provider keeps per client (users, block list, last activity, session progress).
import type { Store } from "@cube/chat"

/** A store the adapter writes to. */
export interface ValueStore<T> extends Store<T> {
  set(value: T): void
  update(f: (value: T) => T): void
}

/** A store holding `initial`; listeners run after each change. */
export const valueStore = <T>(initial: T): ValueStore<T> => {
  let value = initial
  const listeners = new Set<() => void>()
  const set = (next: T) => {
    if (Object.is(next, value)) return
    value = next
    for (const listener of [...listeners]) listener()
  }
  return {
    subscribe: (listener) => {
      const entry = () => listener()
      listeners.add(entry)
      return () => {
        listeners.delete(entry)
      }
    },
    getSnapshot: () => value,
    set,
    update: (f) => set(f(value)),
  }
}
