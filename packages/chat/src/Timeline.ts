/**
 * The pure rules of a dialog's timeline: messages merged by id and kept in server order (`date_sent`, then
 * id), and the gaps that say where messages may be missing. Invariant: between two neighbouring messages
 * nothing is missing unless a gap covers that span; before the first message, `hasOlder` says.
 *
 * @since 0.1.0
 */
import type { ChatMessage, Cursor, Gap, MessageStatus, Timeline } from "./types.ts"

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
export const compare = (a: Cursor, b: Cursor): number =>
  a.dateSent !== b.dateSent ? a.dateSent - b.dateSent : a.id < b.id ? -1 : a.id > b.id ? 1 : 0

/**
 * A message's position.
 *
 * @since 0.1.0
 * @category getters
 */
export const cursorOf = (message: Cursor): Cursor => ({ dateSent: message.dateSent, id: message.id })

const statusRank: Record<MessageStatus, number> = { failed: 0, pending: 1, sent: 2, delivered: 3, read: 4 }

const union = (a: ReadonlyArray<number>, b: ReadonlyArray<number>): ReadonlyArray<number> => {
  if (b.every((id) => a.includes(id))) return a
  return [...new Set([...a, ...b])]
}

const betterStatus = (
  a: MessageStatus | undefined,
  b: MessageStatus | undefined,
): MessageStatus | undefined => {
  if (a === undefined) return b
  if (b === undefined) return a
  // A server copy of a message proves it arrived: it beats a local failure.
  return statusRank[b] >= statusRank[a] || a === "failed" ? b : a
}

/**
 * Two copies of the same message (echo, carbon, replay, history page, local pending copy) as one: the
 * server's position wins over the local estimate, statuses only move forward, marker lists are merged.
 *
 * @since 0.1.0
 * @category combinators
 */
export const mergeMessage = <M extends AnyMessage>(existing: M, incoming: M): M => {
  const confirmed = existing.confirmed || incoming.confirmed
  const dateSent = incoming.confirmed ? incoming.dateSent : existing.dateSent
  const status = betterStatus(existing.status, incoming.status)
  return {
    ...existing,
    ...incoming,
    dateSent,
    confirmed,
    status,
    error: status === "failed" ? (incoming.error ?? existing.error) : undefined,
    deliveredIds: union(existing.deliveredIds, incoming.deliveredIds),
    readIds: union(existing.readIds, incoming.readIds),
    read: existing.read || incoming.read,
    edited: existing.edited || incoming.edited,
  }
}

// First index whose message is not before `cursor` (binary search).
const lowerBound = (messages: ReadonlyArray<Cursor>, cursor: Cursor): number => {
  let low = 0
  let high = messages.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (compare(messages[middle]!, cursor) < 0) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * Adds or merges messages by id, keeping server order.
 *
 * @since 0.1.0
 * @category combinators
 */
export const upsert = <T extends AnyTimeline>(
  timeline: T,
  incoming: ReadonlyArray<T["messages"][number]>,
): T => {
  if (incoming.length === 0) return timeline
  const messages = [...timeline.messages]
  const indexById = new Map<string, number>()
  for (const [index, message] of messages.entries()) indexById.set(message.id, index)
  let reorder = false
  for (const message of incoming) {
    const at = indexById.get(message.id)
    if (at === undefined) {
      indexById.set(message.id, messages.length)
      messages.push(message)
      reorder = true
      continue
    }
    const merged = mergeMessage(messages[at]!, message)
    if (merged.dateSent !== messages[at]!.dateSent) reorder = true
    messages[at] = merged
  }
  if (reorder) messages.sort(compare)
  return { ...timeline, messages }
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
  const index = timeline.messages.findIndex((message) => message.id === id)
  if (index < 0) return timeline
  const messages = [...timeline.messages]
  messages[index] = f(messages[index]!)
  if (messages[index]!.dateSent !== timeline.messages[index]!.dateSent) messages.sort(compare)
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
    const index = lowerBound(timeline.messages, oldest)
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
