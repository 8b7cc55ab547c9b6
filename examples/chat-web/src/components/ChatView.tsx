import type { ChatMessage } from "@cube/chat"
import { useDialog, useMarkAsRead, useMessages, useTyping } from "@cube/react"
import { useState } from "react"
import { ChatHeader } from "./ChatHeader.tsx"
import { Composer } from "./Composer.tsx"
import { MessageList } from "./MessageList.tsx"
import { useDialogTitle } from "./useDialogTitle.ts"

/** One open conversation: header, history, composer. */
export const ChatView = ({
  dialogId,
  onClose,
}: {
  readonly dialogId: string
  readonly onClose: () => void
}) => {
  const dialog = useDialog(dialogId)
  const timeline = useMessages(dialogId)
  const typing = useTyping(dialogId)
  const { title, peerId } = useDialogTitle(dialog)
  const [editing, setEditing] = useState<ChatMessage | undefined>(undefined)
  useMarkAsRead(dialogId)

  if (dialog === undefined)
    return (
      <section className="chat">
        <div className="chat-loading">Loading conversation…</div>
      </section>
    )
  return (
    <section className="chat" aria-label={`Conversation with ${title}`}>
      <ChatHeader dialog={dialog} title={title} peerId={peerId} typing={typing.userIds} onClose={onClose} />
      <MessageList dialog={dialog} timeline={timeline} typing={typing.userIds} onEdit={setEditing} />
      <Composer
        dialog={dialog}
        peerId={peerId}
        editing={editing}
        onDoneEditing={() => setEditing(undefined)}
      />
    </section>
  )
}
