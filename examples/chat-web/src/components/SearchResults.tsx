import type { ChatDialog, ChatMessage } from "@cube/chat"
import { useDialog, useSearch } from "@cube/react"
import { shortTime } from "../lib/format.ts"
import { Avatar } from "./Avatar.tsx"
import { useDialogTitle } from "./useDialogTitle.ts"

/** Messages and chats matching the search box. */
export const SearchResults = ({
  query,
  onOpen,
}: {
  readonly query: string
  readonly onOpen: (dialogId: string) => void
}) => {
  const { results, pending, error } = useSearch(query.trim())
  if (query.trim().length < 2) return <p className="list-note">Type at least two characters.</p>
  if (results === undefined)
    return <p className="list-note">{error !== undefined ? "Search failed." : pending ? "Searching…" : ""}</p>
  if (results.messages.length === 0 && results.dialogs.length === 0)
    return <p className="list-note">Nothing found for “{query.trim()}”.</p>
  return (
    <div className="search-results" data-testid="search-results">
      {results.dialogs.length > 0 && <h3>Chats</h3>}
      <ul>
        {results.dialogs.map((dialog) => (
          <DialogResult key={dialog.id} dialog={dialog} onOpen={onOpen} />
        ))}
      </ul>
      {results.messages.length > 0 && <h3>Messages</h3>}
      <ul>
        {results.messages.map((message) => (
          <MessageResult key={message.id} message={message} query={query.trim()} onOpen={onOpen} />
        ))}
      </ul>
    </div>
  )
}

const DialogResult = ({
  dialog,
  onOpen,
}: {
  readonly dialog: ChatDialog
  readonly onOpen: (id: string) => void
}) => {
  const { title, peerId } = useDialogTitle(dialog)
  return (
    <li>
      <button type="button" className="dialog-item" onClick={() => onOpen(dialog.id)}>
        <Avatar name={title} seed={peerId ?? dialog.id} group={dialog.type !== 3} />
        <span className="dialog-text">
          <span className="dialog-title">{title}</span>
        </span>
      </button>
    </li>
  )
}

const MessageResult = ({
  message,
  query,
  onOpen,
}: {
  readonly message: ChatMessage
  readonly query: string
  readonly onOpen: (id: string) => void
}) => {
  const dialog = useDialog(message.dialogId)
  const { title, peerId } = useDialogTitle(dialog)
  const at = message.body.toLowerCase().indexOf(query.toLowerCase())
  return (
    <li>
      <button type="button" className="dialog-item" onClick={() => onOpen(message.dialogId)}>
        <Avatar name={title || "…"} seed={peerId ?? message.dialogId} size={36} group={dialog?.type !== 3} />
        <span className="dialog-text">
          <span className="dialog-top">
            <span className="dialog-title">{title}</span>
            <span className="dialog-time">{shortTime(message.dateSent)}</span>
          </span>
          <span className="dialog-preview">
            {at < 0 ? (
              message.body
            ) : (
              <>
                {message.body.slice(0, at)}
                <mark>{message.body.slice(at, at + query.length)}</mark>
                {message.body.slice(at + query.length)}
              </>
            )}
          </span>
        </span>
      </button>
    </li>
  )
}
