// `npm run demo`: the server with embedded storage (and, once it exists, the example chat app it serves).
// Binds 127.0.0.1 only; Ctrl-C stops it. CUBE_PORT picks the port (default 8080; busy → a free one).
import { spawn } from "node:child_process"
import { createServer } from "node:net"

const root = new URL("..", import.meta.url).pathname
const wanted = Number(process.env.CUBE_PORT ?? 8080)

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
  "--host",
  "127.0.0.1",
  "--port",
  String(port),
  "--data",
  ".data/demo",
]
const server = spawn(process.execPath, args, { cwd: root, stdio: "inherit" })
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal))
server.on("exit", (code) => process.exit(code ?? 0))
