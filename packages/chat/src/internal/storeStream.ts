// A store as a Stream: its current value, then every new snapshot.
import * as Effect from "effect/Effect"
import * as Queue from "effect/Queue"
import * as Stream from "effect/Stream"
import type { Store } from "../store.ts"

/** The current snapshot, then each new one. */
export const changes = <T>(store: Store<T>): Stream.Stream<T> =>
  Stream.callback<T>((queue) =>
    Effect.acquireRelease(
      Effect.sync(() => {
        Queue.offerUnsafe(queue, store.getSnapshot())
        return store.subscribe(() => Queue.offerUnsafe(queue, store.getSnapshot()))
      }),
      (unsubscribe) => Effect.sync(unsubscribe),
    ),
  )
