/**
 * Worker thread of `WalCheckpointer`: its own `node:sqlite` connection to the database checkpoints
 * the WAL, so the server's event loop never copies pages or waits for fsync. Every `intervalMs` a
 * PASSIVE checkpoint copies what the WAL holds back into the database without blocking the
 * server's writes (the WAL starts over at the first write after a checkpoint that copied all of it).
 * Should the WAL still hold `restartFrames` frames (writes that never pause let no checkpoint catch
 * up), a RESTART checkpoint makes the next write start it over: this bounds the WAL, at the price of
 * a short wait for the writer. On "close", a TRUNCATE checkpoint leaves an empty WAL behind.
 */
import { DatabaseSync } from "node:sqlite"
import { parentPort, workerData } from "node:worker_threads"

/** What the worker is started with. */
export interface CheckpointWorkerData {
  readonly file: string
  readonly intervalMs: number
  readonly restartFrames: number
}

/** What it reports after each checkpoint: frames in the WAL and frames copied back. */
export interface CheckpointReport {
  readonly mode: "PASSIVE" | "RESTART" | "TRUNCATE"
  readonly log: number
  readonly checkpointed: number
  readonly busy: number
}

/** PASSIVE runs per tick at most, catching up. */
const maxRuns = 8

if (parentPort !== null) {
  const port = parentPort
  const { file, intervalMs, restartFrames } = workerData as CheckpointWorkerData
  const db = new DatabaseSync(file)
  db.exec("PRAGMA busy_timeout = 5000; PRAGMA wal_autocheckpoint = 0")
  const checkpoint = (mode: CheckpointReport["mode"]): CheckpointReport => {
    const result = db.prepare(`PRAGMA wal_checkpoint(${mode})`).get() as Omit<CheckpointReport, "mode">
    const report = { mode, log: result.log, checkpointed: result.checkpointed, busy: result.busy }
    port.postMessage(report)
    return report
  }
  /**
   * PASSIVE until a run finds the WAL as the previous one left it: each run copies only what was
   * committed during the one before, so this usually catches up between two commits, and then the
   * server's next write starts the WAL over by itself, without waiting for anything.
   */
  const catchUp = (): CheckpointReport => {
    let report = checkpoint("PASSIVE")
    for (let run = 1; run < maxRuns; run++) {
      const next = checkpoint("PASSIVE")
      const caughtUp = next.log === report.log && next.checkpointed === next.log
      report = next
      if (caughtUp) break
    }
    return report
  }
  const timer = setInterval(() => {
    try {
      if (catchUp().log >= restartFrames) checkpoint("RESTART")
    } catch (error) {
      // Busy or I/O trouble: the next tick tries again; the server keeps its data either way.
      port.postMessage({ error: String(error) })
    }
  }, intervalMs)
  port.on("message", (message: unknown) => {
    if (message !== "close") return
    clearInterval(timer)
    try {
      checkpoint("TRUNCATE")
    } catch (error) {
      port.postMessage({ error: String(error) })
    }
    db.close()
    port.postMessage("closed")
    port.close()
  })
}
