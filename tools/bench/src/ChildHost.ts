import { type ChildProcess, fork } from "node:child_process"
import { fileURLToPath } from "node:url"

/** A request from the bench to a host process, answered by `HostReply` with the same id. */
export interface HostRequest {
  readonly id: number
  readonly command: string
  readonly payload: unknown
}

export type HostReply =
  | { readonly id: number; readonly ok: true; readonly result: unknown }
  | { readonly id: number; readonly ok: false; readonly error: string }

/** The first message a host sends once it listens. */
export interface HostReady {
  readonly ready: true
  readonly info: unknown
}

/** Every live host of this process, so that an exit for any reason still kills them. */
const live = new Set<ChildProcess>()
process.on("exit", () => {
  for (const child of live) child.kill("SIGKILL")
})

/** Kills every host still running (used on Ctrl-C and on the bench's overall deadline). */
export const killAllHosts = (): void => {
  for (const child of live) child.kill("SIGKILL")
}

/**
 * A server (our own, or the raw relay) in a child process, so that the load generator and the
 * server each get a core, driven over IPC: `call` runs a command inside it (e.g. the storage
 * engine's own benchmark beside the server's data). The child exits when its parent goes away.
 * `BENCH_PROFILE_DIR` adds `--cpu-prof` to every host (one .cpuprofile per host, written on stop).
 */
export class ChildHost<Info> {
  readonly info: Info
  private readonly child: ChildProcess
  private nextId = 1
  private readonly waiting = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >()
  private readonly exited: Promise<void>

  private constructor(child: ChildProcess, info: Info, exited: Promise<void>) {
    this.child = child
    this.info = info
    this.exited = exited
    child.on("message", (message: HostReply) => {
      const waiter = this.waiting.get(message.id)
      if (waiter === undefined) return
      this.waiting.delete(message.id)
      if (message.ok) waiter.resolve(message.result)
      else waiter.reject(new Error(message.error))
    })
  }

  /**
   * Forks `script` (a module URL) and resolves once it reports ready; rejects if it dies or takes too long.
   * `execArgv` adds Node flags (e.g. `--expose-gc` for memory measurements).
   */
  static async start<Info>(
    script: URL,
    args: ReadonlyArray<string> = [],
    timeoutMs = 30_000,
    execArgv: ReadonlyArray<string> = [],
  ): Promise<ChildHost<Info>> {
    const profileDir = process.env.BENCH_PROFILE_DIR
    const child = fork(fileURLToPath(script), [...args], {
      execArgv: [
        "--conditions=@cube/source",
        "--disable-warning=ExperimentalWarning",
        ...execArgv,
        ...(profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : []),
      ],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    })
    live.add(child)
    const exited = new Promise<void>((resolve) =>
      child.once("exit", () => {
        live.delete(child)
        resolve()
      }),
    )
    try {
      const info = await new Promise<Info>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`host ${script.pathname} not ready in ${timeoutMs} ms`)),
          timeoutMs,
        )
        child.once("message", (message: HostReady) => {
          clearTimeout(timer)
          resolve(message.info as Info)
        })
        child.once("exit", (code) => {
          clearTimeout(timer)
          reject(new Error(`host ${script.pathname} exited (${code}) before it was ready`))
        })
      })
      const host = new ChildHost(child, info, exited)
      child.once("exit", (code) => {
        for (const waiter of host.waiting.values()) waiter.reject(new Error(`host exited (${code})`))
        host.waiting.clear()
      })
      return host
    } catch (error) {
      child.kill("SIGKILL")
      throw error
    }
  }

  /** Runs `command` in the host; rejects with the host's error, on its exit, or after `timeoutMs`. */
  call<Result>(command: string, payload: unknown = {}, timeoutMs = 60_000): Promise<Result> {
    const id = this.nextId++
    return new Promise<Result>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id)
        reject(new Error(`host command ${command} took over ${timeoutMs} ms`))
      }, timeoutMs)
      this.waiting.set(id, {
        resolve: (value) => {
          clearTimeout(timer)
          resolve(value as Result)
        },
        reject: (error) => {
          clearTimeout(timer)
          reject(error)
        },
      })
      this.child.send({ id, command, payload } satisfies HostRequest)
    })
  }

  /** The host's process id. */
  get pid(): number {
    return this.child.pid ?? -1
  }

  /** Kills the host at once (SIGKILL: no cleanup, as a crash would) and resolves once it has exited. */
  async kill(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return
    this.child.kill("SIGKILL")
    await this.exited
  }

  /** Asks the host to stop cleanly (it closes its server and data); kills it if it has not exited in time. */
  async stop(timeoutMs = 10_000): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return
    await this.call("stop", {}, timeoutMs).catch(() => undefined)
    const timer = setTimeout(() => this.child.kill("SIGKILL"), timeoutMs)
    await this.exited
    clearTimeout(timer)
  }
}
