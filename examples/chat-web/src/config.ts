// Where the app finds its server: by default the page's own origin (REST at `/`, the chat at `/ws`), as when
// `cube-server --web` serves it. `config.json` beside index.html can override any field without a rebuild.
import type { ChatOptions } from "@cube/chat"

/** The app's configuration file. */
export interface AppConfig {
  readonly appId: number
  readonly authKey: string
  readonly chatDomain: string
  /** REST base URL; default the page's origin. */
  readonly api?: string
  /** Chat WebSocket URL; default `ws(s)://<host>/ws`. */
  readonly chatUrl?: string
  /** Accounts to suggest on the login screen (the demo's). */
  readonly demoAccounts?: ReadonlyArray<{ readonly login: string; readonly password: string }>
}

const defaults: AppConfig = { appId: 1, authKey: "cube-dev-auth-key", chatDomain: "localhost" }

/** Reads `config.json` (optional) over the defaults. */
export const loadConfig = async (): Promise<AppConfig> => {
  try {
    const response = await fetch(new URL("config.json", document.baseURI), { cache: "no-cache" })
    if (!response.ok) return defaults
    return { ...defaults, ...((await response.json()) as Partial<AppConfig>) }
  } catch {
    return defaults
  }
}

/** The chat client's options for a configuration. */
export const chatOptions = (config: AppConfig): ChatOptions => {
  const origin = window.location.origin
  const socket = `${window.location.protocol === "https:" ? "wss" : "ws"}://${window.location.host}/ws`
  return {
    appId: config.appId,
    authKey: config.authKey,
    endpoints: { api: config.api ?? origin, chat: config.chatDomain, chatUrl: config.chatUrl ?? socket },
  }
}
