// @vitest-environment node
// Server rendering: the package imports and renders without a DOM, every hook returns its initial state,
// and nothing connects (no socket, no request: effects do not run on a server).
import { renderToString } from "react-dom/server"
import { describe, expect, it } from "vitest"
import {
  ChatProvider,
  useBlockList,
  useChat,
  useChatEvent,
  useConnectionState,
  useDialog,
  useDialogs,
  useLastActivity,
  useMarkAsRead,
  useMessageActions,
  useMessages,
  usePrivacyLists,
  useReactions,
  useSearch,
  useSendMessage,
  useSession,
  useTyping,
  useUnreadCount,
  useUpload,
  useUser,
  useUsers,
} from "../src/index.ts"

const Everything = () => {
  const chat = useChat()
  const connection = useConnectionState()
  const session = useSession()
  const list = useDialogs()
  const dialog = useDialog("d1")
  const timeline = useMessages("d1")
  useSendMessage("d1")
  useMessageActions("d1")
  useMarkAsRead("d1")
  const typing = useTyping("d1")
  const unread = useUnreadCount()
  const activity = useLastActivity(7)
  const blocked = useBlockList()
  const lists = usePrivacyLists()
  const reactions = useReactions("d1", "m1")
  const search = useSearch("hello")
  const upload = useUpload()
  const user = useUser(7)
  const users = useUsers([7, 8])
  useChatEvent("message", () => undefined)
  return (
    <pre>
      {JSON.stringify({
        connected: chat.isConnected,
        status: connection.status,
        userId: session.userId ?? null,
        dialogs: list.dialogs.length,
        dialog: dialog ?? null,
        messages: timeline.messages.length,
        typing: typing.userIds.length,
        unread,
        online: activity.online ?? null,
        blocked: blocked.userIds.length,
        lists: lists.names ?? null,
        reactions: reactions.own.length,
        results: search.results ?? null,
        progress: upload.progress ?? null,
        user: user ?? null,
        users: users.length,
      })}
    </pre>
  )
}

describe("server rendering", () => {
  it("runs without a DOM", () => {
    expect(typeof document).toBe("undefined")
    expect(typeof window).toBe("undefined")
  })

  it("renders every hook's initial state and connects nothing", () => {
    const opened: string[] = []
    class NoSocket {
      constructor(url: string) {
        opened.push(url)
        throw new Error("no socket on a server render")
      }
    }
    const requests: string[] = []
    const html = renderToString(
      <ChatProvider
        options={{
          appId: 1,
          authKey: "key",
          endpoints: { api: "http://127.0.0.1:9", chat: "localhost" },
          webSocket: NoSocket as never,
          fetch: async (input: Request) => {
            requests.push(input.url)
            throw new Error("no request on a server render")
          },
        }}
        connect={{ login: "alice", password: "secret" }}
      >
        <Everything />
      </ChatProvider>,
    )
    const state = JSON.parse(html.replace(/^<pre>|<\/pre>$/g, "").replace(/&quot;/g, '"'))
    expect(state).toEqual({
      connected: false,
      status: "idle",
      userId: null,
      dialogs: 0,
      dialog: null,
      messages: 0,
      typing: 0,
      unread: 0,
      online: null,
      blocked: 0,
      lists: null,
      reactions: 0,
      results: null,
      progress: null,
      user: null,
      users: 0,
    })
    expect(opened).toEqual([])
    expect(requests).toEqual([])
  })
})
