import type { ChatEvents } from "@cube/chat"
import { useEffect, useRef } from "react"
import { useChatContext } from "./internal/context.ts"

/**
 * Calls `listener` for every `event` of the client (`message`, `message:read`, `dialog`, `system`, …) while the
 * component is mounted. The latest `listener` is called, so it may be an inline function.
 */
export const useChatEvent = <K extends keyof ChatEvents>(
  event: K,
  listener: (payload: ChatEvents[K]) => void,
): void => {
  const { chat } = useChatContext()
  const latest = useRef(listener)
  useEffect(() => {
    latest.current = listener
  })
  useEffect(() => chat.on(event, (payload) => latest.current(payload as ChatEvents[K])), [chat, event])
}
