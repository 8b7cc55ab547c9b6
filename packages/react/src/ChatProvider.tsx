// The provider: one chat client per provider (no module state), created on first render, connected once even
// under StrictMode's double mount, destroyed when the provider unmounts for good. Rendering it on a server
// creates a client that never connects (effects do not run there).
import type { Chat, ChatOptions, ConnectParams } from "@cube/chat"
import { type ReactNode, useEffect, useMemo, useState } from "react"
import { createOwner } from "./internal/ClientOwner.ts"
import { ChatContext } from "./internal/context.ts"
import { useStore } from "./internal/useStore.ts"

/** Props of `ChatProvider`: `options` (the provider creates and owns the client) or an existing `client`. */
export type ChatProviderProps<P = Readonly<Record<string, unknown>>, E = Readonly<Record<string, string>>> = {
  readonly children?: ReactNode
  /** Log in and connect on mount with these (a login and password, or `{ token }`); omit to use `useSession`. */
  readonly connect?: ConnectParams
} & (
  | {
      /** Read once: remount the provider (e.g. change its `key`) to use other options. */
      readonly options: ChatOptions<P, E>
      readonly client?: undefined
    }
  | {
      /** A client created by the app; the provider never destroys it. */
      readonly client: Chat<P, E>
      readonly options?: undefined
    }
)

/** Provides a chat client to the hooks below it. */
export const ChatProvider = <P, E>(props: ChatProviderProps<P, E>): ReactNode => {
  const [owner] = useState(() =>
    createOwner(
      props.client !== undefined
        ? { client: props.client as Chat<unknown, unknown> }
        : { options: props.options as ChatOptions<unknown, unknown> },
    ),
  )
  const current = useStore(owner)
  useEffect(() => owner.retain(), [owner])
  const connectKey = props.connect === undefined ? undefined : JSON.stringify(props.connect)
  // biome-ignore lint/correctness/useExhaustiveDependencies: the parameters count by value (connectKey); a new client connects again.
  useEffect(() => {
    if (props.connect !== undefined) owner.connect(props.connect).catch(() => undefined)
  }, [owner, connectKey, current])
  const value = useMemo(() => ({ owner, chat: current.chat, caches: current.caches }), [owner, current])
  return <ChatContext value={value}>{props.children}</ChatContext>
}
