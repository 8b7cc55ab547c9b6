/**
 * XMPP ping (XEP-0199) to the server, and an idle keep-alive: after `idle` without anything received the
 * server is pinged; a ping that times out ends the socket (`terminate`), so the `ReconnectPolicy` takes
 * over and resumes the session. Coming back to the foreground checks the connection at once. Any reply,
 * even an error, proves the connection alive.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import { NetworkMonitor } from "./NetworkMonitor.ts"
import * as Stanza from "./Stanza.ts"
import { XmppConfig } from "./XmppConfig.ts"
import { XmppConnection } from "./XmppConnection.ts"
import type * as XmppError from "./XmppError.ts"

/**
 * @since 0.1.0
 * @category models
 */
export interface Shape {
  /** Pings the server; fails with `Timeout` after `timeout` (default 5 s) or with the server's `StanzaError`. */
  readonly ping: (options?: {
    readonly timeout?: Duration.Input | undefined
  }) => Effect.Effect<void, XmppError.XmppError>
}

/**
 * @since 0.1.0
 * @category services
 */
export class Ping extends Context.Service<Ping, Shape>()("@cube/realtime/Ping") {}

/**
 * The ping iq (pure).
 *
 * @since 0.1.0
 * @category constructors
 */
export const toStanza = (to: string): Stanza.Element =>
  Stanza.xml("iq", { type: "get", to }, Stanza.xml("ping", { xmlns: "urn:xmpp:ping" }))

/**
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** Keep-alive: ping after this long without receiving anything; `false` turns it off. Default 40 s. */
  readonly idle?: Duration.Input | false | undefined
  /** How long a ping may take. Default 5 s. */
  readonly timeout?: Duration.Input | undefined
}

/**
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options = {}) =>
  Effect.gen(function* () {
    const connection = yield* XmppConnection
    const config = yield* XmppConfig
    const monitor = yield* NetworkMonitor
    const defaultTimeout = options.timeout ?? 5000

    const ping: Shape["ping"] = (pingOptions) =>
      Effect.asVoid(
        connection.request(toStanza(config.domain), { timeout: pingOptions?.timeout ?? defaultTimeout }),
      )

    // Only a ping that got no answer at all condemns the socket; any reply shows it is alive.
    const check = Effect.gen(function* () {
      if ((yield* connection.state)._tag !== "Ready") return
      const result = yield* Effect.result(ping())
      if (result._tag === "Failure" && result.failure.reason._tag === "Timeout") {
        if ((yield* connection.state)._tag === "Ready") yield* connection.terminate
      }
    })

    if (options.idle !== false) {
      const idle = Duration.toMillis(options.idle ?? 40_000)
      yield* Effect.gen(function* () {
        let seen = yield* connection.received
        while (true) {
          yield* Effect.sleep(idle)
          const now = yield* connection.received
          if (now === seen) yield* check
          seen = yield* connection.received
        }
      }).pipe(Effect.forkScoped)
      yield* monitor.signals.pipe(
        Stream.runForEach((signal) => (signal === "foreground" ? check : Effect.void)),
        Effect.forkScoped,
      )
    }
    return Ping.of({ ping })
  })

/**
 * Ping with the keep-alive on (40 s idle, 5 s timeout).
 *
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<Ping, never, XmppConnection | XmppConfig> = /*#__PURE__*/ Layer.effect(
  Ping,
  /*#__PURE__*/ make(),
)

/**
 * @since 0.1.0
 * @category layers
 */
export const layerWith = (options: Options): Layer.Layer<Ping, never, XmppConnection | XmppConfig> =>
  Layer.effect(Ping, make(options))
