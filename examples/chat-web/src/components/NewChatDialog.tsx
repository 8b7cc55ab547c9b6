import type { User } from "@cube/chat"
import { useChat } from "@cube/react"
import { type FormEvent, useEffect, useRef, useState } from "react"
import { errorText } from "../lib/errors.ts"
import { userName } from "../lib/names.ts"
import { Avatar } from "./Avatar.tsx"
import { useUserSearch } from "./useUserSearch.ts"

type Kind = "private" | "group" | "public"

/** Start a conversation: with one person, a group, or a public channel anyone can join. */
export const NewChatDialog = ({
  onClose,
  onCreated,
}: {
  readonly onClose: () => void
  readonly onCreated: (dialogId: string) => void
}) => {
  const chat = useChat()
  const [kind, setKind] = useState<Kind>("private")
  const [text, setText] = useState("")
  const [name, setName] = useState("")
  const [chosen, setChosen] = useState<ReadonlyArray<User>>([])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(undefined)
  const { users, searching } = useUserSearch(text)
  const panel = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    panel.current?.showModal()
  }, [])

  const create = async (occupants: ReadonlyArray<User>) => {
    setBusy(true)
    setError(undefined)
    try {
      const dialog = await chat.dialogs.create(
        kind === "private"
          ? { type: 3, occupantIds: occupants.map((user) => user.id) }
          : {
              type: kind === "group" ? 2 : 4,
              name: name.trim(),
              occupantIds: occupants.map((user) => user.id),
            },
      )
      onCreated(dialog.id)
    } catch (failure) {
      setError(failure)
      setBusy(false)
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    create(chosen).catch(() => undefined)
  }

  const toggle = (user: User) =>
    setChosen((current) =>
      current.some((c) => c.id === user.id) ? current.filter((c) => c.id !== user.id) : [...current, user],
    )

  return (
    <dialog ref={panel} className="modal" onClose={onClose} aria-label="New chat">
      <form onSubmit={submit}>
        <header className="modal-header">
          <h2>New chat</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
            <svg viewBox="0 0 24 24" aria-hidden="true">
              <path d="M6 6l12 12M18 6L6 18" />
            </svg>
          </button>
        </header>
        <div className="segmented" role="tablist">
          {(["private", "group", "public"] as const).map((option) => (
            <button
              type="button"
              role="tab"
              key={option}
              aria-selected={kind === option}
              onClick={() => setKind(option)}
            >
              {option === "private" ? "Direct message" : option === "group" ? "Group" : "Public channel"}
            </button>
          ))}
        </div>
        {kind !== "private" && (
          <label className="field">
            {kind === "group" ? "Group name" : "Channel name"}
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              required
              placeholder="Weekend plans"
            />
          </label>
        )}
        <label className="field">
          {kind === "private" ? "Who do you want to talk to?" : "Add people"}
          <input
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="Search by login or name"
            aria-label="Find people"
            autoFocus
          />
        </label>
        {chosen.length > 0 && kind !== "private" && (
          <div className="chips">
            {chosen.map((user) => (
              <button type="button" key={user.id} className="chip" onClick={() => toggle(user)}>
                {userName(user)} ×
              </button>
            ))}
          </div>
        )}
        <ul className="people">
          {searching && <li className="list-note">Searching…</li>}
          {!searching && text.trim().length >= 2 && users.length === 0 && (
            <li className="list-note">Nobody found.</li>
          )}
          {users.map((user) => (
            <li key={user.id}>
              <button
                type="button"
                className={`person${chosen.some((c) => c.id === user.id) ? " chosen" : ""}`}
                disabled={busy}
                onClick={() => (kind === "private" ? create([user]).catch(() => undefined) : toggle(user))}
              >
                <Avatar name={userName(user)} seed={user.id} size={32} />
                <span>
                  <strong>{userName(user)}</strong>
                  <small>@{user.login}</small>
                </span>
              </button>
            </li>
          ))}
        </ul>
        {error !== undefined && (
          <p className="form-error" role="alert">
            {errorText(error)}
          </p>
        )}
        {kind !== "private" && (
          <footer className="modal-footer">
            <button type="submit" className="primary" disabled={busy || !name.trim()}>
              {kind === "group" ? "Create group" : "Create channel"}
            </button>
          </footer>
        )}
      </form>
    </dialog>
  )
}
