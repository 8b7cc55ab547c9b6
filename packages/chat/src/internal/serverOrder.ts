// Server order (`date_sent`, then id) and the binary searches over arrays kept in it, shared by the pure
// timeline functions and the in-place timeline store.
import type { Cursor } from "../types.ts"

/** Server order: `date_sent`, then id (ObjectIds compare as text). */
export const compare = (a: Cursor, b: Cursor): number =>
  a.dateSent !== b.dateSent ? a.dateSent - b.dateSent : a.id < b.id ? -1 : a.id > b.id ? 1 : 0

/** The first index in `[from, to)` whose item is not before `cursor` (`to` when there is none). */
export const lowerBound = (
  items: ReadonlyArray<Cursor>,
  cursor: Cursor,
  from = 0,
  to = items.length,
): number => {
  let low = from
  let high = to
  while (low < high) {
    const middle = (low + high) >>> 1
    if (compare(items[middle]!, cursor) < 0) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * Where `cursor` goes in `items` (from index `from` on). Searched from the end, where new messages land:
 * O(1) for an append, O(log d) for an item d places before the end.
 */
export const insertionPoint = (items: ReadonlyArray<Cursor>, cursor: Cursor, from = 0): number => {
  const end = items.length
  if (end === from || compare(items[end - 1]!, cursor) < 0) return end
  // Gallop back from the last item (known not before `cursor`) until one is before it.
  let high = end - 1
  let step = 1
  let low = high - step
  while (low >= from && compare(items[low]!, cursor) >= 0) {
    high = low
    step *= 2
    low = high - step
  }
  return lowerBound(items, cursor, Math.max(from, low + 1), high)
}

/** The index of `item` (an element of `items`, from index `from` on), or -1. */
export const indexOfItem = <T extends Cursor>(items: ReadonlyArray<T>, item: T, from = 0): number => {
  // Recent messages are the ones that change (acks, markers): look at the newest few first.
  const stop = Math.max(from, items.length - 32)
  for (let index = items.length - 1; index >= stop; index--) if (items[index] === item) return index
  const index = lowerBound(items, item, from, stop)
  if (items[index] === item) return index
  // Not where its position says (an unsorted array was given): look everywhere.
  return items.indexOf(item, from)
}
