/**
 * `@cube/realtime`: Effect services for XMPP over WebSocket — a connection with a state stream, one
 * Schedule owning reconnects, stream management with resume, and one small service per chat feature.
 *
 * @since 0.1.0
 */

/** @since 0.1.0 */
export * as Carbons from "./Carbons.ts"
/** @since 0.1.0 */
export * as ClientState from "./ClientState.ts"
/** @since 0.1.0 */
export * as ConnectionState from "./ConnectionState.ts"
/** @since 0.1.0 */
export * as Corrections from "./Corrections.ts"
/** @since 0.1.0 */
export * as CubeJid from "./CubeJid.ts"
/** @since 0.1.0 */
export * as ExtraParams from "./ExtraParams.ts"
/** @since 0.1.0 */
export * as LastActivity from "./LastActivity.ts"
/** @since 0.1.0 */
export * as Markers from "./Markers.ts"
/** @since 0.1.0 */
export * as Messages from "./Messages.ts"
/** @since 0.1.0 */
export * as Muc from "./Muc.ts"
/** @since 0.1.0 */
export * as NetworkMonitor from "./NetworkMonitor.ts"
/** @since 0.1.0 */
export * as ObjectId from "./ObjectId.ts"
/** @since 0.1.0 */
export * as Ping from "./Ping.ts"
/** @since 0.1.0 */
export * as PrivacyLists from "./PrivacyLists.ts"
/** @since 0.1.0 */
export * as Reactions from "./Reactions.ts"
/** @since 0.1.0 */
export * as RealtimeClient from "./RealtimeClient.ts"
/** @since 0.1.0 */
export * as ReconnectPolicy from "./ReconnectPolicy.ts"
/** @since 0.1.0 */
export * as Retractions from "./Retractions.ts"
/** @since 0.1.0 */
export * as Stanza from "./Stanza.ts"
/** @since 0.1.0 */
export * as SystemMessages from "./SystemMessages.ts"
/** @since 0.1.0 */
export * as Typing from "./Typing.ts"
/** @since 0.1.0 */
export * as WebSocketConstructor from "./WebSocketConstructor.ts"
/** @since 0.1.0 */
export * as XmppConfig from "./XmppConfig.ts"
/** @since 0.1.0 */
export * as XmppConnection from "./XmppConnection.ts"
/** @since 0.1.0 */
export * as XmppError from "./XmppError.ts"
