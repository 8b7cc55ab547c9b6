/**
 * Client state, ConnectyCube style (Tigase mobile optimisations, `http://tigase.org/protocol/mobile#v2`):
 * `inactive` asks the server to hold back live delivery and send pushes instead (app in the background),
 * `active` restores live delivery. The last state is applied again after every fresh login. With
 * `followVisibility`, the app's foreground/background signals (`NetworkMonitor`) switch it automatically.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import { freshSessions } from "./internal/incoming.ts"
import { NetworkMonitor } from "./NetworkMonitor.ts"
import * as Stanza from "./Stanza.ts"
import { type RequestOptions, XmppConnection } from "./XmppConnection.ts"
import type * as XmppError from "./XmppError.ts"

const NS = "http://tigase.org/protocol/mobile#v2"

/**
 * @since 0.1.0
 * @category models
 */
export interface Shape {
  readonly active: (options?: RequestOptions) => Effect.Effect<void, XmppError.XmppError>
  readonly inactive: (options?: RequestOptions) => Effect.Effect<void, XmppError.XmppError>
}

/**
 * @since 0.1.0
 * @category services
 */
export class ClientState extends Context.Service<ClientState, Shape>()("@cube/realtime/ClientState") {}

/**
 * The client state iq (pure): `enable="true"` means inactive (push instead of live delivery).
 *
 * @since 0.1.0
 * @category constructors
 */
export const toStanza = (inactive: boolean): Stanza.Element =>
  Stanza.xml("iq", { type: "set" }, Stanza.xml("mobile", { xmlns: NS, enable: inactive ? "true" : "false" }))

/**
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** Go inactive in the background and active in the foreground. Default false. */
  readonly followVisibility?: boolean | undefined
}

/**
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options = {}) =>
  Effect.gen(function* () {
    const connection = yield* XmppConnection
    const monitor = yield* NetworkMonitor
    let inactive = false
    const apply = (next: boolean, requestOptions?: RequestOptions) =>
      Effect.suspend(() => {
        inactive = next
        return Effect.asVoid(connection.request(toStanza(next), requestOptions))
      })

    yield* freshSessions(connection).pipe(
      Stream.runForEach(() => (inactive ? Effect.ignore(apply(true)) : Effect.void)),
      Effect.forkScoped,
    )
    if (options.followVisibility === true) {
      yield* monitor.signals.pipe(
        Stream.runForEach((signal) =>
          signal === "background"
            ? Effect.ignore(apply(true))
            : signal === "foreground"
              ? Effect.ignore(apply(false))
              : Effect.void,
        ),
        Effect.forkScoped,
      )
    }
    return ClientState.of({ active: (o) => apply(false, o), inactive: (o) => apply(true, o) })
  })

/**
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<ClientState, never, XmppConnection> = /*#__PURE__*/ Layer.effect(
  ClientState,
  /*#__PURE__*/ make(),
)

/**
 * @since 0.1.0
 * @category layers
 */
export const layerWith = (options: Options): Layer.Layer<ClientState, never, XmppConnection> =>
  Layer.effect(ClientState, make(options))
