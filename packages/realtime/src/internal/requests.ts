// iq request/response (RFC 6120 §8.2.3): replies are matched by id and never reach the stanza stream.
import * as Clock from "effect/Clock"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import type { Element } from "../Stanza.ts"
import * as XmppError from "../XmppError.ts"

export interface Requests {
  /** Completes the pending request this stanza answers; false when it answers none. */
  readonly route: (stanza: Element) => boolean
  readonly request: (
    iq: Element,
    timeoutMs: number,
    send: (stanza: Element, timeoutMs: number) => Effect.Effect<void, XmppError.XmppError>,
  ) => Effect.Effect<Element, XmppError.XmppError>
  readonly failAll: (detail: string) => void
}

const prefix = Math.random().toString(36).slice(2, 10)

export const makeRequests = (): Requests => {
  const pending = new Map<string, Deferred.Deferred<Element, XmppError.XmppError>>()
  let counter = 0

  return {
    route: (stanza) => {
      if (stanza.name !== "iq") return false
      const { type, id } = stanza.attrs
      if ((type !== "result" && type !== "error") || id === undefined) return false
      const deferred = pending.get(id)
      if (deferred === undefined) return false
      pending.delete(id)
      const error = stanza.getChild("error")
      Deferred.doneUnsafe(
        deferred,
        type === "result"
          ? Effect.succeed(stanza)
          : Effect.fail(
              XmppError.make(
                error
                  ? XmppError.fromErrorElement(error)
                  : new XmppError.StanzaError({ condition: "undefined-condition" }),
              ),
            ),
      )
      return true
    },
    request: (iq, timeoutMs, send) =>
      Effect.gen(function* () {
        counter += 1
        const id = iq.attrs.id ?? `${prefix}-${counter}`
        iq.attrs.id = id
        const deferred = Deferred.makeUnsafe<Element, XmppError.XmppError>()
        pending.set(id, deferred)
        const started = yield* Clock.currentTimeMillis
        yield* send(iq, timeoutMs)
        const remaining = Math.max(0, timeoutMs - ((yield* Clock.currentTimeMillis) - started))
        return yield* Deferred.await(deferred).pipe(
          Effect.timeoutOrElse({
            duration: remaining,
            orElse: () =>
              Effect.fail(XmppError.make(new XmppError.Timeout({ operation: "request", timeoutMs }))),
          }),
        )
      }).pipe(Effect.ensuring(Effect.sync(() => iq.attrs.id !== undefined && pending.delete(iq.attrs.id)))),
    failAll: (detail) => {
      const error = XmppError.make(new XmppError.NotConnected({ detail }))
      for (const deferred of pending.values()) Deferred.doneUnsafe(deferred, Effect.fail(error))
      pending.clear()
    },
  }
}
