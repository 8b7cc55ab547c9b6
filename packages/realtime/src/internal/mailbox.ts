// An unbounded buffer filled synchronously (from xmpp.js and DOM callbacks) and emptied by fibers: the part of
// `effect/Queue` this package uses. Queue, with the MutableList under it and the plumbing of `Stream.callback`,
// weighs about 1.2 kB (min+gzip) in an app that only connects and sends messages.
import type * as Arr from "effect/Array"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"

export interface Mailbox<A> {
  /** Adds a value; ignored once ended. */
  readonly offer: (value: A) => void
  /** Ends the mailbox: takers get what is buffered, then `Done`. */
  readonly end: () => void
  /** The oldest value, waiting for one when empty. */
  readonly take: Effect.Effect<A, Cause.Done>
  /** Everything buffered (at least one value, waiting for it when empty): a `Stream.fromPull` pull. */
  readonly takeAll: Effect.Effect<Arr.NonEmptyReadonlyArray<A>, Cause.Done>
}

/** An empty, open mailbox. */
export const makeMailbox = <A>(): Mailbox<A> => {
  let buffer: Array<A> = []
  let ended = false
  const takers = new Set<() => void>()

  const wake = () => {
    const waiting = [...takers]
    takers.clear()
    for (const resume of waiting) resume()
  }

  // Resumes on the taker's own turn (`yieldNow`), not inside the callback that offered.
  const changed = Effect.callback<void>((resume) => {
    const taker = () => resume(Effect.yieldNow)
    takers.add(taker)
    return Effect.sync(() => {
      takers.delete(taker)
    })
  })

  const take: Effect.Effect<A, Cause.Done> = Effect.suspend(() => {
    if (buffer.length > 0) return Effect.succeed(buffer.shift() as A)
    return ended ? Cause.done() : Effect.andThen(changed, take)
  })

  const takeAll: Effect.Effect<Arr.NonEmptyReadonlyArray<A>, Cause.Done> = Effect.suspend(() => {
    if (buffer.length > 0) {
      const values = buffer as unknown as Arr.NonEmptyReadonlyArray<A>
      buffer = []
      return Effect.succeed(values)
    }
    return ended ? Cause.done() : Effect.andThen(changed, takeAll)
  })

  return {
    offer: (value) => {
      if (ended) return
      buffer.push(value)
      wake()
    },
    end: () => {
      ended = true
      wake()
    },
    take,
    takeAll,
  }
}
