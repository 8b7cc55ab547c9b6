// Merging copies of a message (echo, carbon, replay, history page, local pending copy) and putting
// messages into arrays kept in server order, in place: shared by the pure timeline functions and the store.
import type { ChatMessage, MessageStatus } from "../types.ts"
import * as serverOrder from "./serverOrder.ts"

type AnyMessage = ChatMessage<unknown>

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

// Plain data (JSON-like values: decoded fields, attachments, reactions) compared by content.
const sameValue = (a: unknown, b: unknown): boolean => {
  if (Object.is(a, b)) return true
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let index = 0; index < a.length; index++) if (!sameValue(a[index], b[index])) return false
    return true
  }
  if (Array.isArray(b) || !isPlain(a) || !isPlain(b)) return false
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  for (const key of keys) {
    if (!Object.hasOwn(b, key)) return false
    if (!sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false
  }
  return true
}

const isPlain = (value: object): boolean => {
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/**
 * Two copies of the same message as one (see `Timeline.mergeMessage`); `existing` itself when the copy
 * changes nothing, and unchanged fields keep their values.
 */
export const mergeMessage = <M extends AnyMessage>(existing: M, incoming: M): M => {
  if (existing === incoming) return existing
  const confirmed = existing.confirmed || incoming.confirmed
  const dateSent = incoming.confirmed ? incoming.dateSent : existing.dateSent
  const status = betterStatus(existing.status, incoming.status)
  const merged = {
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
  // Every key of `existing` is in `merged` (spread); one only `merged` has reads undefined on `existing`.
  const before = existing as unknown as Record<string, unknown>
  const after = merged as unknown as Record<string, unknown>
  let changed = false
  for (const key in after) {
    if (sameValue(before[key], after[key])) after[key] = before[key]
    else changed = true
  }
  return changed ? merged : existing
}

/**
 * Adds or merges messages by id into a mutable array kept in server order (from index `from` on); `find`
 * looks a message up by id and `onChange` hears of each message put in. A few new messages find their
 * place from the end (an append is O(1)); a big batch is sorted and merged in one pass. Returns whether
 * anything changed.
 */
export const upsertInto = <M extends AnyMessage>(
  messages: Array<M>,
  incoming: ReadonlyArray<M>,
  find: (id: string) => M | undefined,
  onChange: (after: M) => void,
  from = 0,
): boolean => {
  let changed = false
  const batch = incoming.length > 16 ? new Map<string, M>() : undefined
  for (const message of incoming) {
    const queued = batch?.get(message.id)
    if (queued !== undefined) {
      batch!.set(message.id, mergeMessage(queued, message))
      continue
    }
    const existing = find(message.id)
    if (existing === undefined) {
      changed = true
      if (batch !== undefined) {
        batch.set(message.id, message)
        continue
      }
      messages.splice(serverOrder.insertionPoint(messages, message, from), 0, message)
      onChange(message)
      continue
    }
    const merged = mergeMessage(existing, message)
    if (merged === existing) continue
    replaceIn(messages, existing, merged, from)
    onChange(merged)
    changed = true
  }
  if (batch !== undefined && batch.size > 0) {
    const added = [...batch.values()].sort(serverOrder.compare)
    mergeSorted(messages, added, from)
    for (const message of added) onChange(message)
  }
  return changed
}

// Merges sorted `added` into sorted `messages` (from index `from` on) in place, from the back.
const mergeSorted = <M extends AnyMessage>(messages: Array<M>, added: ReadonlyArray<M>, from: number) => {
  let read = messages.length - 1
  let next = added.length - 1
  let write = messages.length + added.length - 1
  // Grown with real items (not `length =`), so the array stays packed.
  for (const message of added) messages.push(message)
  while (next >= 0) {
    if (read >= from && serverOrder.compare(messages[read]!, added[next]!) > 0)
      messages[write--] = messages[read--]!
    else messages[write--] = added[next--]!
  }
}

/** Puts `next` where `previous` (an element of `messages`) was, moving it when its position changed. */
export const replaceIn = <M extends AnyMessage>(messages: Array<M>, previous: M, next: M, from = 0): void => {
  const index = serverOrder.indexOfItem(messages, previous, from)
  if (index < 0) return
  if (serverOrder.compare(previous, next) === 0) {
    messages[index] = next
    return
  }
  messages.splice(index, 1)
  messages.splice(serverOrder.insertionPoint(messages, next, from), 0, next)
}
