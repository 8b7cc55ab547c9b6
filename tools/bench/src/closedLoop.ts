import { type Rate, rateSince } from "./Rate.ts"

/** What a closed-loop run measured: its rate and every operation's latency (ms). */
export interface LoopResult {
  readonly rate: Rate
  readonly latenciesMs: number[]
}

/**
 * Runs `total` operations with `concurrency` workers, each starting its next operation as soon
 * as its previous one finished (closed loop: the offered load adapts to the server's pace, so
 * the rate is the maximum sustained throughput at that concurrency).
 */
export const closedLoop = async (
  concurrency: number,
  total: number,
  operation: (index: number) => Promise<void>,
): Promise<LoopResult> => {
  const latenciesMs: number[] = []
  let next = 0
  const worker = async () => {
    while (next < total) {
      const index = next++
      const started = performance.now()
      await operation(index)
      latenciesMs.push(performance.now() - started)
    }
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker))
  return { rate: rateSince(total, started), latenciesMs }
}
