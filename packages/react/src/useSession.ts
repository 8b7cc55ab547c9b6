import type { ConnectParams, SignUp } from "@cube/chat"
import { useMemo } from "react"
import { useChatContext } from "./internal/context.ts"
import { useStore } from "./internal/useStore.ts"

/** The session and its actions. */
export interface SessionApi {
  /** The logged-in user's id (undefined when logged out). */
  readonly userId: number | undefined
  /** A log in, sign up or log out is under way. */
  readonly pending: boolean
  /** Why the last of them failed (a `ChatError`), until the next one starts. */
  readonly error: unknown
  /** Logs in and connects (a login or email with a password, or `{ token }`). */
  login(params: ConnectParams): Promise<void>
  /** Creates the user, then logs in as them. */
  signUp(user: SignUp): Promise<void>
  /** Disconnects and ends the session; the provider continues with a fresh client (no data of this user stays). */
  logout(): Promise<void>
}

/** Who is logged in, and log in / sign up / log out with progress and errors shared by every component. */
export const useSession = (): SessionApi => {
  const { chat, owner } = useChatContext()
  const userId = useStore(chat.stores.session, (session) => session.userId)
  const auth = useStore(owner.auth)
  const actions = useMemo(
    () => ({
      login: (params: ConnectParams) => owner.connect(params),
      signUp: async (user: SignUp) => {
        await owner.track((client) => client.users.signUp(user))
        const password = user.password ?? ""
        await owner.connect(
          user.login !== undefined ? { login: user.login, password } : { email: user.email ?? "", password },
        )
      },
      logout: () => owner.logout(),
    }),
    [owner],
  )
  return { userId, pending: auth.pending, error: auth.error, ...actions }
}
