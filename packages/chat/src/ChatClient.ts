/**
 * The whole chat client as one layer: configuration and state, the REST bridge, realtime (connection and
 * every feature service), and the chat services on top. Effect apps provide `ChatClient.layer(options)`
 * and use the services; the Promise API runs the same layer in a `ManagedRuntime`.
 *
 * @since 0.1.0
 */
import { RealtimeClient, ReconnectPolicy, WebSocketConstructor } from "@cube/realtime"
import * as Layer from "effect/Layer"
import * as Attachments from "./Attachments.ts"
import * as CatchUp from "./CatchUp.ts"
import * as ChatConfig from "./ChatConfig.ts"
import * as ChatState from "./ChatState.ts"
import * as Connection from "./Connection.ts"
import * as DialogNotices from "./DialogNotices.ts"
import * as Dialogs from "./Dialogs.ts"
import * as History from "./History.ts"
import * as Inbox from "./Inbox.ts"
import * as MessageActions from "./MessageActions.ts"
import * as Messages from "./Messages.ts"
import * as Outbox from "./Outbox.ts"
import * as Privacy from "./Privacy.ts"
import * as RestApi from "./RestApi.ts"
import * as Rooms from "./Rooms.ts"
import * as Session from "./Session.ts"
import * as Typing from "./Typing.ts"
import * as Unread from "./Unread.ts"
import * as Users from "./Users.ts"

/**
 * Every service the layer provides (realtime's included).
 *
 * @since 0.1.0
 * @category models
 */
export type Services =
  | ChatConfig.ChatConfig
  | ChatState.ChatState
  | RestApi.RestApi
  | Session.Session
  | Connection.Connection
  | DialogNotices.DialogNotices
  | Dialogs.Dialogs
  | Rooms.Rooms
  | Unread.Unread
  | Typing.Typing
  | Inbox.Inbox
  | CatchUp.CatchUp
  | Outbox.Outbox
  | Messages.Messages
  | History.History
  | MessageActions.MessageActions
  | Users.Users
  | Privacy.Privacy
  | Attachments.Attachments
  | RealtimeClient.Services

/**
 * The reconnect policy of the options.
 *
 * @since 0.1.0
 * @category constructors
 */
export const reconnectPolicy = (options: ChatConfig.ReconnectOptions): ReconnectPolicy.Policy => {
  if (options === false) return ReconnectPolicy.fixed({ totalReconnections: 0 })
  if (options.policy === "fixed") {
    return ReconnectPolicy.fixed({
      reconnectionTimeout: options.delay ?? 5000,
      totalReconnections: options.attempts ?? 5,
      immediate: options.immediate,
    })
  }
  return ReconnectPolicy.exponential({
    base: options.delay ?? 250,
    max: options.maxDelay ?? 30_000,
    totalReconnections: options.attempts ?? Number.POSITIVE_INFINITY,
    immediate: options.immediate,
  })
}

/**
 * Realtime for the configuration: connection, feature services, retry policy and WebSocket.
 *
 * @since 0.1.0
 * @category layers
 */
export const realtimeLayer = (config: ChatConfig.Config): Layer.Layer<RealtimeClient.Services> => {
  const platform = Layer.mergeAll(
    ReconnectPolicy.layer(reconnectPolicy(config.reconnect)),
    config.webSocket === undefined ? Layer.empty : WebSocketConstructor.layer(config.webSocket),
  )
  return RealtimeClient.layer({
    service: config.chatUrl,
    domain: config.chatDomain,
    appId: config.appId,
    connectTimeout: config.connectTimeoutMs,
    sendTimeout: config.sendTimeoutMs,
    requestTimeout: config.requestTimeoutMs,
    markers: { autoDelivered: config.autoDelivered },
    carbons: { enableOnLogin: config.carbons },
    ping: { idle: config.keepAliveMs },
  }).pipe(Layer.provide(platform))
}

/**
 * The chat client: every service, built from options (and, optionally, state created beforehand).
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = <P, E>(
  options: ChatConfig.Options<P, E>,
  state: ChatState.Shape = ChatState.make(),
): Layer.Layer<Services> => {
  const config = ChatConfig.make(options)
  const base = Layer.mergeAll(ChatConfig.layer(config), ChatState.layer(state), realtimeLayer(config))
  const withRest = Layer.provideMerge(RestApi.layer, base)
  const withSession = Layer.provideMerge(Session.layer, withRest)
  const independent = Layer.provideMerge(
    Layer.mergeAll(
      Connection.layer,
      DialogNotices.layer,
      Unread.layer,
      Outbox.layer,
      Users.layer,
      Privacy.layer,
      Rooms.layer,
      Attachments.layer,
    ),
    withSession,
  )
  const withDialogs = Layer.provideMerge(Dialogs.layer, independent)
  const withTyping = Layer.provideMerge(Layer.mergeAll(Typing.layer, CatchUp.layer), withDialogs)
  const withInbox = Layer.provideMerge(Inbox.layer, withTyping)
  return Layer.provideMerge(Layer.mergeAll(Messages.layer, History.layer, MessageActions.layer), withInbox)
}
