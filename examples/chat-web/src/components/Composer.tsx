import type { ChatDialog, ChatMessage } from "@cube/chat"
import { useBlockList, useMessageActions, useSendMessage, useTyping, useUpload } from "@cube/react"
import { type KeyboardEvent, useEffect, useRef, useState } from "react"
import { errorText } from "../lib/errors.ts"

/** Writing: text (Enter sends, Shift+Enter breaks the line), images with a preview and progress, edits. */
export const Composer = ({
  dialog,
  peerId,
  editing,
  onDoneEditing,
}: {
  readonly dialog: ChatDialog
  readonly peerId: number | undefined
  readonly editing: ChatMessage | undefined
  readonly onDoneEditing: () => void
}) => {
  const [text, setText] = useState("")
  const [file, setFile] = useState<{ file: File; preview: string } | undefined>(undefined)
  const sender = useSendMessage(dialog.id)
  const actions = useMessageActions(dialog.id)
  const upload = useUpload()
  const typing = useTyping(dialog.id)
  const blocks = useBlockList()
  const input = useRef<HTMLTextAreaElement>(null)
  const picker = useRef<HTMLInputElement>(null)

  useEffect(() => {
    if (editing !== undefined) {
      setText(editing.body)
      input.current?.focus()
    }
  }, [editing])
  useEffect(() => () => (file === undefined ? undefined : URL.revokeObjectURL(file.preview)), [file])

  if (peerId !== undefined && blocks.isBlocked(peerId))
    return (
      <footer className="composer blocked-note">
        You blocked this person.{" "}
        <button type="button" className="link" onClick={() => blocks.unblock(peerId).catch(() => undefined)}>
          Unblock
        </button>{" "}
        to send messages.
      </footer>
    )

  const submit = () => {
    const body = text.trim()
    if (editing !== undefined) {
      if (body && body !== editing.body) actions.edit(editing.id, body).catch(() => undefined)
      setText("")
      onDoneEditing()
      return
    }
    if (file !== undefined) {
      const chosen = file
      setFile(undefined)
      setText("")
      upload
        .sendFile(
          dialog.id,
          { name: chosen.file.name, data: chosen.file, contentType: chosen.file.type },
          { body },
        )
        .catch(() => undefined)
      return
    }
    if (!body) return
    setText("")
    sender.send(body).catch(() => undefined)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault()
      submit()
    } else if (event.key === "Escape" && editing !== undefined) {
      setText("")
      onDoneEditing()
    }
  }

  const progress = upload.pending && upload.progress !== undefined && upload.progress.total > 0
  return (
    <footer className="composer">
      {editing !== undefined && (
        <div className="composer-banner">
          <span>
            <strong>Editing message</strong> {editing.body}
          </span>
          <button
            type="button"
            className="link"
            onClick={() => {
              setText("")
              onDoneEditing()
            }}
          >
            Cancel
          </button>
        </div>
      )}
      {file !== undefined && (
        <div className="composer-banner attachment-preview">
          <img src={file.preview} alt="" />
          <span>{file.file.name}</span>
          <button type="button" className="link" onClick={() => setFile(undefined)}>
            Remove
          </button>
        </div>
      )}
      {progress && upload.progress !== undefined && (
        <div className="upload-progress" role="progressbar" aria-valuenow={upload.progress.loaded}>
          <span style={{ width: `${(100 * upload.progress.loaded) / upload.progress.total}%` }} />
        </div>
      )}
      {upload.error !== undefined && (
        <div className="composer-error" role="alert">
          The image was not sent: {errorText(upload.error)}
        </div>
      )}
      <div className="composer-row">
        <button
          type="button"
          className="icon-button"
          aria-label="Attach an image"
          title="Attach an image"
          onClick={() => picker.current?.click()}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="M21 12.5l-8.5 8.5a5 5 0 0 1-7-7L14 5.5a3.5 3.5 0 0 1 5 5L10.5 19a2 2 0 0 1-3-3L15 8.5" />
          </svg>
        </button>
        <input
          ref={picker}
          type="file"
          accept="image/*"
          hidden
          data-testid="file-input"
          onChange={(event) => {
            const chosen = event.target.files?.[0]
            event.target.value = ""
            if (chosen !== undefined) setFile({ file: chosen, preview: URL.createObjectURL(chosen) })
          }}
        />
        <textarea
          ref={input}
          rows={1}
          placeholder={file !== undefined ? "Add a caption…" : "Write a message…"}
          aria-label="Message"
          value={text}
          onChange={(event) => {
            setText(event.target.value)
            if (editing === undefined) {
              if (event.target.value) typing.start()
              else typing.stop()
            }
          }}
          onKeyDown={onKeyDown}
          onBlur={() => typing.stop()}
        />
        <button
          type="button"
          className="send"
          aria-label={editing !== undefined ? "Save" : "Send"}
          disabled={!text.trim() && file === undefined}
          onClick={submit}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true">
            {editing !== undefined ? <path d="M5 12l5 5L20 7" /> : <path d="M4 12l16-8-6 16-3-6-7-2z" />}
          </svg>
        </button>
      </div>
    </footer>
  )
}
