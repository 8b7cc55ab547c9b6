/**
 * What a chat client is configured with: the application, the endpoints, the platform seams (WebSocket,
 * fetch, outbox store), the schemas of custom fields, and every deadline. `make` fills the defaults.
 *
 * @since 0.1.0
 */
import type { FetchLike } from "@cube/rest"
import * as Context from "effect/Context"
import * as Layer from "effect/Layer"
import * as CustomFields from "./CustomFields.ts"
import * as Outbox from "./Outbox.ts"

/**
 * A WebSocket class (the global one, `ws`'s, undici's).
 *
 * @since 0.1.0
 * @category models
 */
export type WebSocketClass = new (
  url: string,
  protocols?: string | Array<string>,
) => {
  // biome-ignore lint/suspicious/noExplicitAny: each implementation types its events differently (DOM, ws, undici)
  addEventListener(type: string, listener: (event: any) => void): void
  // biome-ignore lint/suspicious/noExplicitAny: as above
  removeEventListener(type: string, listener: (event: any) => void): void
  send(data: string): void
  close(code?: number, reason?: string): void
}

/**
 * How lost connections are retried: `exponential` (the default: the first reconnection at once, then 0.25 s
 * growing ×1.5 to 30 s, jittered, never giving up) or `fixed` (the official SDK's 5 × 5 s, the first at once);
 * `false` never reconnects.
 *
 * @since 0.1.0
 * @category models
 */
export type ReconnectOptions =
  | false
  | {
      readonly policy?: "exponential" | "fixed" | undefined
      /** First delay after the immediate reconnection (exponential) or the delay (fixed), ms. */
      readonly delay?: number | undefined
      /** Make the first reconnection of an outage at once. Default true. */
      readonly immediate?: boolean | undefined
      /** Largest delay (exponential), ms. */
      readonly maxDelay?: number | undefined
      /** Attempts per outage; `Infinity` never gives up. */
      readonly attempts?: number | undefined
    }

/**
 * Options of `createChat` (and `ChatClient.layer`).
 *
 * @since 0.1.0
 * @category models
 */
export interface Options<P = Readonly<Record<string, unknown>>, E = Readonly<Record<string, string>>> {
  readonly appId: number | string
  readonly authKey: string
  readonly endpoints: {
    /** REST root: a host (`api.connectycube.com`, https is assumed) or a full URL (`http://127.0.0.1:8080`). */
    readonly api: string
    /** The chat (XMPP) domain used in addresses, e.g. `chat.connectycube.com`. */
    readonly chat: string
    /** The chat WebSocket URL; default `wss://{chat}:5291`. */
    readonly chatUrl?: string | undefined
  }
  /** The WebSocket class to use (Node < 22, tests); the global one by default. */
  readonly webSocket?: WebSocketClass | undefined
  /** The fetch to use; the global one by default. */
  readonly fetch?: FetchLike | undefined
  /** Where pending messages are kept (IndexedDB, AsyncStorage…); in memory by default. */
  readonly store?: Outbox.OutboxStore | undefined
  /** Typed custom fields (`chatSchema({ messageProperties, dialogExtensions })` from Effect Schemas). */
  readonly schema?: CustomFields.ChatSchema<P, E> | undefined
  readonly reconnect?: ReconnectOptions | undefined
  readonly timeouts?:
    | {
        /** How long a message may wait for the server's acknowledgement (offline time included). Default 60 s. */
        readonly send?: number | undefined
        /** REST calls and chat requests. Default 15 s. */
        readonly request?: number | undefined
        /** One connection attempt. Default 15 s. */
        readonly connect?: number | undefined
      }
    | undefined
  /** Keep-alive: ping after this much idle time (ms, default 40 s), `false` to turn it off. */
  readonly keepAlive?: number | false | undefined
  /** Send delivered markers automatically for received markable messages. Default true. */
  readonly autoDelivered?: boolean | undefined
  /** Enable message carbons (copies of the user's other devices' messages). Default true. */
  readonly carbons?: boolean | undefined
  readonly history?:
    | {
        /** Messages per history page. Default 50 (at most 100). */
        readonly pageSize?: number | undefined
        /** Pages a catch-up fetches per dialog before it leaves a gap. Default 10. */
        readonly catchUpPages?: number | undefined
        /** Messages kept per dialog in memory; older ones are dropped (and can be loaded again). Default 5000. */
        readonly maxMessages?: number | undefined
      }
    | undefined
  /** A typing indicator without news for this long (ms) is cleared. Default 10 s. */
  readonly typingTimeout?: number | undefined
  /** Resolve the server order of own 1-1 messages over REST after they are acknowledged. Default true. */
  readonly confirmOrder?: boolean | undefined
}

/**
 * The resolved configuration.
 *
 * @since 0.1.0
 * @category models
 */
export interface Config {
  readonly appId: string
  readonly authKey: string
  readonly apiUrl: string
  readonly chatDomain: string
  readonly chatUrl: string
  readonly webSocket: WebSocketClass | undefined
  readonly fetch: FetchLike | undefined
  readonly store: Outbox.OutboxStore
  readonly properties: CustomFields.FieldCodec<unknown>
  readonly extensions: CustomFields.FieldCodec<unknown>
  readonly reconnect: ReconnectOptions
  readonly sendTimeoutMs: number
  readonly requestTimeoutMs: number
  readonly connectTimeoutMs: number
  readonly keepAliveMs: number | false
  readonly autoDelivered: boolean
  readonly carbons: boolean
  readonly pageSize: number
  readonly catchUpPages: number
  readonly maxMessages: number
  readonly typingTimeoutMs: number
  readonly confirmOrder: boolean
}

/**
 * @since 0.1.0
 * @category services
 */
export class ChatConfig extends Context.Service<ChatConfig, Config>()("@cube/chat/ChatConfig") {}

/**
 * Fills the defaults.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = <P, E>(options: Options<P, E>): Config => {
  const api = options.endpoints.api.replace(/\/+$/, "")
  return {
    appId: String(options.appId),
    authKey: options.authKey,
    apiUrl: /^https?:\/\//.test(api) ? api : `https://${api}`,
    chatDomain: options.endpoints.chat,
    chatUrl: options.endpoints.chatUrl ?? `wss://${options.endpoints.chat}:5291`,
    webSocket: options.webSocket,
    fetch: options.fetch,
    store: options.store ?? Outbox.memoryStore(),
    properties: (options.schema?.messageProperties ??
      CustomFields.passthrough()) as CustomFields.FieldCodec<unknown>,
    extensions: (options.schema?.dialogExtensions ??
      CustomFields.passthrough()) as CustomFields.FieldCodec<unknown>,
    reconnect: options.reconnect ?? {},
    sendTimeoutMs: options.timeouts?.send ?? 60_000,
    requestTimeoutMs: options.timeouts?.request ?? 15_000,
    connectTimeoutMs: options.timeouts?.connect ?? 15_000,
    keepAliveMs: options.keepAlive ?? 40_000,
    autoDelivered: options.autoDelivered ?? true,
    carbons: options.carbons ?? true,
    pageSize: Math.min(100, Math.max(1, options.history?.pageSize ?? 50)),
    catchUpPages: Math.max(1, options.history?.catchUpPages ?? 10),
    maxMessages: Math.max(100, options.history?.maxMessages ?? 5000),
    typingTimeoutMs: options.typingTimeout ?? 10_000,
    confirmOrder: options.confirmOrder ?? true,
  }
}

/**
 * Provides the configuration.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (config: Config): Layer.Layer<ChatConfig> => Layer.succeed(ChatConfig, config)
