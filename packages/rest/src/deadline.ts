// One signal for a call: the caller's `signal` and the `timeout`, whichever fires first. Written by
// hand rather than with AbortSignal.any/timeout so it runs wherever AbortController does (React
// Native included), tells a timeout from an abort, and clears its timer when the call settles.

/** A call's combined abort signal. */
export interface Deadline {
  /** The signal to hand to fetch (undefined when there is neither a caller signal nor a timeout). */
  readonly signal: AbortSignal | undefined
  /** True once the timeout (not the caller) aborted the call. */
  timedOut(): boolean
  /** Stops the timer and detaches from the caller's signal. */
  dispose(): void
}

const timeoutError = (ms: number): Error =>
  Object.assign(new Error(`The request timed out after ${ms} ms`), { name: "TimeoutError" })

/** Combines a caller's signal with a timeout in milliseconds (0 or undefined: no timeout). */
export const createDeadline = (signal: AbortSignal | undefined, timeout: number | undefined): Deadline => {
  if (timeout === undefined || !(timeout > 0)) return { signal, timedOut: () => false, dispose: () => {} }
  const controller = new AbortController()
  let expired = false
  const follow = () => controller.abort(signal?.reason)
  if (signal?.aborted) follow()
  else signal?.addEventListener("abort", follow, { once: true })
  const timer = setTimeout(() => {
    expired = true
    controller.abort(timeoutError(timeout))
  }, timeout)
  return {
    signal: controller.signal,
    timedOut: () => expired,
    dispose: () => {
      clearTimeout(timer)
      signal?.removeEventListener("abort", follow)
    },
  }
}
