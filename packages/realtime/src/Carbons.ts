/**
 * Message carbons (XEP-0280): copies of the messages the same user sends and receives on other devices.
 * The feature services unwrap `<sent>` copies (`forwarded: true`). By default carbons are enabled after
 * every fresh login, as the official SDK does.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import { freshSessions, NS_CARBONS } from "./internal/incoming.ts"
import * as Stanza from "./Stanza.ts"
import { type RequestOptions, XmppConnection } from "./XmppConnection.ts"
import type * as XmppError from "./XmppError.ts"

/**
 * @since 0.1.0
 * @category models
 */
export interface Shape {
  readonly enable: (options?: RequestOptions) => Effect.Effect<void, XmppError.XmppError>
  readonly disable: (options?: RequestOptions) => Effect.Effect<void, XmppError.XmppError>
}

/**
 * @since 0.1.0
 * @category services
 */
export class Carbons extends Context.Service<Carbons, Shape>()("@cube/realtime/Carbons") {}

/**
 * The enable/disable iq (pure).
 *
 * @since 0.1.0
 * @category constructors
 */
export const toStanza = (enable: boolean): Stanza.Element =>
  Stanza.xml("iq", { type: "set" }, Stanza.xml(enable ? "enable" : "disable", { xmlns: NS_CARBONS }))

/**
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** Enable carbons after every fresh login. Default true. */
  readonly enableOnLogin?: boolean | undefined
}

/**
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options = {}) =>
  Effect.gen(function* () {
    const connection = yield* XmppConnection
    let enabled = options.enableOnLogin !== false
    const set = (enable: boolean, requestOptions?: RequestOptions) =>
      Effect.suspend(() => {
        enabled = enable
        return Effect.asVoid(connection.request(toStanza(enable), requestOptions))
      })
    yield* freshSessions(connection).pipe(
      Stream.runForEach(() => (enabled ? Effect.ignore(set(true)) : Effect.void)),
      Effect.forkScoped,
    )
    return Carbons.of({ enable: (o) => set(true, o), disable: (o) => set(false, o) })
  })

/**
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<Carbons, never, XmppConnection> = /*#__PURE__*/ Layer.effect(
  Carbons,
  /*#__PURE__*/ make(),
)

/**
 * @since 0.1.0
 * @category layers
 */
export const layerWith = (options: Options): Layer.Layer<Carbons, never, XmppConnection> =>
  Layer.effect(Carbons, make(options))
