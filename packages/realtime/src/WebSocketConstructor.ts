/**
 * How sockets are made. By default the global `WebSocket` (browsers, React Native, Node ≥ 22); on Node 20 or
 * to use another implementation, provide one:
 *
 * ```ts
 * import { WebSocket } from "ws"
 * Effect.provide(WebSocketConstructor.layer(WebSocket))
 * ```
 *
 * The constructor reaches xmpp.js through a transport of our own (`internal/transport.ts`), so the global
 * `WebSocket` is never read or replaced when a constructor is given.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Layer from "effect/Layer"

/**
 * The part of the WHATWG `WebSocket` that the XMPP transport uses.
 *
 * @since 0.1.0
 * @category models
 */
export interface WebSocketLike {
  // biome-ignore lint/suspicious/noExplicitAny: must accept the DOM, `ws` and undici listener types alike
  addEventListener(type: string, listener: (event: any) => void): void
  // biome-ignore lint/suspicious/noExplicitAny: as above
  removeEventListener(type: string, listener: (event: any) => void): void
  send(data: string): void
  close(code?: number, reason?: string): void
}

/**
 * A class with the WHATWG `WebSocket` constructor signature (the global, `ws`, undici's).
 *
 * @since 0.1.0
 * @category models
 */
export type WebSocketClass = new (url: string, protocols?: string | Array<string>) => WebSocketLike

/**
 * Opens a WebSocket to `url` with the given sub-protocols.
 *
 * @since 0.1.0
 * @category models
 */
export type Make = (url: string, protocols: Array<string>) => WebSocketLike

const fromGlobal: Make = (url, protocols) => {
  const Global = (globalThis as { WebSocket?: WebSocketClass }).WebSocket
  if (Global === undefined) {
    throw new Error(
      "No global WebSocket (Node < 22?): provide one with WebSocketConstructor.layer(WebSocket) from 'ws' or 'undici'",
    )
  }
  return new Global(url, protocols)
}

/**
 * The WebSocket factory in use; the default reads the global `WebSocket` when a socket is opened.
 *
 * @since 0.1.0
 * @category references
 */
export const WebSocketConstructor = /*#__PURE__*/ Context.Reference<Make>(
  "@cube/realtime/WebSocketConstructor",
  {
    defaultValue: () => fromGlobal,
  },
)

/**
 * Uses this WebSocket class (e.g. `ws`'s or undici's `WebSocket`).
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (Class: WebSocketClass): Layer.Layer<never> =>
  Layer.succeed(WebSocketConstructor, (url, protocols) => new Class(url, protocols))

/**
 * Uses the global `WebSocket` (the default, spelled out).
 *
 * @since 0.1.0
 * @category layers
 */
export const layerGlobal: Layer.Layer<never> = /*#__PURE__*/ Layer.succeed(WebSocketConstructor, fromGlobal)
