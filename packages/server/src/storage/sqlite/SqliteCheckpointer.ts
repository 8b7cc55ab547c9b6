import { Worker } from "node:worker_threads"

/**
 * The worker: its own connection to the database, running passive checkpoints (which never block
 * the writer) soon after the WAL grows, and backing off to a slow poll when it does not. Plain
 * CommonJS evaluated in the worker, so it runs the same from `src/` and from a build.
 */
const workerSource = `
const { parentPort, workerData } = require("node:worker_threads")
const { DatabaseSync } = require("node:sqlite")
const db = new DatabaseSync(workerData.path)
db.exec("PRAGMA busy_timeout = 0")
const checkpoint = db.prepare("PRAGMA wal_checkpoint(PASSIVE)")
let last = ""
let delay = workerData.minDelayMs
let timer
const tick = () => {
  const { log, checkpointed } = checkpoint.get()
  const seen = log + ":" + checkpointed
  delay = seen === last ? Math.min(workerData.maxDelayMs, delay * 2) : workerData.minDelayMs
  last = seen
  timer = setTimeout(tick, delay)
}
parentPort.on("message", () => {
  clearTimeout(timer)
  db.close()
  process.exit(0)
})
timer = setTimeout(tick, delay)
`

/**
 * Runs the WAL checkpoints of a database file on a worker thread. node:sqlite is synchronous, so a
 * checkpoint on the main connection (copying the WAL's pages into the database and syncing both)
 * stalls every request and stanza for several milliseconds, every ~60 messages with SQLite's
 * default of 1,000 pages. Here that work runs beside the event loop; the main connection keeps an
 * automatic checkpoint only as a backstop, far above the default (see SqliteDatabase).
 */
export class SqliteCheckpointer {
  private readonly worker: Worker
  private readonly exited: Promise<void>
  private stopped = false

  private constructor(worker: Worker) {
    this.worker = worker
    this.exited = new Promise((resolve) => worker.once("exit", () => resolve()))
  }

  /** Starts checkpointing `path`; `onFailure` runs if the worker dies (the caller restores its own checkpoints). */
  static start(path: string, onFailure: (error: unknown) => void): SqliteCheckpointer {
    const worker = new Worker(workerSource, {
      eval: true,
      workerData: { path, minDelayMs: 5, maxDelayMs: 250 },
    })
    const checkpointer = new SqliteCheckpointer(worker)
    worker.on("error", (error) => {
      if (!checkpointer.stopped) onFailure(error)
    })
    // Never keeps the process alive on its own.
    worker.unref()
    return checkpointer
  }

  /** Stops the worker; resolves once it has closed its connection and exited. */
  stop(): Promise<void> {
    if (!this.stopped) {
      this.stopped = true
      this.worker.postMessage("stop")
    }
    return this.exited
  }
}
