/**
 * Child process: holds many light XMPP sessions (`lightLogin`) to one server. A process cannot hold
 * 20,000 sockets plus its other fds under a 20,000 fd limit, so the scale suite spreads its sessions
 * over several of these.
 */
import type { WebSocket } from "ws"
import { procStats } from "../procStats.ts"
import { lightLogin } from "../scale/lightLogin.ts"
import { serveHost } from "./serveHost.ts"

/** What the parent learns when a holder is ready. */
export interface SessionHolderInfo {
  readonly pid: number
  readonly fdLimit: number
}

/** What one `open` batch did. */
export interface OpenOutcome {
  readonly opened: number
  readonly failed: number
  /** A few distinct failure reasons (the first ones seen). */
  readonly errors: ReadonlyArray<string>
  readonly seconds: number
}

export interface OpenRequest {
  readonly wsUrl: string
  readonly domain: string
  readonly appId: number
  readonly users: ReadonlyArray<{ readonly userId: number; readonly token: string }>
  /** Logins in flight at once. */
  readonly concurrency: number
  readonly timeoutMs: number
  /** Stop the batch after this many failures (e.g. the server ran out of fds): bounded time. */
  readonly stopAfterFailures: number
}

const sockets = new Set<WebSocket>()

serveHost(
  { pid: process.pid, fdLimit: procStats(process.pid).fdLimit } satisfies SessionHolderInfo,
  {
    open: async (request: OpenRequest): Promise<OpenOutcome> => {
      const started = performance.now()
      let next = 0
      let opened = 0
      let failed = 0
      const errors = new Set<string>()
      const worker = async () => {
        while (next < request.users.length && failed < request.stopAfterFailures) {
          const user = request.users[next++]!
          try {
            const socket = await lightLogin(
              request.wsUrl,
              { domain: request.domain, userId: user.userId, appId: request.appId, secret: user.token },
              request.timeoutMs,
            )
            sockets.add(socket)
            socket.on("close", () => sockets.delete(socket))
            opened += 1
          } catch (error) {
            failed += 1
            if (errors.size < 5) errors.add(error instanceof Error ? error.message : String(error))
          }
        }
      }
      await Promise.all(Array.from({ length: Math.min(request.concurrency, request.users.length) }, worker))
      return { opened, failed, errors: [...errors], seconds: (performance.now() - started) / 1000 }
    },
    /** Sessions whose socket is still open. */
    held: async () => sockets.size,
    /** Cuts every socket; resolves with how many there were. */
    closeAll: async () => {
      const count = sockets.size
      for (const socket of sockets) socket.terminate()
      sockets.clear()
      return count
    },
  },
  async () => {
    for (const socket of sockets) socket.terminate()
  },
)
