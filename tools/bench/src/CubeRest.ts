import { Pool } from "undici"
import { benchApp } from "./benchApp.ts"

/** A signed-up user with a live REST session. */
export interface BenchUser {
  readonly userId: number
  readonly token: string
  readonly login: string
  readonly password: string
}

export interface JsonResponse {
  readonly status: number
  // biome-ignore lint/suspicious/noExplicitAny: wire JSON, checked by the caller
  readonly json: any
}

let users = 0

/**
 * REST over one undici keep-alive pool (HTTP/1.1, one request per connection at a time): setup
 * calls (sign-up, sessions, dialogs) and the load loops' requests share it.
 */
export class CubeRest {
  readonly pool: Pool

  constructor(url: string, connections: number) {
    this.pool = new Pool(url, { connections, pipelining: 1, keepAliveTimeout: 60_000 })
  }

  /** One JSON request; `token` is a session (CB-Token), `authKey` an app key (CB-AuthKey). */
  async request(
    method: "GET" | "POST" | "PUT" | "DELETE",
    path: string,
    options: { readonly token?: string; readonly authKey?: string; readonly body?: unknown } = {},
  ): Promise<JsonResponse> {
    const headers: Record<string, string> = {}
    if (options.token) headers["CB-Token"] = options.token
    if (options.authKey) headers["CB-AuthKey"] = options.authKey
    let body: string | undefined
    if (options.body !== undefined) {
      headers["content-type"] = "application/json"
      body = JSON.stringify(options.body)
    }
    const response = await this.pool.request({
      method,
      path,
      headers,
      ...(body === undefined ? {} : { body }),
    })
    const text = await response.body.text()
    return { status: response.statusCode, json: text.length > 0 ? JSON.parse(text) : undefined }
  }

  /** Signs a new user up and opens a session for them. */
  async signUp(): Promise<BenchUser> {
    users += 1
    const login = `bench-${process.pid}-${Date.now().toString(36)}-${users}`
    const password = "bench-password-1"
    const created = await this.request("POST", "/users.json", {
      authKey: benchApp.authKey,
      body: { user: { login, password, full_name: login } },
    })
    if (created.status !== 201) throw new Error(`sign-up: ${created.status} ${JSON.stringify(created.json)}`)
    const session = await this.request("POST", "/session.json", {
      body: { application_id: benchApp.id, auth_key: benchApp.authKey, user: { login, password } },
    })
    if (session.status !== 201) throw new Error(`session: ${session.status} ${JSON.stringify(session.json)}`)
    return { userId: created.json.user.id, token: session.json.session.token, login, password }
  }

  /** The private (1-1) dialog of `owner` and `peerId`, created if needed; returns its id. */
  async privateDialog(owner: BenchUser, peerId: number): Promise<string> {
    const dialog = await this.request("POST", "/chat/Dialog.json", {
      token: owner.token,
      body: { type: 3, occupants_ids: String(peerId) },
    })
    if (dialog.status !== 201 && dialog.status !== 200)
      throw new Error(`dialog: ${dialog.status} ${JSON.stringify(dialog.json)}`)
    return dialog.json._id
  }

  close(): Promise<void> {
    return this.pool.close()
  }
}
