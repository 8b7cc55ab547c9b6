import type { HostReady, HostReply, HostRequest } from "../ChildHost.ts"

// biome-ignore lint/suspicious/noExplicitAny: payloads cross the IPC boundary as plain JSON
export type HostHandler = (payload: any) => Promise<unknown>

/**
 * The child side of `ChildHost`: reports `info` as ready, answers commands with `handlers`, and on
 * `stop` (or when the parent goes away) runs `cleanup` and exits, so no host outlives the bench.
 */
export const serveHost = (
  info: unknown,
  handlers: Readonly<Record<string, HostHandler>>,
  cleanup: () => Promise<void>,
): void => {
  let stopping: Promise<void> | undefined
  const stop = () => {
    stopping ??= cleanup()
      .catch((error: unknown) => console.error("host cleanup failed:", error))
      .finally(() => {
        // Give the IPC reply a moment to leave, then go.
        setTimeout(() => process.exit(0), 20)
      })
    return stopping
  }
  const reply = (message: HostReply) => {
    if (process.connected) process.send?.(message)
  }
  process.on("message", async (request: HostRequest) => {
    if (request.command === "stop") {
      await stop()
      reply({ id: request.id, ok: true, result: null })
      return
    }
    const handler = handlers[request.command]
    if (handler === undefined) {
      reply({ id: request.id, ok: false, error: `unknown host command ${request.command}` })
      return
    }
    try {
      reply({ id: request.id, ok: true, result: await handler(request.payload) })
    } catch (error) {
      reply({
        id: request.id,
        ok: false,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      })
    }
  })
  process.on("disconnect", () => void stop())
  process.on("SIGTERM", () => void stop())
  process.send?.({ ready: true, info } satisfies HostReady)
}
