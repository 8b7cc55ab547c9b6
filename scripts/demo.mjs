// `npm run demo`: builds the example chat app (examples/chat-web, Vite), starts @cube/server with embedded
// storage serving it at `/` beside the API, seeds two demo users with a conversation (once per data folder),
// and prints the URL. Binds 127.0.0.1 only; Ctrl-C stops it. CUBE_PORT picks the port (default 8080; busy →
// a free one); CUBE_DEMO_DATA the data folder (default .data/demo).
import { spawn, spawnSync } from "node:child_process"
import { writeFileSync } from "node:fs"
import { createServer } from "node:net"
import { join } from "node:path"

const root = new URL("..", import.meta.url).pathname
const app = join(root, "examples/chat-web")
const web = join(app, "dist")
const wanted = Number(process.env.CUBE_PORT ?? 8080)
const dataDir = process.env.CUBE_DEMO_DATA ?? ".data/demo"
const appId = 1
const authKey = "cube-dev-auth-key"
const accounts = [
  { login: "alice", password: "cube-demo-1", full_name: "Alice Martin" },
  { login: "bob", password: "cube-demo-1", full_name: "Bob Stone" },
]

const fail = (message) => {
  console.error(`demo: ${message}`)
  process.exit(1)
}

// 1. The app, built from source (the workspace packages need no build of their own).
console.log("demo: building the chat app (vite build)…")
const vite = join(app, "node_modules/vite/bin/vite.js")
const built = spawnSync(process.execPath, [vite, "build", "--logLevel", "warn"], {
  cwd: app,
  stdio: "inherit",
})
if (built.status !== 0) fail(`the app did not build (vite exited with ${built.status ?? built.signal})`)
writeFileSync(
  join(web, "config.json"),
  `${JSON.stringify({ appId, authKey, chatDomain: "localhost", demoAccounts: accounts.map(({ login, password }) => ({ login, password })) }, null, 2)}\n`,
)

// 2. The server, serving the app.
const isFree = (port) =>
  new Promise((resolve) => {
    const probe = createServer()
    probe.once("error", () => resolve(false))
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)))
  })
const port = (await isFree(wanted)) ? wanted : 0
const args = [
  "--conditions=@cube/source",
  "packages/server/src/cli.ts",
  ...["--host", "127.0.0.1", "--port", String(port), "--data", dataDir, "--web", web],
  ...["--app-id", String(appId), "--auth-key", authKey, "--chat-domain", "localhost"],
]
const server = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "pipe", "inherit"] })
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal))
server.on("exit", (code) => process.exit(code ?? 0))

const url = await new Promise((resolve) => {
  let seen = ""
  server.stdout.on("data", (chunk) => {
    process.stdout.write(chunk)
    seen += chunk
    const match = /REST\s+(http:\/\/\S+)/.exec(seen)
    if (match) resolve(match[1])
  })
})

// 3. Two demo users and a conversation, the first time only (a second run finds them).
const call = async (method, path, { token, body, headers = {} } = {}) => {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      "content-type": "application/json",
      ...(token ? { "CB-Token": token } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, json: text ? JSON.parse(text) : undefined }
}
const session = async ({ login, password }) => {
  const opened = await call("POST", "/session.json", {
    body: { application_id: appId, auth_key: authKey, user: { login, password } },
  })
  if (opened.status !== 201) throw new Error(`log in as ${login}: HTTP ${opened.status}`)
  return opened.json.session
}
try {
  const created = []
  for (const account of accounts) {
    const signUp = await call("POST", "/users.json", {
      headers: { "CB-AuthKey": authKey },
      body: { user: account },
    })
    if (signUp.status === 201) created.push(account.login)
    else if (signUp.status !== 422) throw new Error(`sign up ${account.login}: HTTP ${signUp.status}`)
  }
  if (created.length === accounts.length) {
    const alice = await session(accounts[0])
    const bob = await session(accounts[1])
    const dialog = await call("POST", "/chat/Dialog.json", {
      token: alice.token,
      body: { type: 3, occupants_ids: String(bob.user_id) },
    })
    if (dialog.status !== 201) throw new Error(`create the demo dialog: HTTP ${dialog.status}`)
    const say = (who, message) =>
      call("POST", "/chat/Message.json", {
        token: who.token,
        body: { chat_dialog_id: dialog.json._id, message },
      })
    await say(alice, "Hi Bob! This is Cube: a chat server and SDK you run yourself.")
    await say(bob, "Nice. Try sending me a photo, a reaction, or edit a message.")
  }
} catch (error) {
  console.error(
    `demo: could not seed the demo users (${error.message}); the app still works, sign up instead`,
  )
}

console.log(`
  Cube Chat demo:   ${url}/
  Demo accounts:    ${accounts.map((a) => a.login).join(" / ")}   password ${accounts[0].password}
  (open two browser windows, one private, to chat between them)   Ctrl-C stops the server.
`)
