/** The session counts a ramp stops at to measure: every `step` up to `target`, the target last. */
export const rampSteps = (target: number, step: number): number[] => {
  if (!(target > 0 && step > 0))
    throw new RangeError(`ramp needs a positive target and step, got ${target}, ${step}`)
  const steps: number[] = []
  for (let at = step; at < target; at += step) steps.push(at)
  steps.push(target)
  return steps
}

/** `items` cut into `parts` contiguous slices whose sizes differ by at most one (empty slices dropped). */
export const splitEvenly = <A>(items: ReadonlyArray<A>, parts: number): A[][] => {
  const slices: A[][] = []
  let start = 0
  for (let part = 0; part < parts; part++) {
    const size = Math.floor(items.length / parts) + (part < items.length % parts ? 1 : 0)
    if (size > 0) slices.push(items.slice(start, start + size))
    start += size
  }
  return slices
}

/** Bytes per session between two measurements: (memory at `to` − memory at `from`) / sessions added. */
export const bytesPerSession = (
  from: { readonly bytes: number; readonly sessions: number },
  to: { readonly bytes: number; readonly sessions: number },
): number => {
  const sessions = to.sessions - from.sessions
  return sessions > 0 ? (to.bytes - from.bytes) / sessions : Number.NaN
}
