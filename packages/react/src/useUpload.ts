import type { ChatMessage, SendParams, UploadedFile, UploadParams } from "@cube/chat"
import { useMemo, useState } from "react"
import { useChatContext } from "./internal/context.ts"
import { type TaskState, useTask } from "./internal/useTask.ts"

/** Bytes of the current upload sent so far. */
export interface UploadProgress {
  readonly loaded: number
  readonly total: number
}

/** Uploads with progress. */
export interface UploadApi extends TaskState {
  /** The latest upload's progress (undefined before the first). */
  readonly progress: UploadProgress | undefined
  /** Uploads a file (private by default: displayed with `chat.files.privateUrl(uid)`). */
  upload(file: UploadParams): Promise<UploadedFile>
  /** Uploads a file and sends it to a dialog as an attachment. */
  sendFile<P>(
    dialogId: string,
    file: UploadParams,
    params?: SendParams<P> & { readonly type?: string },
  ): Promise<ChatMessage<P>>
}

/** Upload files (and send them as attachments) with progress. */
export const useUpload = (): UploadApi => {
  const { chat } = useChatContext()
  const [progress, setProgress] = useState<UploadProgress | undefined>(undefined)
  const [task, track] = useTask()
  const actions = useMemo(() => {
    const watched = (file: UploadParams): UploadParams => {
      setProgress({ loaded: 0, total: 0 })
      return {
        ...file,
        onProgress: (now) => {
          setProgress(now)
          file.onProgress?.(now)
        },
      }
    }
    return {
      upload: (file: UploadParams) => track(chat.files.upload(watched(file))),
      sendFile: <P>(
        dialogId: string,
        file: UploadParams,
        params?: SendParams<P> & { readonly type?: string },
      ) => track(chat.messages.sendFile(dialogId, watched(file), params) as Promise<ChatMessage<P>>),
    }
  }, [chat, track])
  return { ...task, progress, ...actions }
}
