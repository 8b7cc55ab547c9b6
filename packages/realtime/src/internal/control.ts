// The session's lifecycle events, queued for the supervisor fiber (xmpp.js reports them from callbacks).
// Each carries the generation of the connect() call it belongs to, so late events of an abandoned
// attempt are told apart from the current one.
import * as Effect from "effect/Effect"
import { makeMailbox } from "./mailbox.ts"

export type Control =
  | { readonly _tag: "Authenticated"; readonly generation: number }
  | {
      readonly _tag: "Negotiated"
      readonly generation: number
      readonly jid: string
      readonly resumed: boolean
      readonly streamManagement: boolean
    }
  | { readonly _tag: "Disconnected"; readonly generation: number; readonly lastError: unknown }
  | { readonly _tag: "Error"; readonly generation: number; readonly error: unknown }

export interface ControlQueue {
  readonly offer: (event: Control) => void
  /** The next event of this generation; older ones are dropped. */
  readonly take: (generation: number) => Effect.Effect<Control>
}

export const makeControl = (): ControlQueue => {
  const mailbox = makeMailbox<Control>()
  return {
    offer: mailbox.offer,
    take: (generation) =>
      Effect.gen(function* () {
        while (true) {
          // The mailbox is never ended.
          const event = yield* Effect.orDie(mailbox.take)
          if (event.generation === generation) return event
        }
      }),
  }
}
