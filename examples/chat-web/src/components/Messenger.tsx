import { useCallback, useEffect, useState } from "react"
import { ChatView } from "./ChatView.tsx"
import { ConnectionBanner } from "./ConnectionBanner.tsx"
import { DialogList } from "./DialogList.tsx"
import { NewChatDialog } from "./NewChatDialog.tsx"
import { SearchResults } from "./SearchResults.tsx"
import { SidebarHeader } from "./SidebarHeader.tsx"

const fromHash = () => /^#\/d\/([\w-]+)$/.exec(window.location.hash)?.[1]

/** The open dialog, kept in the URL (`#/d/<id>`) so that a reload reopens it. */
const useOpenDialog = () => {
  const [dialogId, setDialogId] = useState(fromHash)
  useEffect(() => {
    const sync = () => setDialogId(fromHash())
    window.addEventListener("hashchange", sync)
    return () => window.removeEventListener("hashchange", sync)
  }, [])
  const open = useCallback((id: string | undefined) => {
    window.location.hash = id === undefined ? "" : `#/d/${id}`
    setDialogId(id)
  }, [])
  return [dialogId, open] as const
}

/** The logged-in app: dialogs on the left, the open conversation on the right. */
export const Messenger = ({ onLogout }: { readonly onLogout: () => void }) => {
  const [dialogId, open] = useOpenDialog()
  const [creating, setCreating] = useState(false)
  const [query, setQuery] = useState("")
  const searching = query.trim().length > 0

  return (
    <div className={`messenger${dialogId === undefined ? "" : " has-dialog"}`}>
      <aside className="sidebar">
        <SidebarHeader onNewChat={() => setCreating(true)} onLogout={onLogout} />
        <div className="search-box">
          <input
            type="search"
            placeholder="Search messages and chats"
            aria-label="Search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        {searching ? (
          <SearchResults
            query={query}
            onOpen={(id) => {
              open(id)
              setQuery("")
            }}
          />
        ) : (
          <DialogList selected={dialogId} onSelect={open} onNewChat={() => setCreating(true)} />
        )}
      </aside>
      <main className="conversation">
        <ConnectionBanner />
        {dialogId === undefined ? (
          <div className="empty-conversation">
            <div className="empty-illustration" />
            <h2>Pick a conversation</h2>
            <p>Or start a new one with someone, a group, or a public channel.</p>
            <button type="button" className="primary" onClick={() => setCreating(true)}>
              New chat
            </button>
          </div>
        ) : (
          <ChatView key={dialogId} dialogId={dialogId} onClose={() => open(undefined)} />
        )}
      </main>
      {creating && (
        <NewChatDialog
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false)
            open(id)
          }}
        />
      )}
    </div>
  )
}
