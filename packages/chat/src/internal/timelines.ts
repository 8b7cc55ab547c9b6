// Helpers over the per-dialog timeline stores: bounded updates, finding a message by id, and a bounded
// memory of the ids already seen (so echoes, carbons and replays are new only once).
import type * as ChatState from "../ChatState.ts"
import type { TimelineStore } from "../TimelineStore.ts"
import type { ChatMessage, Timeline as TimelineState } from "../types.ts"

/** Updates a dialog's whole timeline (gaps, ranges), keeping at most `max` messages; one notification. */
export const updateTimeline = (
  state: ChatState.Shape,
  dialogId: string,
  max: number,
  f: (timeline: TimelineState<unknown>) => TimelineState<unknown>,
): TimelineState<unknown> => {
  const store = state.timeline(dialogId)
  store.batch(() => {
    store.update(f)
    store.trim(max)
  })
  return store.getSnapshot()
}

/** Adds or merges messages into a dialog's timeline, keeping at most `max`; returns the store. */
export const upsertMessages = (
  state: ChatState.Shape,
  dialogId: string,
  max: number,
  messages: ReadonlyArray<ChatMessage<unknown>>,
): TimelineStore => {
  const store = state.timeline(dialogId)
  store.batch(() => {
    store.upsert(messages)
    store.trim(max)
  })
  return store
}

/** A message by id, in the given dialog or in any timeline. */
export const findMessage = (
  state: ChatState.Shape,
  messageId: string,
  dialogId?: string | undefined,
): ChatMessage<unknown> | undefined => {
  if (dialogId !== undefined) return state.timeline(dialogId).get(messageId)
  for (const store of state.timelines()) {
    const found = store.get(messageId)
    if (found !== undefined) return found
  }
  return undefined
}

/** The last `capacity` ids seen. */
export class RecentIds {
  readonly #ids = new Set<string>()
  readonly #capacity: number
  constructor(capacity: number) {
    this.#capacity = capacity
  }
  has(id: string): boolean {
    return this.#ids.has(id)
  }
  add(id: string): void {
    this.#ids.delete(id)
    this.#ids.add(id)
    if (this.#ids.size > this.#capacity) {
      const oldest = this.#ids.values().next().value
      if (oldest !== undefined) this.#ids.delete(oldest)
    }
  }
}
