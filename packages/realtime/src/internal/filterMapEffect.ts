// `Stream.mapEffect` + `Stream.filter` for the sequential case, over `Stream.callback` and `runForEach`.
// `Stream.mapEffect` also carries its concurrent variant (Semaphore, fiber tracking): about 1.5 kB
// (min+gzip) of bundle that a sequential map never runs.
import * as Effect from "effect/Effect"
import * as Queue from "effect/Queue"
import * as Stream from "effect/Stream"

/** Maps each element with an Effect, in order; `undefined` results are dropped. Ends when `self` ends. */
export const filterMapEffect = <A, B>(
  self: Stream.Stream<A>,
  f: (a: A) => Effect.Effect<B | undefined>,
): Stream.Stream<B> =>
  Stream.callback<B>((queue) =>
    Stream.runForEach(self, (a) =>
      Effect.map(f(a), (b) => {
        if (b !== undefined) Queue.offerUnsafe(queue, b)
      }),
    ).pipe(Effect.andThen(Queue.end(queue))),
  )
