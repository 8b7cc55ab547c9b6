// The session token survives a reload in localStorage, so a reload logs back in without the password.
const key = "cube-chat-web:session"

/** The saved session token, if any. */
export const savedToken = (): string | undefined => localStorage.getItem(key) ?? undefined

/** Saves (or, with undefined, forgets) the session token. */
export const saveToken = (token: string | undefined): void => {
  if (token === undefined) localStorage.removeItem(key)
  else localStorage.setItem(key, token)
}
