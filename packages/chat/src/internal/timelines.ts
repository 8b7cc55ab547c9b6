// Helpers over the per-dialog timeline stores: bounded updates, finding a message by id, and a bounded
// memory of the ids already seen (so echoes, carbons and replays are new only once).
import type * as ChatState from "../ChatState.ts"
import * as Timeline from "../Timeline.ts"
import type { ChatMessage, Timeline as TimelineState } from "../types.ts"

/** Updates a dialog's timeline, keeping at most `max` messages. */
export const updateTimeline = (
  state: ChatState.Shape,
  dialogId: string,
  max: number,
  f: (timeline: TimelineState<unknown>) => TimelineState<unknown>,
): TimelineState<unknown> => {
  const store = state.timeline(dialogId)
  store.update((timeline) => Timeline.trim(f(timeline), max))
  return store.getSnapshot()
}

/** A message by id, in the given dialog or in any timeline. */
export const findMessage = (
  state: ChatState.Shape,
  messageId: string,
  dialogId?: string | undefined,
): ChatMessage<unknown> | undefined => {
  const stores = dialogId === undefined ? state.timelines() : [state.timeline(dialogId)]
  for (const store of stores) {
    const found = store.getSnapshot().messages.find((message) => message.id === messageId)
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
