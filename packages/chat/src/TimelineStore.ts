/**
 * A dialog's timeline as a store that changes in place: one array in server order (`date_sent`, then id)
 * where a new message finds its place from the end, an index by id for merges and look-ups, and the
 * immutable `Timeline` snapshot built only when someone reads it after a change. So a message costs
 * O(log n) (O(1) for an append) however long the timeline is, and a burst of them costs one copy for a
 * reader, not one per message.
 *
 * @since 0.2.0
 */
import * as merging from "./internal/mergeMessages.ts"
import * as serverOrder from "./internal/serverOrder.ts"
import { createListeners, type WritableStore } from "./store.ts"
import type { ChatMessage, Cursor, Gap, Timeline } from "./types.ts"

type AnyMessage = ChatMessage<unknown>
type AnyTimeline = Timeline<unknown>

/**
 * A timeline store: `getSnapshot()` keeps its identity until the content changes; `set` and `update` take
 * whole timelines (gaps, ranges), the other writes change messages in place.
 *
 * @since 0.2.0
 * @category models
 */
export interface TimelineStore extends WritableStore<AnyTimeline> {
  readonly dialogId: string
  /** How many messages it holds. */
  readonly size: number
  /** The message with this id, when it is loaded. */
  get(id: string): AnyMessage | undefined
  /** The newest message. */
  last(): AnyMessage | undefined
  /** The newest message whose position the server confirmed. */
  lastConfirmed(): Cursor | undefined
  /** Adds or merges messages by id (see `Timeline.upsert`). */
  upsert(messages: ReadonlyArray<AnyMessage>): void
  /** Changes one message; returns it as it is now (undefined when it is not loaded). */
  updateMessage(id: string, f: (message: AnyMessage) => AnyMessage): AnyMessage | undefined
  /** Changes every message (`f` returns the same object for those it leaves alone). */
  updateEach(f: (message: AnyMessage) => AnyMessage): void
  /** Removes messages by id. */
  remove(ids: ReadonlyArray<string>): void
  /** Keeps the newest `max` messages (see `Timeline.trim`). */
  trim(max: number): void
  /** Runs `f`; listeners hear once, at the end, of every change it made. */
  batch<A>(f: () => A): A
}

// Dropped messages stay in the array's head until they are this many and half of it, then go in one copy.
const compactAfter = 256

/**
 * An empty timeline store (nothing loaded, older history unknown).
 *
 * @since 0.2.0
 * @category constructors
 */
export const make = (dialogId: string): TimelineStore => {
  const listeners = createListeners()
  // items[head..] are the messages, in server order; items before `head` were trimmed.
  let items: Array<AnyMessage> = []
  let head = 0
  const byId = new Map<string, AnyMessage>()
  let gaps: ReadonlyArray<Gap> = []
  let hasOlder = true
  let loaded = false
  let snapshot: AnyTimeline | undefined
  let depth = 0
  let unheard = false

  const announce = () => {
    if (depth > 0) unheard = true
    else listeners.notify()
  }
  const changed = () => {
    snapshot = undefined
    announce()
  }

  const getSnapshot = (): AnyTimeline => {
    snapshot ??= { dialogId, messages: items.slice(head), gaps, hasOlder, loaded }
    return snapshot
  }

  const set = (next: AnyTimeline) => {
    if (next === snapshot) return
    items = [...next.messages]
    head = 0
    byId.clear()
    for (const message of items) byId.set(message.id, message)
    gaps = next.gaps
    hasOlder = next.hasOlder
    loaded = next.loaded
    // The value set is the snapshot (callers may compare with it).
    snapshot = next
    announce()
  }

  const put = (message: AnyMessage) => {
    byId.set(message.id, message)
  }

  const store: TimelineStore = {
    dialogId,
    get size() {
      return items.length - head
    },
    subscribe: listeners.add,
    getSnapshot,
    set,
    update: (f) => set(f(getSnapshot())),
    get: (id) => byId.get(id),
    last: () => (items.length > head ? items[items.length - 1] : undefined),
    lastConfirmed: () => {
      for (let index = items.length - 1; index >= head; index--) {
        const message = items[index]!
        if (message.confirmed) return { dateSent: message.dateSent, id: message.id }
      }
      return undefined
    },
    upsert: (messages) => {
      if (merging.upsertInto(items, messages, (id) => byId.get(id), put, head)) changed()
    },
    updateMessage: (id, f) => {
      const previous = byId.get(id)
      if (previous === undefined) return undefined
      const next = f(previous)
      if (next === previous) return previous
      merging.replaceIn(items, previous, next, head)
      put(next)
      changed()
      return next
    },
    updateEach: (f) => {
      let any = false
      let moved = false
      for (let index = head; index < items.length; index++) {
        const previous = items[index]!
        const next = f(previous)
        if (next === previous) continue
        any = true
        if (serverOrder.compare(previous, next) !== 0) moved = true
        items[index] = next
        put(next)
      }
      if (!any) return
      if (moved) {
        items = items.slice(head).sort(serverOrder.compare)
        head = 0
      }
      changed()
    },
    remove: (ids) => {
      let any = false
      for (const id of ids) {
        const message = byId.get(id)
        if (message === undefined) continue
        const index = serverOrder.indexOfItem(items, message, head)
        if (index >= 0) items.splice(index, 1)
        byId.delete(id)
        any = true
      }
      if (any) changed()
    },
    trim: (max) => {
      const excess = items.length - head - max
      if (excess <= 0) return
      for (let index = head; index < head + excess; index++) byId.delete(items[index]!.id)
      head += excess
      if (head >= compactAfter && head * 2 >= items.length) {
        items = items.slice(head)
        head = 0
      }
      hasOlder = true
      const first = items[head]
      const kept = (gap: Gap) =>
        gap.before === undefined || first === undefined || serverOrder.compare(gap.before, first) > 0
      if (!gaps.every(kept)) gaps = gaps.filter(kept)
      changed()
    },
    batch: (f) => {
      depth += 1
      try {
        return f()
      } finally {
        depth -= 1
        if (depth === 0 && unheard) {
          unheard = false
          listeners.notify()
        }
      }
    },
  }
  return store
}
