/**
 * Changes this client made and whose echo the server still owes it. The server sends a user's own
 * reaction changes to every session of that user (so the user's other devices follow); the session
 * that made a change has applied it already, and applying its echo after a later change would undo
 * that later change until the next echo arrives. Bounded: when echoes never come (chat offline), the
 * oldest expectations are forgotten.
 */
export interface ExpectedEchoes {
  /** Records one echo to expect for `key`. */
  readonly expect: (key: string) => void
  /** True (and forgets it) when an echo for `key` was expected: then it is not news. */
  readonly consume: (key: string) => boolean
}

/** Expected echoes, at most `limit` of them. */
export const expectedEchoes = (limit = 256): ExpectedEchoes => {
  const pending = new Map<string, number>()
  let size = 0
  return {
    expect: (key) => {
      pending.set(key, (pending.get(key) ?? 0) + 1)
      size += 1
      if (size <= limit) return
      // Maps iterate in insertion order: the first key is the oldest still expected.
      const oldest = pending.keys().next().value as string
      const count = pending.get(oldest) ?? 1
      if (count > 1) pending.set(oldest, count - 1)
      else pending.delete(oldest)
      size -= 1
    },
    consume: (key) => {
      const count = pending.get(key)
      if (count === undefined) return false
      if (count > 1) pending.set(key, count - 1)
      else pending.delete(key)
      size -= 1
      return true
    },
  }
}
