import { readdirSync, readFileSync } from "node:fs"

/** A process's resident memory, open file descriptors and fd limit, read from `/proc` (Linux). */
export interface ProcStats {
  readonly rssBytes: number
  readonly openFds: number
  readonly fdLimit: number
}

/** The soft "Max open files" limit in a `/proc/<pid>/limits` text; NaN when absent or unlimited. */
export const parseFdLimit = (limits: string): number => {
  const line = limits.split("\n").find((row) => row.startsWith("Max open files"))
  const soft = line?.slice("Max open files".length).trim().split(/\s+/)[0]
  return soft === undefined || soft === "unlimited" ? Number.NaN : Number(soft)
}

/** The resident set size in bytes from a `/proc/<pid>/status` text (`VmRSS: <n> kB`); NaN when absent. */
export const parseVmRss = (status: string): number => {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)
  return match === null ? Number.NaN : Number(match[1]) * 1024
}

const orNaN = <A>(read: () => A, fallback: A): A => {
  try {
    return read()
  } catch {
    return fallback
  }
}

/**
 * Reads another process's stats from outside it: a server at its fd limit cannot open `/proc/self/*`
 * itself (even `process.memoryUsage()` fails with EMFILE there), its parent still can.
 */
export const procStats = (pid: number): ProcStats => ({
  rssBytes: orNaN(() => parseVmRss(readFileSync(`/proc/${pid}/status`, "utf8")), Number.NaN),
  openFds: orNaN(() => readdirSync(`/proc/${pid}/fd`).length, Number.NaN),
  fdLimit: orNaN(() => parseFdLimit(readFileSync(`/proc/${pid}/limits`, "utf8")), Number.NaN),
})
