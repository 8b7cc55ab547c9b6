/**
 * What the platform says about the network and the app's visibility. The connection waits for `online`
 * instead of burning reconnect attempts while offline, retries at once when the network or the app comes
 * back, and drops a socket the platform reports offline. In browsers the default listens to `window`
 * `online`/`offline` and `document` `visibilitychange`; elsewhere it reports nothing (provide one for React
 * Native's NetInfo/AppState with `NetworkMonitor.layer`).
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import { fromCallback } from "./internal/callbackStream.ts"

/**
 * A platform event: the network went up or down, the app came to the foreground or went to the background.
 *
 * @since 0.1.0
 * @category models
 */
export type Signal = "online" | "offline" | "foreground" | "background"

/**
 * @since 0.1.0
 * @category models
 */
export interface Monitor {
  /** Whether the platform believes the network is up (true when it cannot tell). */
  readonly isOnline: () => boolean
  /** Every signal from now on; each subscriber gets all of them. */
  readonly signals: Stream.Stream<Signal>
}

/**
 * Reports nothing and always online (servers, tests, platforms without such events).
 *
 * @since 0.1.0
 * @category constructors
 */
export const none: Monitor = { isOnline: () => true, signals: Stream.never }

interface EventTargetLike {
  addEventListener(type: string, listener: () => void): void
  removeEventListener(type: string, listener: () => void): void
}

/**
 * Listens to `window` online/offline and `document` visibility; `none` when they do not exist.
 *
 * @since 0.1.0
 * @category constructors
 */
export const browser = (): Monitor => {
  const g = globalThis as {
    window?: EventTargetLike
    document?: EventTargetLike & { visibilityState?: string }
    navigator?: { onLine?: boolean }
  }
  const win = g.window
  const doc = g.document
  if (win === undefined || doc === undefined || typeof win.addEventListener !== "function") return none
  const signals = fromCallback<Signal>((emit) => {
    const online = () => emit("online")
    const offline = () => emit("offline")
    const visibility = () => emit(doc.visibilityState === "hidden" ? "background" : "foreground")
    win.addEventListener("online", online)
    win.addEventListener("offline", offline)
    doc.addEventListener("visibilitychange", visibility)
    return () => {
      win.removeEventListener("online", online)
      win.removeEventListener("offline", offline)
      doc.removeEventListener("visibilitychange", visibility)
    }
  })
  return { isOnline: () => g.navigator?.onLine !== false, signals }
}

/**
 * The monitor in use; defaults to `browser()` (which is `none` outside browsers).
 *
 * @since 0.1.0
 * @category references
 */
export const NetworkMonitor = /*#__PURE__*/ Context.Reference<Monitor>("@cube/realtime/NetworkMonitor", {
  defaultValue: browser,
})

/**
 * Provides a monitor (e.g. one fed by React Native's NetInfo and AppState).
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (monitor: Monitor): Layer.Layer<never> => Layer.succeed(NetworkMonitor, monitor)
