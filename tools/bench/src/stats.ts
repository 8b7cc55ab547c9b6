/** The middle value of `values` (mean of the two middle ones for an even count); NaN when empty. */
export const median = (values: ReadonlyArray<number>): number => percentile(values, 50)

/**
 * The p-th percentile (0–100) by linear interpolation between closest ranks, as numpy's default:
 * p0 is the minimum, p100 the maximum. NaN when empty.
 */
export const percentile = (values: ReadonlyArray<number>, p: number): number => {
  if (values.length === 0) return Number.NaN
  if (p < 0 || p > 100) throw new RangeError(`percentile must be within 0..100, got ${p}`)
  const sorted = [...values].sort((a, b) => a - b)
  const rank = (p / 100) * (sorted.length - 1)
  const low = Math.floor(rank)
  const high = Math.ceil(rank)
  const lowValue = sorted[low]!
  return lowValue + (sorted[high]! - lowValue) * (rank - low)
}

/** A metric over repeated runs: its median and the spread (min, max) across runs. */
export interface Summary {
  readonly median: number
  readonly min: number
  readonly max: number
  readonly runs: ReadonlyArray<number>
}

/** Median, min and max of one metric's per-run values. */
export const summarize = (runs: ReadonlyArray<number>): Summary => ({
  median: median(runs),
  min: percentile(runs, 0),
  max: percentile(runs, 100),
  runs: [...runs],
})

/**
 * The per-run ratios `a[i] / b[i]`. Both sides of a ratio are measured side by side in the same
 * run, so each run's ratio cancels the machine's drift between runs; the report takes their median.
 */
export const perRunRatios = (a: ReadonlyArray<number>, b: ReadonlyArray<number>): number[] => {
  if (a.length !== b.length) throw new RangeError(`ratio of ${a.length} runs over ${b.length} runs`)
  return a.map((value, index) => value / b[index]!)
}
