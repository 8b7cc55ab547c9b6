import type { ChatDialog, ChatMessage } from "@cube/chat"
import type { MessagesResult } from "@cube/react"
import { Fragment, useEffect, useLayoutEffect, useRef, useState } from "react"
import { dayLabel, sameDay } from "../lib/format.ts"
import { Lightbox } from "./Lightbox.tsx"
import { MessageBubble } from "./MessageBubble.tsx"

/**
 * The history: older pages load when the top comes into view (the position is kept), new messages scroll
 * into view when the reader is at the bottom, gaps that could not be loaded can be retried.
 */
export const MessageList = ({
  dialog,
  timeline,
  typing,
  onEdit,
}: {
  readonly dialog: ChatDialog
  readonly timeline: MessagesResult<Readonly<Record<string, unknown>>>
  readonly typing: ReadonlyArray<number>
  readonly onEdit: (message: ChatMessage) => void
}) => {
  const scroller = useRef<HTMLDivElement>(null)
  const top = useRef<HTMLDivElement>(null)
  const atBottom = useRef(true)
  const anchor = useRef<{ firstId: string | undefined; height: number }>({ firstId: undefined, height: 0 })
  const [viewing, setViewing] = useState<string | undefined>(undefined)
  const { messages, hasOlder, loadOlder, loaded } = timeline

  // Keep the reader's place when older messages are put above; follow the bottom otherwise.
  useLayoutEffect(() => {
    const element = scroller.current
    if (element === null) return
    const firstId = messages[0]?.id
    if (anchor.current.firstId !== undefined && firstId !== anchor.current.firstId && !atBottom.current) {
      element.scrollTop += element.scrollHeight - anchor.current.height
    } else if (atBottom.current) {
      element.scrollTop = element.scrollHeight
    }
    anchor.current = { firstId, height: element.scrollHeight }
  }, [messages, typing.length])

  useEffect(() => {
    const sentinel = top.current
    if (sentinel === null || !hasOlder || !loaded) return
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) loadOlder().catch(() => undefined)
    })
    observer.observe(sentinel)
    return () => observer.disconnect()
  }, [hasOlder, loaded, loadOlder])

  return (
    <div
      className="message-list"
      ref={scroller}
      data-testid="message-list"
      onScroll={(event) => {
        const element = event.currentTarget
        atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < 40
      }}
    >
      <div ref={top} className="history-top">
        {timeline.loadingOlder && <span className="spinner" />}
        {!hasOlder && loaded && (
          <span className="history-start">
            {dialog.type === 3
              ? "This is the beginning of your conversation."
              : `${dialog.name} was created.`}
          </span>
        )}
        {hasOlder && loaded && !timeline.loadingOlder && (
          <button type="button" className="link" onClick={() => loadOlder().catch(() => undefined)}>
            Load earlier messages
          </button>
        )}
      </div>
      {!loaded && <div className="chat-loading">Loading messages…</div>}
      {messages.map((message, index) => {
        const previous = messages[index - 1]
        const newDay = previous === undefined || !sameDay(previous.dateSent, message.dateSent)
        const gap = timeline.gaps.find((g) => previous !== undefined && g.after.id === previous.id)
        const grouped =
          !newDay &&
          previous !== undefined &&
          previous.senderId === message.senderId &&
          message.dateSent - previous.dateSent < 300
        return (
          <Fragment key={message.id}>
            {gap !== undefined && (
              <div className="gap-row">
                Some messages could not be loaded.{" "}
                <button
                  type="button"
                  className="link"
                  onClick={() => timeline.fillGap(gap.id).catch(() => undefined)}
                >
                  Load them
                </button>
              </div>
            )}
            {newDay && <div className="day-separator">{dayLabel(message.dateSent)}</div>}
            <MessageBubble
              message={message}
              dialog={dialog}
              grouped={grouped}
              onEdit={() => onEdit(message)}
              onView={setViewing}
            />
          </Fragment>
        )
      })}
      {typing.length > 0 && (
        <div className="typing-bubble" data-testid="typing-indicator" role="status" aria-label="typing">
          <span />
          <span />
          <span />
        </div>
      )}
      {viewing !== undefined && <Lightbox src={viewing} onClose={() => setViewing(undefined)} />}
    </div>
  )
}
