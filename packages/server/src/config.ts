/** One application: REST sessions are opened with its id and auth key; all data is kept per app. */
export interface AppConfig {
  readonly id: number
  readonly authKey: string
  /** Custom dialog fields (`extensions`) this app allows; at most 3 are honoured, values are strings. */
  readonly dialogExtensions: ReadonlyArray<string>
}

/** Everything a server instance needs to start; every field has a default in `resolveConfig`. */
export interface ServerConfig {
  readonly host: string
  readonly port: number
  /** Folder of the embedded database and blob files; `undefined` keeps everything in memory. */
  readonly dataDir: string | undefined
  readonly apps: ReadonlyArray<AppConfig>
  /** The XMPP domain used in JIDs (`endpoints.chat` of the SDKs); rooms live at `muc.{chatDomain}`. */
  readonly chatDomain: string
  /** Session tokens live this long after their last use. */
  readonly sessionTtlMs: number
  /** Largest accepted REST body. */
  readonly maxBodyBytes: number
  /** Largest accepted blob upload. */
  readonly maxBlobBytes: number
  /** Largest accepted XMPP frame (stanza) in bytes; larger ones end the stream with `policy-violation`. */
  readonly maxStanzaBytes: number
  /** How long a dropped XMPP session waits for a stream-management resume. */
  readonly resumeWindowMs: number
  /** Idle time after which the server pings a client; a missed pong closes the socket. */
  readonly pingIntervalMs: number
  /**
   * XMPP flood limit per connection: a burst of this many frames, refilled at `stanzasPerSecond`.
   * Beyond it frames wait (the client is slowed down by TCP backpressure), they are never refused.
   */
  readonly stanzaBurst: number
  readonly stanzasPerSecond: number
  /** Chat alerts (push events) are POSTed as JSON here when set; otherwise only logged. */
  readonly pushWebhookUrl: string | undefined
  /** Secret used to sign upload URLs; random per process unless given. */
  readonly signingSecret: string
  readonly logLevel: "silent" | "error" | "warn" | "info" | "debug"
  /** A folder of static files (a web app with an `index.html`) served at `/`; the API's paths keep priority. */
  readonly webDir: string | undefined
}

export const defaultApp: AppConfig = { id: 1, authKey: "cube-dev-auth-key", dialogExtensions: [] }

/** Fills every missing field of a partial configuration with its default. */
export const resolveConfig = (partial: Partial<ServerConfig> = {}): ServerConfig => ({
  host: "127.0.0.1",
  port: 8080,
  dataDir: undefined,
  apps: [defaultApp],
  chatDomain: "localhost",
  sessionTtlMs: 2 * 60 * 60 * 1000,
  maxBodyBytes: 1024 * 1024,
  maxBlobBytes: 50 * 1024 * 1024,
  maxStanzaBytes: 256 * 1024,
  resumeWindowMs: 60_000,
  pingIntervalMs: 60_000,
  // A client sending 1,000 messages at once (with the official SDK: a message and an `<r/>` each)
  // goes through unslowed; a sustained flood costs one connection's worth of 500 frames a second.
  stanzaBurst: 2_500,
  stanzasPerSecond: 500,
  pushWebhookUrl: undefined,
  signingSecret: crypto.randomUUID(),
  logLevel: "warn",
  webDir: undefined,
  ...partial,
})
