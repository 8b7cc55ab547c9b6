import { raw } from "./http.ts"
import { testApp } from "./testServer.ts"

/** A signed-up user with a live REST session. */
export interface TestUser {
  readonly userId: number
  readonly token: string
  readonly login: string
  readonly password: string
}

let counter = 0

/** Signs a new user up (CB-AuthKey) and opens a session for them. */
export const createUser = async (
  server: { readonly url: string },
  options: {
    readonly login?: string
    readonly password?: string
    readonly tags?: ReadonlyArray<string>
  } = {},
): Promise<TestUser> => {
  counter += 1
  const login = options.login ?? `user-${process.pid}-${Date.now().toString(36)}-${counter}`
  const password = options.password ?? "password-123"
  const user: Record<string, unknown> = { login, password, full_name: login }
  if (options.tags) user.tag_list = options.tags.join(",")
  const signUp = await raw(server.url, "POST", "/users.json", { authKey: testApp.authKey, body: { user } })
  if (signUp.status !== 201) throw new Error(`sign-up failed: ${signUp.status} ${signUp.text}`)
  const session = await openSession(server, { login, password })
  return { userId: signUp.json.user.id, token: session, login, password }
}

/** A session token: for a user when credentials are given, else an application-only session. */
export const openSession = async (
  server: { readonly url: string },
  credentials?: { readonly login: string; readonly password: string },
): Promise<string> => {
  const body: Record<string, unknown> = { application_id: testApp.id, auth_key: testApp.authKey }
  if (credentials) body.user = credentials
  const response = await raw(server.url, "POST", "/session.json", { body })
  if (response.status !== 201) throw new Error(`session failed: ${response.status} ${response.text}`)
  return response.json.session.token
}
