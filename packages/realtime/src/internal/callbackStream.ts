// Streams over push sources that never fail (xmpp.js and DOM callbacks), each reader with its own mailbox:
// `Stream.callback` without the Queue under it.
import * as Effect from "effect/Effect"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import { makeMailbox } from "./mailbox.ts"

/** Registers a listener for what `register` reports; the returned function unregisters it. */
export type Register<A> = (emit: (value: A) => void) => () => void

/** Registers now; the stream reads what was reported since, and ends when the scope closes. */
export const subscribeCallback = <A>(
  register: Register<A>,
): Effect.Effect<Stream.Stream<A>, never, Scope.Scope> =>
  Effect.map(
    Effect.acquireRelease(
      Effect.sync(() => {
        const mailbox = makeMailbox<A>()
        return { mailbox, unregister: register(mailbox.offer) }
      }),
      ({ mailbox, unregister }) =>
        Effect.sync(() => {
          unregister()
          mailbox.end()
        }),
    ),
    ({ mailbox }) => Stream.fromPull(Effect.succeed(mailbox.takeAll)),
  )

/** Registers when the stream starts and unregisters when it stops. */
export const fromCallback = <A>(register: Register<A>): Stream.Stream<A> =>
  Stream.unwrap(subscribeCallback(register))
