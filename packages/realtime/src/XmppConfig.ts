/**
 * Where and how to connect: the WebSocket URL (RFC 7395), the XMPP domain and the deadlines every operation
 * uses by default. Nothing here is specific to one server.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Layer from "effect/Layer"

/**
 * What `XmppConfig.layer` accepts; everything but `service` and `domain` has a default.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** WebSocket URL of the XMPP server, e.g. `wss://chat.example.com/ws`. */
  readonly service: string
  /** XMPP domain: the `to` of the stream, of pings and the domain part of JIDs. */
  readonly domain: string
  /** Resource to bind; by default the server assigns one. */
  readonly resource?: string | undefined
  /** One connection attempt (socket, stream, auth, bind or resume). Default 15 s. */
  readonly connectTimeout?: Duration.Input | undefined
  /** How long `send` waits for a connection and then for the server's acknowledgement. Default 30 s. */
  readonly sendTimeout?: Duration.Input | undefined
  /** How long an iq request waits for its reply. Default 15 s. */
  readonly requestTimeout?: Duration.Input | undefined
  /** xmpp.js's wait for the server's `<open/>` and `<close/>`. Default 5 s. */
  readonly streamTimeout?: Duration.Input | undefined
  /** Longest wait after a send before asking for its acknowledgement, even in steady traffic. Default 50 ms. */
  readonly ackRequestDelay?: Duration.Input | undefined
  /** Send `<presence/>` after each fresh login (RFC 6121 initial presence). Default true. */
  readonly initialPresence?: boolean | undefined
  /** Allow SASL PLAIN over `ws://` to a host other than loopback (the password travels in clear). Default false. */
  readonly allowInsecurePlain?: boolean | undefined
}

/**
 * The resolved configuration, every deadline in milliseconds.
 *
 * @since 0.1.0
 * @category models
 */
export interface Config {
  readonly service: string
  readonly domain: string
  readonly resource: string | undefined
  readonly connectTimeoutMs: number
  readonly sendTimeoutMs: number
  readonly requestTimeoutMs: number
  readonly streamTimeoutMs: number
  readonly ackRequestDelayMs: number
  readonly initialPresence: boolean
  readonly allowInsecurePlain: boolean
}

/**
 * The connection settings, provided by `XmppConfig.layer(options)`.
 *
 * @since 0.1.0
 * @category services
 */
export class XmppConfig extends Context.Service<XmppConfig, Config>()("@cube/realtime/XmppConfig") {}

const millis = (input: Duration.Input | undefined, fallback: number): number =>
  input === undefined ? fallback : Duration.toMillis(input)

/**
 * Fills the defaults of every option.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options): Config => ({
  service: options.service,
  domain: options.domain,
  resource: options.resource,
  connectTimeoutMs: millis(options.connectTimeout, 15_000),
  sendTimeoutMs: millis(options.sendTimeout, 30_000),
  requestTimeoutMs: millis(options.requestTimeout, 15_000),
  streamTimeoutMs: millis(options.streamTimeout, 5_000),
  ackRequestDelayMs: millis(options.ackRequestDelay, 50),
  initialPresence: options.initialPresence ?? true,
  allowInsecurePlain: options.allowInsecurePlain ?? false,
})

/**
 * Provides `XmppConfig` from options.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options): Layer.Layer<XmppConfig> => Layer.succeed(XmppConfig, make(options))
