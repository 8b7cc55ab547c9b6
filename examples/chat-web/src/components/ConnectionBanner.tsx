import { useConnectionState } from "@cube/react"

/** A thin banner while the chat is not connected (short drops are hidden by the hook's grace period). */
export const ConnectionBanner = () => {
  const connection = useConnectionState()
  if (connection.online || connection.status === "idle") return null
  const text =
    connection.status === "connecting"
      ? "Connecting…"
      : connection.status === "reconnecting"
        ? `Reconnecting${connection.attempt && connection.attempt > 1 ? ` (attempt ${connection.attempt})` : ""}…`
        : connection.status === "failed"
          ? "Disconnected. Check your connection."
          : "Offline"
  return (
    <div className="connection-banner" role="status">
      <span className="spinner" /> {text} Messages you send will go out once connected.
    </div>
  )
}
