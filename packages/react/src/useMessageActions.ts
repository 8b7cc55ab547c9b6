import { useMemo } from "react"
import { useChatContext } from "./internal/context.ts"

/** What can be done to existing messages of a dialog; each change shows in `useMessages` at once. */
export interface MessageActions {
  edit(messageId: string, body: string): Promise<void>
  /** Deletes for everyone (default), or only for the user with `forEveryone: false`. */
  remove(
    messageIds: string | ReadonlyArray<string>,
    options?: { readonly forEveryone?: boolean },
  ): Promise<void>
  /** Tells the authors these messages were read. */
  markRead(messageIds: ReadonlyArray<string>): Promise<void>
  markAllRead(): Promise<void>
}

/** Edit, delete and read-mark messages of a dialog. */
export const useMessageActions = (dialogId: string): MessageActions => {
  const { chat } = useChatContext()
  return useMemo(
    () => ({
      edit: (messageId, body) => chat.messages.edit(dialogId, messageId, body),
      remove: (messageIds, options) =>
        chat.messages.delete(dialogId, typeof messageIds === "string" ? [messageIds] : messageIds, {
          forEveryone: options?.forEveryone ?? true,
        }),
      markRead: (messageIds) => chat.messages.markRead(dialogId, messageIds),
      markAllRead: () => chat.messages.markAllRead(dialogId),
    }),
    [chat, dialogId],
  )
}
