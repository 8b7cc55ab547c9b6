import type { ChatMessage, SendParams, UploadParams } from "@cube/chat"
import { useMemo } from "react"
import { useChatContext } from "./internal/context.ts"
import { type TaskState, useTask } from "./internal/useTask.ts"

/** Sending into one dialog. */
export interface SendApi<P> extends TaskState {
  /**
   * Sends a text (or full parameters). The message shows in `useMessages` at once as `pending`; the promise
   * resolves when the server acknowledged it and rejects with the reason it failed (it stays as `failed`).
   */
  send(message: string | SendParams<P>): Promise<ChatMessage<P>>
  /** Uploads a file (see `useUpload` for progress) and sends it as an attachment. */
  sendFile(file: UploadParams, params?: SendParams<P> & { readonly type?: string }): Promise<ChatMessage<P>>
  /** Sends a failed message again, under the same id. */
  resend(messageId: string): Promise<ChatMessage<P>>
}

/** Send, send a file, and resend in a dialog, with the latest call's progress and error. */
export const useSendMessage = <P = Readonly<Record<string, unknown>>>(dialogId: string): SendApi<P> => {
  const { chat } = useChatContext()
  const [task, track] = useTask()
  const actions = useMemo(
    () => ({
      send: (message: string | SendParams<P>) => {
        chat.typing.stop(dialogId).catch(() => undefined)
        return track(chat.messages.send(dialogId, typeof message === "string" ? { body: message } : message))
      },
      sendFile: (file: UploadParams, params?: SendParams<P> & { readonly type?: string }) =>
        track(chat.messages.sendFile(dialogId, file, params)),
      resend: (messageId: string) => track(chat.messages.resend(dialogId, messageId)),
    }),
    [chat, dialogId, track],
  )
  return { ...task, ...actions } as SendApi<P>
}
