import { useMemo } from "react"
import { useChatContext } from "./internal/context.ts"
import { sameItems, useStore } from "./internal/useStore.ts"
import { ignore } from "./internal/useTask.ts"

/** Who is typing in a dialog, and the user's own indicator. */
export interface TypingApi {
  /** Other users typing now (an indicator clears itself when its author goes quiet or their message arrives). */
  readonly userIds: ReadonlyArray<number>
  /** Call on every keystroke: the others see "typing" (sent once, then paused after a quiet moment). */
  start(): void
  /** Call when the input is cleared or left. */
  stop(): void
}

const nobody: ReadonlyArray<number> = []

/** Typing indicators of a dialog. */
export const useTyping = (dialogId: string | undefined): TypingApi => {
  const { chat } = useChatContext()
  const userIds = useStore(
    chat.stores.typing,
    (state) => (dialogId === undefined ? nobody : (state[dialogId] ?? nobody)),
    sameItems,
  )
  const actions = useMemo(
    () => ({
      start: () => {
        if (dialogId !== undefined && chat.isConnected) chat.typing.start(dialogId).catch(ignore)
      },
      stop: () => {
        if (dialogId !== undefined && chat.isConnected) chat.typing.stop(dialogId).catch(ignore)
      },
    }),
    [chat, dialogId],
  )
  return { userIds, ...actions }
}
