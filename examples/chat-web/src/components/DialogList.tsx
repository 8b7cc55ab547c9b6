import type { ChatDialog } from "@cube/chat"
import { useDialogs, useLastActivity, useSession, useTyping } from "@cube/react"
import { shortTime } from "../lib/format.ts"
import { Avatar } from "./Avatar.tsx"
import { useDialogTitle } from "./useDialogTitle.ts"

/** The dialogs, most recent first, with unread badges. */
export const DialogList = ({
  selected,
  onSelect,
  onNewChat,
}: {
  readonly selected: string | undefined
  readonly onSelect: (dialogId: string) => void
  readonly onNewChat: () => void
}) => {
  const { dialogs, loaded, error } = useDialogs()
  if (!loaded)
    return (
      <ul className="dialog-list" aria-busy="true">
        {[0, 1, 2, 3].map((i) => (
          <li key={i} className="dialog-skeleton" />
        ))}
        {error !== undefined && <li className="list-note">Could not load your chats.</li>}
      </ul>
    )
  if (dialogs.length === 0)
    return (
      <div className="list-empty">
        <p>No conversations yet.</p>
        <button type="button" className="link" onClick={onNewChat}>
          Start one
        </button>
      </div>
    )
  return (
    <ul className="dialog-list" aria-label="Chats">
      {dialogs.map((dialog) => (
        <DialogItem
          key={dialog.id}
          dialog={dialog}
          active={dialog.id === selected}
          onSelect={() => onSelect(dialog.id)}
        />
      ))}
    </ul>
  )
}

const DialogItem = ({
  dialog,
  active,
  onSelect,
}: {
  readonly dialog: ChatDialog
  readonly active: boolean
  readonly onSelect: () => void
}) => {
  const { userId } = useSession()
  const { title, peerId } = useDialogTitle(dialog)
  const presence = useLastActivity(peerId)
  const typing = useTyping(dialog.id)
  const preview =
    typing.userIds.length > 0
      ? "typing…"
      : dialog.lastMessage === null
        ? dialog.type === 4
          ? "Public channel"
          : "No messages yet"
        : `${dialog.lastMessageUserId === userId ? "You: " : ""}${dialog.lastMessage || "📎 Attachment"}`
  return (
    <li>
      <button
        type="button"
        className={`dialog-item${active ? " active" : ""}${dialog.unreadCount > 0 ? " unread" : ""}`}
        onClick={onSelect}
        data-testid="dialog-item"
        aria-current={active ? "true" : undefined}
      >
        <Avatar name={title} seed={peerId ?? dialog.id} group={dialog.type !== 3} online={presence.online} />
        <span className="dialog-text">
          <span className="dialog-top">
            <span className="dialog-title">{title}</span>
            <span className="dialog-time">{shortTime(dialog.lastMessageDateSent)}</span>
          </span>
          <span className="dialog-bottom">
            <span className={`dialog-preview${typing.userIds.length > 0 ? " typing" : ""}`}>{preview}</span>
            {dialog.unreadCount > 0 && (
              <span className="badge" data-testid="unread-badge">
                {dialog.unreadCount}
              </span>
            )}
          </span>
        </span>
      </button>
    </li>
  )
}
