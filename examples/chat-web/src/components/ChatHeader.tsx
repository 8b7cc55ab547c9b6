import type { ChatDialog } from "@cube/chat"
import { useBlockList, useLastActivity, useUsers } from "@cube/react"
import { lastSeen } from "../lib/format.ts"
import { userName } from "../lib/names.ts"
import { Avatar } from "./Avatar.tsx"

/** The conversation's name, who is typing or when the other person was last seen, and blocking. */
export const ChatHeader = ({
  dialog,
  title,
  peerId,
  typing,
  onClose,
}: {
  readonly dialog: ChatDialog
  readonly title: string
  readonly peerId: number | undefined
  readonly typing: ReadonlyArray<number>
  readonly onClose: () => void
}) => {
  const presence = useLastActivity(peerId)
  const typists = useUsers(typing)
  const blocks = useBlockList()
  const blocked = peerId !== undefined && blocks.isBlocked(peerId)
  const subtitle =
    typing.length > 0
      ? dialog.type === 3
        ? "typing…"
        : `${typists.map((user) => userName(user).split(" ")[0]).join(", ") || "Someone"} typing…`
      : dialog.type === 3
        ? presence.online
          ? "online"
          : presence.lastSeen !== undefined
            ? lastSeen(presence.lastSeen)
            : ""
        : dialog.type === 4
          ? "Public channel"
          : `${dialog.occupantIds.length} members`
  return (
    <header className="chat-header">
      <button type="button" className="icon-button back" aria-label="Back to chats" onClick={onClose}>
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <path d="M15 18l-6-6 6-6" />
        </svg>
      </button>
      <Avatar name={title} seed={peerId ?? dialog.id} group={dialog.type !== 3} online={presence.online} />
      <div className="chat-title">
        <h2 data-testid="chat-title">{title}</h2>
        <span className={`chat-subtitle${typing.length > 0 ? " typing" : ""}`} data-testid="chat-subtitle">
          {subtitle}
        </span>
      </div>
      {peerId !== undefined && (
        <button
          type="button"
          className={`ghost${blocked ? " danger" : ""}`}
          disabled={blocks.pending}
          onClick={() => (blocked ? blocks.unblock(peerId) : blocks.block(peerId)).catch(() => undefined)}
        >
          {blocked ? "Unblock" : "Block"}
        </button>
      )}
    </header>
  )
}
