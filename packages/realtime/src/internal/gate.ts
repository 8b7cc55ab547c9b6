// An open/closed gate that fibers wait on: the part of `effect/Latch` this package uses, over one Deferred
// per closed period, for about 0.3 kB (min+gzip) less bundle.
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"

export interface Gate {
  /** Waits until the gate is open (at once when it is). */
  readonly await: Effect.Effect<void>
  readonly isOpen: () => boolean
  readonly openUnsafe: () => void
  readonly closeUnsafe: () => void
}

/** A gate, closed. */
export const makeGate = (): Gate => {
  let opened = false
  let waiting = Deferred.makeUnsafe<void>()
  return {
    await: Effect.suspend(() => (opened ? Effect.void : Deferred.await(waiting))),
    isOpen: () => opened,
    openUnsafe: () => {
      if (opened) return
      opened = true
      Deferred.doneUnsafe(waiting, Exit.void)
    },
    closeUnsafe: () => {
      if (!opened) return
      opened = false
      waiting = Deferred.makeUnsafe<void>()
    },
  }
}
