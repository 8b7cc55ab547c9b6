#!/usr/bin/env node
import { parseArgs } from "node:util"
import { startServer } from "./CubeServer.ts"
import { type AppConfig, defaultApp, type ServerConfig } from "./config.ts"
import { parseApps } from "./parseApps.ts"

const usage = `cube-server — a ConnectyCube-compatible chat server (REST + XMPP over WebSocket)

Options (each also from the environment variable in brackets):
  --host <ip>          address to bind [CUBE_HOST]            default 127.0.0.1
  --port <n>           port, 0 picks a free one [CUBE_PORT]    default 8080
  --data <dir>         data directory (SQLite + blobs) [CUBE_DATA]   default ./.data
  --memory             keep everything in memory (nothing is written)
  --app-id <n>         application id [CUBE_APP_ID]           default ${defaultApp.id}
  --auth-key <key>     application auth key [CUBE_AUTH_KEY]   default ${defaultApp.authKey}
  --chat-domain <d>    XMPP domain used in JIDs [CUBE_CHAT_DOMAIN]   default localhost
  --dialog-extensions <a,b,c>  allowed custom dialog fields [CUBE_DIALOG_EXTENSIONS]
  --app <id>:<key>[:a,b]  one application with its allowed dialog fields; repeat for several
                       (replaces --app-id/--auth-key) [CUBE_APPS, entries separated by ;]
  --web <dir>          also serve this folder (a web app with index.html) at / [CUBE_WEB]
  --push-webhook <url> POST chat alerts (push events) as JSON here [CUBE_PUSH_WEBHOOK]
  --log <level>        silent|error|warn|info|debug [CUBE_LOG]   default warn
  --help`

const { values } = parseArgs({
  options: {
    host: { type: "string" },
    port: { type: "string" },
    data: { type: "string" },
    memory: { type: "boolean" },
    "app-id": { type: "string" },
    "auth-key": { type: "string" },
    "chat-domain": { type: "string" },
    "dialog-extensions": { type: "string" },
    app: { type: "string", multiple: true },
    "push-webhook": { type: "string" },
    web: { type: "string" },
    log: { type: "string" },
    help: { type: "boolean" },
  },
})
if (values.help) {
  console.log(usage)
  process.exit(0)
}

const env = process.env
const port = Number(values.port ?? env.CUBE_PORT ?? 8080)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`cube-server: invalid port '${values.port ?? env.CUBE_PORT}'\n\n${usage}`)
  process.exit(2)
}
/** The apps: every `--app` (or `CUBE_APPS`), else one from `--app-id`/`--auth-key`/`--dialog-extensions`. */
const configuredApps = (): AppConfig[] => {
  const entries = values.app ?? env.CUBE_APPS?.split(";").filter(Boolean)
  if (entries !== undefined && entries.length > 0) return parseApps(entries)
  const extensions = (values["dialog-extensions"] ?? env.CUBE_DIALOG_EXTENSIONS ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean)
  return parseApps([
    `${values["app-id"] ?? env.CUBE_APP_ID ?? defaultApp.id}:${values["auth-key"] ?? env.CUBE_AUTH_KEY ?? defaultApp.authKey}:${extensions.join(",")}`,
  ])
}

let apps: AppConfig[]
try {
  apps = configuredApps()
} catch (error) {
  console.error(`cube-server: ${(error as Error).message}\n\n${usage}`)
  process.exit(2)
}

const server = await startServer({
  host: values.host ?? env.CUBE_HOST ?? "127.0.0.1",
  port,
  dataDir: values.memory ? undefined : (values.data ?? env.CUBE_DATA ?? ".data"),
  apps,
  chatDomain: values["chat-domain"] ?? env.CUBE_CHAT_DOMAIN ?? "localhost",
  pushWebhookUrl: values["push-webhook"] ?? env.CUBE_PUSH_WEBHOOK,
  logLevel: (values.log ?? env.CUBE_LOG ?? "warn") as ServerConfig["logLevel"],
  webDir: values.web ?? env.CUBE_WEB,
})

const appLines = server.config.apps.map(
  (app) =>
    `  app        id ${app.id}, auth key ${app.authKey}${app.dialogExtensions.length > 0 ? `, dialog extensions ${app.dialogExtensions.join(", ")}` : ""}`,
)
console.log(`cube-server listening
  REST       ${server.url}
  XMPP (ws)  ${server.wsUrl}
  chat domain ${server.config.chatDomain}
  data       ${server.config.dataDir ?? "(in memory)"}${server.config.webDir === undefined ? "" : `\n  web        ${server.url}/ (from ${server.config.webDir})`}
${appLines.join("\n")}`)

let stopping = false
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    console.log(`cube-server: ${signal}, shutting down`)
    server.close().then(
      () => process.exit(0),
      (error) => {
        console.error(error)
        process.exit(1)
      },
    )
  })
}
