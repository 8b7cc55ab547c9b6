// A stand-in XmppConnection for unit tests of the feature services (not of any server): it records what
// is sent, lets the test push incoming stanzas, and answers iq requests with a test-chosen function.
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as PubSub from "effect/PubSub"
import * as Stream from "effect/Stream"
import * as SubscriptionRef from "effect/SubscriptionRef"
import type * as ConnectionState from "../../src/ConnectionState.ts"
import * as CubeJid from "../../src/CubeJid.ts"
import type * as Stanza from "../../src/Stanza.ts"
import * as XmppConfig from "../../src/XmppConfig.ts"
import { XmppConnection } from "../../src/XmppConnection.ts"
import * as XmppError from "../../src/XmppError.ts"

export const appId = 4242
export const domain = "chat.example"
export const ownJid = `1001-${appId}@${domain}/res-1`

export interface FakeConnection {
  readonly sent: Array<Stanza.Element>
  readonly terminated: () => number
  readonly push: (stanza: Stanza.Element) => Effect.Effect<void>
  readonly setState: (state: ConnectionState.ConnectionState) => Effect.Effect<void>
  /** How iq requests are answered; `undefined` leaves them unanswered until their timeout. */
  respond: (iq: Stanza.Element) => Stanza.Element | undefined
}

/** The fake, plus XmppConfig and CubeJid for app 4242 on chat.example, as one layer. */
export const makeFake = Effect.gen(function* () {
  const incoming = yield* PubSub.unbounded<Stanza.Element>()
  const state = yield* SubscriptionRef.make<ConnectionState.ConnectionState>({
    _tag: "Ready",
    jid: ownJid,
    resumed: false,
    streamManagement: true,
  })
  let terminated = 0
  let received = 0
  const fake: FakeConnection = {
    sent: [],
    terminated: () => terminated,
    push: (stanza) =>
      Effect.asVoid(
        Effect.tap(PubSub.publish(incoming, stanza), () =>
          Effect.sync(() => {
            received += 1
          }),
        ),
      ),
    setState: (next) => SubscriptionRef.set(state, next),
    respond: () => undefined,
  }
  const layer = Layer.mergeAll(
    Layer.succeed(
      XmppConnection,
      XmppConnection.of({
        state: SubscriptionRef.get(state),
        states: SubscriptionRef.changes(state),
        stanzas: Stream.fromPubSub(incoming),
        subscribe: Effect.map(PubSub.subscribe(incoming), Stream.fromSubscription),
        received: Effect.sync(() => received),
        connect: () => Effect.die("not used"),
        disconnect: Effect.void,
        terminate: Effect.sync(() => {
          terminated += 1
        }),
        send: (stanza) =>
          Effect.sync(() => {
            fake.sent.push(stanza)
          }),
        request: (iq, options) =>
          Effect.suspend(() => {
            fake.sent.push(iq)
            const reply = fake.respond(iq)
            if (reply !== undefined) return Effect.succeed(reply)
            const timeoutMs = Duration.toMillis(options?.timeout ?? 15_000)
            return Effect.sleep(timeoutMs).pipe(
              Effect.andThen(
                Effect.fail(XmppError.make(new XmppError.Timeout({ operation: "request", timeoutMs }))),
              ),
            )
          }),
      }),
    ),
    CubeJid.layer({ appId, domain }),
    XmppConfig.layer({ service: "ws://chat.example/ws", domain }),
  )
  return { fake, layer }
})
