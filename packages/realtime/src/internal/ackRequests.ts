// When to ask the server for a XEP-0198 acknowledgement (`<r/>`). xmpp.js only debounces its request: every
// outgoing stanza (our automatic delivered markers included) pushes it back, so under steady traffic no `<r/>`
// goes out, no send resolves, and their deadline timers and stanzas pile up. Here a request goes out at most
// `intervalMs` after the oldest unrequested stanza, or at once when `every` stanzas are waiting: a bound on
// the acknowledgement latency whatever the traffic. The timer runs on the Effect clock (TestClock in tests).
import * as Effect from "effect/Effect"
import { makeGate } from "./gate.ts"

export interface AckRequestOptions {
  /** Longest wait between a stanza going out and a request covering it. */
  readonly intervalMs: number
  /** Request at once when this many stanzas wait for a request. */
  readonly every: number
}

export interface AckRequests {
  /** A stanza stream management tracks was written. */
  readonly written: () => void
  /** The timer; runs forever. */
  readonly run: Effect.Effect<never>
}

/** Requests acknowledgements through `request` (which sends `<r/>`). */
export const makeAckRequests = (request: () => void, options: AckRequestOptions): AckRequests => {
  let unrequested = 0
  const pending = makeGate()

  // Without a session `request` does nothing; the count starts over either way.
  const flush = (): void => {
    unrequested = 0
    pending.closeUnsafe()
    request()
  }

  const run = Effect.gen(function* () {
    while (true) {
      yield* pending.await
      yield* Effect.sleep(options.intervalMs)
      // Stanzas written after a threshold flush during the sleep waited less than the interval: fine.
      if (unrequested > 0) flush()
    }
  }) as Effect.Effect<never>

  return {
    written: () => {
      unrequested += 1
      if (unrequested >= options.every) flush()
      else pending.openUnsafe()
    },
    run,
  }
}
