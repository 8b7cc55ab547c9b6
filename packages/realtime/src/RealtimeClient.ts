/**
 * Everything at once: the connection and every feature service for one ConnectyCube application, as one
 * layer. Pick individual layers instead to ship less code.
 *
 * @since 0.1.0
 */
import * as Layer from "effect/Layer"
import * as Carbons from "./Carbons.ts"
import * as ClientState from "./ClientState.ts"
import * as Corrections from "./Corrections.ts"
import * as CubeJid from "./CubeJid.ts"
import * as LastActivity from "./LastActivity.ts"
import * as Markers from "./Markers.ts"
import * as Messages from "./Messages.ts"
import * as Muc from "./Muc.ts"
import * as Ping from "./Ping.ts"
import * as PrivacyLists from "./PrivacyLists.ts"
import * as Reactions from "./Reactions.ts"
import * as Retractions from "./Retractions.ts"
import * as SystemMessages from "./SystemMessages.ts"
import * as Typing from "./Typing.ts"
import * as XmppConfig from "./XmppConfig.ts"
import * as XmppConnection from "./XmppConnection.ts"

/**
 * Connection settings plus the application id and per-feature options.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options extends XmppConfig.Options {
  readonly appId: number | string
  readonly markers?: Markers.Options | undefined
  readonly typing?: Typing.Options | undefined
  readonly ping?: Ping.Options | undefined
  readonly carbons?: Carbons.Options | undefined
  readonly clientState?: ClientState.Options | undefined
}

/**
 * Every service this layer provides.
 *
 * @since 0.1.0
 * @category models
 */
export type Services =
  | XmppConfig.XmppConfig
  | CubeJid.CubeJid
  | XmppConnection.XmppConnection
  | Messages.Messages
  | Markers.Markers
  | Typing.Typing
  | Corrections.Corrections
  | Retractions.Retractions
  | Reactions.Reactions
  | SystemMessages.SystemMessages
  | LastActivity.LastActivity
  | PrivacyLists.PrivacyLists
  | Muc.Muc
  | ClientState.ClientState
  | Carbons.Carbons
  | Ping.Ping

/**
 * The connection and all feature services.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options): Layer.Layer<Services> =>
  Layer.mergeAll(
    Messages.layer,
    Markers.layerWith(options.markers ?? {}),
    Typing.layerWith(options.typing ?? {}),
    Corrections.layer,
    Retractions.layer,
    Reactions.layer,
    SystemMessages.layer,
    LastActivity.layer,
    PrivacyLists.layer,
    Muc.layer,
    ClientState.layerWith(options.clientState ?? {}),
    Carbons.layerWith(options.carbons ?? {}),
    Ping.layerWith(options.ping ?? {}),
  ).pipe(
    Layer.provideMerge(XmppConnection.layer),
    Layer.provideMerge(
      Layer.mergeAll(
        XmppConfig.layer(options),
        CubeJid.layer({ appId: options.appId, domain: options.domain }),
      ),
    ),
  )
