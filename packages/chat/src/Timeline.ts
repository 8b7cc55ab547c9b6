/**
 * The pure rules of a dialog's timeline: messages merged by id and kept in server order (`date_sent`, then
 * id), and the gaps that say where messages may be missing. Invariant: between two neighbouring messages
 * nothing is missing unless a gap covers that span; before the first message, `hasOlder` says.
 *
 * @since 0.1.0
 */
import * as merging from "./internal/mergeMessages.ts"
import * as serverOrder from "./internal/serverOrder.ts"
import type { ChatMessage, Cursor, Gap, Timeline } from "./types.ts"

type AnyMessage = ChatMessage<unknown>
type AnyTimeline = Timeline<unknown>

/**
 * An empty timeline (nothing loaded, older history unknown).
 *
 * @since 0.1.0
 * @category constructors
 */
export const empty = <P>(dialogId: string): Timeline<P> => ({
  dialogId,
  messages: [],
  gaps: [],
  hasOlder: true,
  loaded: false,
})

/**
 * Server order: `date_sent`, then id (ObjectIds compare as text).
 *
 * @since 0.1.0
 * @category ordering
 */
export const compare: (a: Cursor, b: Cursor) => number = serverOrder.compare

/**
 * A message's position.
 *
 * @since 0.1.0
 * @category getters
 */
export const cursorOf = (message: Cursor): Cursor => ({ dateSent: message.dateSent, id: message.id })

/**
 * Two copies of the same message (echo, carbon, replay, history page, local pending copy) as one: the
 * server's position wins over the local estimate, statuses only move forward, marker lists are merged.
 * A copy that changes nothing returns `existing` itself (so snapshots keep their identity).
 *
 * @since 0.1.0
 * @category combinators
 */
export const mergeMessage: <M extends AnyMessage>(existing: M, incoming: M) => M = merging.mergeMessage

// Looks messages up by id: from the newest (where merges usually land) for a few, through an index for many.
const finder = <M extends AnyMessage>(messages: ReadonlyArray<M>, lookups: number) => {
  if (lookups <= 8) {
    return (id: string): M | undefined => {
      for (let index = messages.length - 1; index >= 0; index--)
        if (messages[index]!.id === id) return messages[index]
      return undefined
    }
  }
  const byId = new Map<string, M>()
  for (const message of messages) byId.set(message.id, message)
  return (id: string): M | undefined => byId.get(id)
}

/**
 * Adds or merges messages by id, keeping server order; the same timeline when nothing changed.
 *
 * @since 0.1.0
 * @category combinators
 */
export const upsert = <T extends AnyTimeline>(
  timeline: T,
  incoming: ReadonlyArray<T["messages"][number]>,
): T => {
  if (incoming.length === 0) return timeline
  type M = T["messages"][number]
  const messages: Array<M> = [...timeline.messages]
  const put = new Map<string, M>()
  const original = finder<M>(timeline.messages, incoming.length)
  const find = (id: string) => put.get(id) ?? original(id)
  const changed = merging.upsertInto(messages, incoming, find, (after) => put.set(after.id, after))
  return changed ? { ...timeline, messages } : timeline
}

/**
 * Changes one message (if the timeline has it).
 *
 * @since 0.1.0
 * @category combinators
 */
export const updateMessage = <T extends AnyTimeline>(
  timeline: T,
  id: string,
  f: (message: T["messages"][number]) => T["messages"][number],
): T => {
  const previous = finder(timeline.messages, 1)(id)
  if (previous === undefined) return timeline
  const next = f(previous)
  if (next === previous) return timeline
  const messages = [...timeline.messages]
  merging.replaceIn(messages, previous, next)
  return { ...timeline, messages }
}

/**
 * Removes messages by id.
 *
 * @since 0.1.0
 * @category combinators
 */
export const remove = <T extends AnyTimeline>(timeline: T, ids: ReadonlyArray<string>): T => {
  const drop = new Set(ids)
  if (!timeline.messages.some((message) => drop.has(message.id))) return timeline
  return { ...timeline, messages: timeline.messages.filter((message) => !drop.has(message.id)) }
}

/**
 * Whether the timeline has a message.
 *
 * @since 0.1.0
 * @category getters
 */
export const has = (timeline: AnyTimeline, id: string): boolean =>
  timeline.messages.some((message) => message.id === id)

/**
 * The newest message whose position the server confirmed (where a catch-up starts from).
 *
 * @since 0.1.0
 * @category getters
 */
export const lastConfirmed = (timeline: AnyTimeline): Cursor | undefined => {
  for (let index = timeline.messages.length - 1; index >= 0; index--) {
    const message = timeline.messages[index]!
    if (message.confirmed) return cursorOf(message)
  }
  return undefined
}

// Interval arithmetic on the cursor line; undefined bounds are -∞ (after) and +∞ (before).
interface Span {
  readonly after: Cursor | undefined
  readonly before: Cursor | undefined
}

// A lower bound (undefined: -∞) before an upper bound (undefined: +∞).
const lowerBeforeUpper = (lower: Cursor | undefined, upper: Cursor | undefined) =>
  lower === undefined || upper === undefined || compare(lower, upper) < 0
// Two upper bounds (undefined: +∞).
const upperLess = (a: Cursor | undefined, b: Cursor | undefined) =>
  a !== undefined && (b === undefined || compare(a, b) < 0)
let gapCounter = 0
const gapId = () => {
  gapCounter += 1
  return `gap-${gapCounter}`
}

const normalizeGaps = (gaps: ReadonlyArray<Gap>): ReadonlyArray<Gap> => {
  const sorted = [...gaps].sort((a, b) => compare(a.after, b.after))
  const result: Array<Gap> = []
  for (const gap of sorted) {
    const last = result[result.length - 1]
    // Overlapping (or touching) spans are one gap.
    if (last !== undefined && (last.before === undefined || compare(gap.after, last.before) <= 0)) {
      if (upperLess(last.before, gap.before) || gap.before === undefined) {
        result[result.length - 1] = { ...last, before: gap.before }
      }
      continue
    }
    result.push(gap)
  }
  return result
}

/**
 * Marks that messages may be missing after `after` up to now (a reconnect without resume).
 *
 * @since 0.1.0
 * @category combinators
 */
export const openGap = <T extends AnyTimeline>(timeline: T, after: Cursor): T => ({
  ...timeline,
  gaps: normalizeGaps([...timeline.gaps, { id: gapId(), after, before: undefined }]),
})

const maxCursor = (a: Cursor | undefined, b: Cursor | undefined): Cursor | undefined =>
  a === undefined ? b : b === undefined ? a : compare(a, b) >= 0 ? a : b

/**
 * Merges a fetched range: `messages` are every message strictly between `range.after` and `range.before`
 * (undefined: open), newest first, down to the oldest one fetched — all of them when `complete`. Gaps
 * inside the span now known are closed or narrowed; when the fetch stopped short, the space between it
 * and the older messages already loaded becomes a gap; reaching the start of the history clears `hasOlder`.
 *
 * @since 0.1.0
 * @category combinators
 */
export const applyRange = <T extends AnyTimeline>(
  timeline: T,
  range: Span,
  messages: ReadonlyArray<T["messages"][number]>,
  complete: boolean,
): T => {
  let oldest: Cursor | undefined
  for (const message of messages)
    if (oldest === undefined || compare(message, oldest) < 0) oldest = cursorOf(message)
  if (!complete && oldest === undefined) return upsert({ ...timeline, loaded: true }, messages)
  // Known now: from `low` (range.after when complete, else the oldest fetched message) up to range.before.
  const low = complete ? range.after : oldest
  const high = range.before

  const gaps: Array<Gap> = []
  for (const gap of timeline.gaps) {
    const overlaps = lowerBeforeUpper(gap.after, high) && lowerBeforeUpper(low, gap.before)
    if (!overlaps) {
      gaps.push(gap)
      continue
    }
    if (low !== undefined && compare(gap.after, low) < 0)
      gaps.push({ id: gap.id, after: gap.after, before: low })
    if (high !== undefined && upperLess(high, gap.before)) {
      gaps.push({ id: gapId(), after: high, before: gap.before })
    }
  }
  if (!complete && oldest !== undefined) {
    // Older messages already loaded are not connected to what was fetched.
    const index = serverOrder.lowerBound(timeline.messages, oldest)
    const below = index > 0 ? cursorOf(timeline.messages[index - 1]!) : undefined
    const from = maxCursor(below, range.after)
    if (from !== undefined && compare(from, oldest) < 0)
      gaps.push({ id: gapId(), after: from, before: oldest })
  }
  const reachedStart = complete && range.after === undefined
  return upsert(
    {
      ...timeline,
      loaded: true,
      hasOlder: reachedStart ? false : timeline.hasOlder,
      gaps: normalizeGaps(gaps),
    },
    messages,
  )
}

/**
 * Keeps at most `max` messages, dropping the oldest (older history can be loaded again).
 *
 * @since 0.1.0
 * @category combinators
 */
export const trim = <T extends AnyTimeline>(timeline: T, max: number): T => {
  if (timeline.messages.length <= max) return timeline
  const messages = timeline.messages.slice(timeline.messages.length - max)
  const first = messages[0]!
  return {
    ...timeline,
    messages,
    hasOlder: true,
    gaps: timeline.gaps.filter((gap) => gap.before === undefined || compare(gap.before, first) > 0),
  }
}
