/** Operations per second of one timed loop. */
export interface Rate {
  readonly count: number
  readonly seconds: number
  readonly perSecond: number
}

/** The rate of `count` operations done since `started` (a `performance.now()` value). */
export const rateSince = (count: number, started: number): Rate => {
  const seconds = (performance.now() - started) / 1000
  return { count, seconds, perSecond: count / seconds }
}
