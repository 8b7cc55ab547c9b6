// Subscribable stores, TanStack style: `subscribe(listener)` returns an unsubscribe function and
// `getSnapshot()` returns an immutable value that changes identity only when the state changes, so React's
// `useSyncExternalStore` (and anything else) can read them without Effect.

/** A value that can be read now and watched for changes. */
export interface Store<T> {
  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: () => void): () => void
  /** The current value (the same object until the next change). */
  getSnapshot(): T
}

/** A store the SDK writes to. */
export interface WritableStore<T> extends Store<T> {
  set(value: T): void
  update(f: (value: T) => T): void
}

/** Reports an exception of a listener without stopping the others (it surfaces as an uncaught error). */
export const reportListenerError = (error: unknown): void => {
  queueMicrotask(() => {
    throw error
  })
}

/** Listeners of a store: `add` returns the function that removes it; `notify` calls each, in order. */
export interface Listeners {
  add(listener: () => void): () => void
  notify(): void
}

/** An empty set of listeners (a throwing listener does not stop the others). */
export const createListeners = (): Listeners => {
  const listeners = new Set<() => void>()
  return {
    add: (listener) => {
      // A wrapper per subscription: the same function subscribed twice needs two unsubscribes.
      const entry = () => listener()
      listeners.add(entry)
      return () => {
        listeners.delete(entry)
      }
    },
    notify: () => {
      if (listeners.size === 0) return
      for (const listener of [...listeners]) {
        try {
          listener()
        } catch (error) {
          reportListenerError(error)
        }
      }
    },
  }
}

/** A store holding `initial`; listeners run synchronously after each change, in subscription order. */
export const createStore = <T>(initial: T): WritableStore<T> => {
  let value = initial
  const listeners = createListeners()
  const set = (next: T) => {
    if (Object.is(next, value)) return
    value = next
    listeners.notify()
  }
  return {
    subscribe: listeners.add,
    getSnapshot: () => value,
    set,
    update: (f) => set(f(value)),
  }
}
