import { Worker } from "node:worker_threads"
import type { CheckpointReport, CheckpointWorkerData } from "./walCheckpointWorker.ts"

/** When the checkpoint worker runs. */
export interface CheckpointPolicy {
  /** How often a PASSIVE checkpoint runs (it does nothing when the WAL holds nothing new). */
  readonly intervalMs: number
  /** WAL frames (pages) from which a RESTART checkpoint makes the next write start the WAL over. */
  readonly restartFrames: number
}

/** 16,384 frames of 4 KiB: the WAL stays around 64 MiB at most, plus one interval of writes. */
export const defaultCheckpointPolicy: CheckpointPolicy = { intervalMs: 100, restartFrames: 16_384 }

/** The worker script beside this file (`.ts` when run from source, `.js` once built). */
const workerScript = new URL(
  import.meta.url.endsWith(".ts") ? "./walCheckpointWorker.ts" : "./walCheckpointWorker.js",
  import.meta.url,
)

/**
 * Checkpoints a WAL database from a worker thread (see `walCheckpointWorker.ts`), so that the
 * event loop of the server, which turned automatic checkpoints off, never stalls copying pages
 * back. `onFailure` runs if the worker cannot start or dies: the caller then checkpoints itself.
 */
export class WalCheckpointer {
  private readonly worker: Worker
  private closing: Promise<void> | undefined
  private exited = false
  /** The latest checkpoint's report (frames in the WAL, frames copied back). */
  last: CheckpointReport | undefined
  /** Checkpoints run so far, by mode. */
  readonly counts = { PASSIVE: 0, RESTART: 0, TRUNCATE: 0 }
  /** Resolves once the worker ran its first checkpoint (it takes a moment to start). */
  readonly started: Promise<void>
  private markStarted: () => void = () => {}

  constructor(file: string, policy: CheckpointPolicy, onFailure: (error: unknown) => void) {
    this.started = new Promise((resolve) => {
      this.markStarted = resolve
    })
    const data: CheckpointWorkerData = { file, ...policy }
    this.worker = new Worker(workerScript, { workerData: data })
    this.worker.unref()
    this.worker.on("message", (message: CheckpointReport | { error: string } | "closed") => {
      if (typeof message === "object" && "mode" in message) {
        this.last = message
        this.counts[message.mode] += 1
        this.markStarted()
      }
    })
    this.worker.on("error", (error) => {
      if (this.closing === undefined) onFailure(error)
    })
    this.worker.on("exit", (code) => {
      this.exited = true
      if (this.closing === undefined) onFailure(new Error(`the checkpoint worker exited (${code})`))
    })
  }

  /** Stops checkpointing after a last TRUNCATE checkpoint (an empty WAL); resolves once the worker is gone. */
  close(): Promise<void> {
    this.closing ??= new Promise<void>((resolve) => {
      if (this.exited) return resolve()
      this.worker.once("exit", () => resolve())
      // Keep the process up until the last checkpoint is done (the worker is unref'd while it runs).
      this.worker.ref()
      this.worker.postMessage("close")
    })
    return this.closing
  }
}
