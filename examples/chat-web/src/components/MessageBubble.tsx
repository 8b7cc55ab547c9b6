import type { Attachment, ChatDialog, ChatMessage } from "@cube/chat"
import { useChat, useMessageActions, useReactions, useSendMessage, useSession, useUser } from "@cube/react"
import { useState } from "react"
import { errorText } from "../lib/errors.ts"
import { clock, fileSize } from "../lib/format.ts"
import { userName } from "../lib/names.ts"

const quickReactions = ["👍", "❤️", "😂", "😮", "😢", "🙏"]

/** One message: text and attachments, time and receipt ticks, reactions, and its actions on hover. */
export const MessageBubble = ({
  message,
  dialog,
  grouped,
  onEdit,
  onView,
}: {
  readonly message: ChatMessage
  readonly dialog: ChatDialog
  readonly grouped: boolean
  readonly onEdit: () => void
  readonly onView: (src: string) => void
}) => {
  const { userId } = useSession()
  const own = message.senderId === userId
  const sender = useUser(own || dialog.type === 3 ? undefined : message.senderId)
  const reactions = useReactions(dialog.id, message.id)
  const actions = useMessageActions(dialog.id)
  const sending = useSendMessage(dialog.id)
  const [picking, setPicking] = useState(false)
  const reactionList = Object.entries(reactions.total).filter(([, count]) => count > 0)

  return (
    <div
      className={`message${own ? " own" : ""}${grouped ? " grouped" : ""}`}
      data-testid="message"
      data-message-id={message.id}
      data-status={message.status ?? ""}
    >
      <div className="bubble-wrap">
        {!own && !grouped && dialog.type !== 3 && (
          <span className="sender-name">{userName(sender, message.senderId)}</span>
        )}
        <div className={`bubble${message.attachments.length > 0 && !message.body ? " media-only" : ""}`}>
          {message.attachments.map((attachment, index) => (
            <AttachmentView key={String(attachment.uid ?? index)} attachment={attachment} onView={onView} />
          ))}
          {message.body && <p className="body">{message.body}</p>}
          <span className="meta">
            {message.edited && <span className="edited">edited</span>}
            <time>{clock(message.dateSent)}</time>
            {own && <Ticks status={message.status} />}
          </span>
        </div>
        {reactionList.length > 0 && (
          <div className="reactions">
            {reactionList.map(([reaction, count]) => (
              <button
                type="button"
                key={reaction}
                className={`reaction${reactions.own.includes(reaction) ? " mine" : ""}`}
                onClick={() => reactions.toggle(reaction).catch(() => undefined)}
                data-testid="reaction"
              >
                {reaction} <span>{count}</span>
              </button>
            ))}
          </div>
        )}
        {message.status === "failed" && (
          <div className="failed-note">
            {errorText(message.error)}{" "}
            <button
              type="button"
              className="link"
              onClick={() => sending.resend(message.id).catch(() => undefined)}
            >
              Retry
            </button>
          </div>
        )}
      </div>
      <div className="message-tools">
        <button type="button" aria-label="React" title="React" onClick={() => setPicking((open) => !open)}>
          <Icon d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM8.5 14.5s1.2 1.8 3.5 1.8 3.5-1.8 3.5-1.8M9 9.5h.01M15 9.5h.01" />
        </button>
        {own && message.body && message.status !== "failed" && (
          <button type="button" aria-label="Edit" title="Edit" onClick={onEdit}>
            <Icon d="M4 20h4L19 9l-4-4L4 16v4zM13.5 6.5l4 4" />
          </button>
        )}
        {own && (
          <button
            type="button"
            aria-label="Delete"
            title="Delete"
            onClick={() => actions.remove(message.id).catch(() => undefined)}
          >
            <Icon d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3" />
          </button>
        )}
        {picking && (
          <div className="reaction-picker" role="menu">
            {quickReactions.map((reaction) => (
              <button
                type="button"
                role="menuitem"
                key={reaction}
                onClick={() => {
                  setPicking(false)
                  reactions.toggle(reaction).catch(() => undefined)
                }}
              >
                {reaction}
              </button>
            ))}
          </div>
        )}
      </div>
    </div>
  )
}

/** A stroked 24×24 icon. */
const Icon = ({ d }: { readonly d: string }) => (
  <svg viewBox="0 0 24 24" aria-hidden="true">
    <path d={d} />
  </svg>
)

/** An image (opens full size) or a file link. */
const AttachmentView = ({
  attachment,
  onView,
}: {
  readonly attachment: Attachment
  readonly onView: (src: string) => void
}) => {
  const chat = useChat()
  const uid = attachment.uid === undefined ? undefined : String(attachment.uid)
  const src = uid === undefined ? String(attachment.url ?? "") : chat.files.privateUrl(uid)
  if (attachment.type === "image")
    return (
      <button type="button" className="image-attachment" onClick={() => onView(src)} aria-label="Open image">
        <img
          src={src}
          alt={String(attachment.name ?? "image")}
          loading="lazy"
          data-testid="image-attachment"
        />
      </button>
    )
  return (
    <a className="file-attachment" href={src} target="_blank" rel="noreferrer">
      <span className="file-icon">📄</span>
      <span>
        <strong>{String(attachment.name ?? "file")}</strong>
        {typeof attachment.size === "number" && <small>{fileSize(attachment.size)}</small>}
      </span>
    </a>
  )
}

/** Pending: a clock; sent: one tick; delivered: two; read: two blue. */
const Ticks = ({ status }: { readonly status: ChatMessage["status"] }) => {
  if (status === "pending")
    return (
      <span className="ticks pending" title="Sending" data-testid="ticks">
        ◷
      </span>
    )
  if (status === "failed")
    return (
      <span className="ticks failed" title="Not sent" data-testid="ticks">
        !
      </span>
    )
  const label = status === "read" ? "Read" : status === "delivered" ? "Delivered" : "Sent"
  return (
    <span
      className={`ticks ${status ?? "sent"}`}
      title={label}
      role="img"
      aria-label={label}
      data-testid="ticks"
    >
      <svg viewBox="0 0 18 12" aria-hidden="true">
        <path d="M1 6.5l3.5 3.5L11 2.5" />
        {status !== "sent" && <path d="M7 9.5l.5.5L15 2.5" />}
      </svg>
    </span>
  )
}
