import { execFileSync } from "node:child_process"
import { cpus, freemem, loadavg, release, totalmem } from "node:os"

/** The machine a report was measured on. */
export interface MachineInfo {
  readonly cpuModel: string
  readonly cores: number
  readonly node: string
  readonly os: string
  readonly memoryGiB: number
  readonly freeMemoryGiB: number
  /** 1, 5 and 15 minute load averages when the bench started (other work on the shared cores). */
  readonly loadAverage: ReadonlyArray<number>
  readonly gitCommit: string | undefined
}

const gib = (bytes: number) => Math.round((bytes / 1024 ** 3) * 10) / 10

const gitCommit = (): string | undefined => {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim()
  } catch {
    return undefined
  }
}

/** CPU model, cores, Node version, memory and current load of this machine. */
export const machineInfo = (): MachineInfo => {
  const cpu = cpus()
  return {
    cpuModel: cpu[0]?.model.trim() ?? "unknown",
    cores: cpu.length,
    node: process.version,
    os: `${process.platform} ${release()} ${process.arch}`,
    memoryGiB: gib(totalmem()),
    freeMemoryGiB: gib(freemem()),
    loadAverage: loadavg().map((value) => Math.round(value * 100) / 100),
    gitCommit: gitCommit(),
  }
}
