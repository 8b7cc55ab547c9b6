import { useConnectionState, useSession, useUnreadCount, useUser } from "@cube/react"
import { userName } from "../lib/names.ts"
import { Avatar } from "./Avatar.tsx"

/** The user, the connection, and the app's actions. */
export const SidebarHeader = ({
  onNewChat,
  onLogout,
}: {
  readonly onNewChat: () => void
  readonly onLogout: () => void
}) => {
  const { userId } = useSession()
  const me = useUser(userId)
  const connection = useConnectionState()
  const unread = useUnreadCount()
  const name = userName(me, userId)
  return (
    <header className="sidebar-header">
      <Avatar name={name} seed={userId ?? 0} size={36} online={connection.online} />
      <div className="me">
        <strong data-testid="me">{name}</strong>
        <span className={`status ${connection.online ? "on" : "off"}`}>
          {connection.online ? "Online" : connection.status === "idle" ? "Offline" : "Connecting…"}
          {unread > 0 && <span className="unread-total"> · {unread} unread</span>}
        </span>
      </div>
      <button
        type="button"
        className="icon-button"
        title="New chat"
        aria-label="New chat"
        onClick={onNewChat}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <path d="M12 5v14M5 12h14" />
        </svg>
      </button>
      <button type="button" className="icon-button" title="Log out" aria-label="Log out" onClick={onLogout}>
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <path d="M15 4h3a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-3M10 17l5-5-5-5M15 12H3" />
        </svg>
      </button>
    </header>
  )
}
