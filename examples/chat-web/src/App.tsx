import { useChat, useSession } from "@cube/react"
import { useEffect, useState, useSyncExternalStore } from "react"
import { AuthScreen } from "./components/AuthScreen.tsx"
import { Messenger } from "./components/Messenger.tsx"
import type { AppConfig } from "./config.ts"
import { savedToken, saveToken } from "./lib/session.ts"

/** Logged out: the log in / sign up screen; logged in: the messenger. A saved session logs back in on reload. */
export const App = ({ config }: { readonly config: AppConfig }) => {
  const session = useSession()
  const chat = useChat()
  const [restoring, setRestoring] = useState(() => savedToken() !== undefined)
  // Once, on start (StrictMode's second run joins the same login).
  useEffect(() => {
    const token = savedToken()
    if (token === undefined) return
    session
      .login({ token })
      .catch(() => saveToken(undefined))
      .finally(() => setRestoring(false))
  }, [])
  const token = useSyncExternalStore(
    chat.stores.session.subscribe,
    () => chat.stores.session.getSnapshot().token,
  )
  useEffect(() => {
    if (session.userId !== undefined && token !== undefined) saveToken(token)
  }, [session.userId, token])

  if (restoring && session.userId === undefined)
    return (
      <div className="splash" aria-busy="true">
        <div className="logo-mark" />
      </div>
    )
  if (session.userId === undefined) return <AuthScreen config={config} />
  return (
    <Messenger
      onLogout={() => {
        saveToken(undefined)
        session.logout().catch(() => undefined)
      }}
    />
  )
}
