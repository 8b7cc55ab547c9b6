import type { ConnectionState } from "@cube/chat"
import { useEffect, useState } from "react"
import { useChatContext } from "./internal/context.ts"
import { useStore } from "./internal/useStore.ts"

/** The connection as an app shows it. */
export interface ShownConnectionState extends ConnectionState {
  /** Connected (or within the grace period of a drop). */
  readonly online: boolean
  /** The state as it is, without the grace period. */
  readonly actual: ConnectionState
}

/**
 * The connection state. A drop shorter than `graceMs` (default 3 s) keeps showing `connected`, so a network
 * blip or a resume does not flash a banner; after that the real state (`reconnecting`, `attempt`, …) shows.
 */
export const useConnectionState = (options: { readonly graceMs?: number } = {}): ShownConnectionState => {
  const graceMs = options.graceMs ?? 3000
  const actual = useStore(useChatContext().chat.stores.connection)
  const reconnecting = actual.status === "reconnecting"
  const [wasConnected, setWasConnected] = useState(false)
  const [expired, setExpired] = useState(false)
  // Derived state, updated while rendering: was the outage preceded by a connection, and is its grace over?
  if (actual.status === "connected" && !wasConnected) setWasConnected(true)
  if (!reconnecting && actual.status !== "connected" && wasConnected) setWasConnected(false)
  if (!reconnecting && expired) setExpired(false)
  useEffect(() => {
    if (!reconnecting || graceMs <= 0) return
    const timer = setTimeout(() => setExpired(true), graceMs)
    return () => clearTimeout(timer)
  }, [reconnecting, graceMs])
  const shown: ConnectionState =
    reconnecting && wasConnected && !expired && graceMs > 0 ? { status: "connected" } : actual
  return { ...shown, online: shown.status === "connected", actual }
}
