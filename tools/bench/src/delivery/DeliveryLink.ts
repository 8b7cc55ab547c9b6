import { setTimeout as sleep } from "node:timers/promises"

/** A sender and a receiver connected through something (relay, our server, SDK clients). */
export interface DeliveryLink {
  readonly name: string
  /** Sends one message carrying `sentAt` from the sender to the receiver. */
  send(sentAt: number): void
  /** Set by the driver: called with the `sentAt` of each message the receiver got. */
  onDelivered: (sentAt: number) => void
  /** Set when the link broke (socket closed, stream error): the driver fails fast. */
  readonly failure: string | undefined
  close(): Promise<void>
}

/** What a fixed-rate run measured. */
export interface FixedRateResult {
  readonly latenciesMs: number[]
  /** The send rate really achieved (the timer may lag on a busy core). */
  readonly sendRate: number
}

/** Resolves once `done()` holds; rejects after `timeoutMs` or when the link fails. */
const waitFor = async (link: DeliveryLink, done: () => boolean, timeoutMs: number, what: () => string) => {
  const until = performance.now() + timeoutMs
  while (!done()) {
    if (link.failure !== undefined) throw new Error(`${link.name}: ${link.failure} (${what()})`)
    if (performance.now() > until)
      throw new Error(`${link.name}: timed out after ${timeoutMs} ms (${what()})`)
    await sleep(2)
  }
}

/**
 * Open loop: sends `count` messages at `rate` per second (a 1 ms timer sends whatever is due) and
 * records each one's latency, sender to receiver, in the same process's clock.
 */
export const fixedRate = async (
  link: DeliveryLink,
  { count, rate, timeoutMs = 20_000 }: { count: number; rate: number; timeoutMs?: number },
): Promise<FixedRateResult> => {
  const latenciesMs: number[] = []
  link.onDelivered = (sentAt) => latenciesMs.push(performance.now() - sentAt)
  const started = performance.now()
  let sent = 0
  while (sent < count) {
    if (link.failure !== undefined) throw new Error(`${link.name}: ${link.failure} (sent ${sent})`)
    const due = Math.min(count, Math.floor(((performance.now() - started) * rate) / 1000) + 1)
    while (sent < due) {
      link.send(performance.now())
      sent += 1
    }
    await sleep(1)
  }
  const sendRate = count / ((performance.now() - started) / 1000)
  await waitFor(
    link,
    () => latenciesMs.length >= count,
    timeoutMs,
    () => `${latenciesMs.length}/${count} delivered`,
  )
  return { latenciesMs, sendRate }
}

/**
 * Closed loop: keeps `window` messages in flight (each delivery sends the next) for `count`
 * messages, and returns messages delivered per second: the maximum sustained throughput.
 */
export const windowed = async (
  link: DeliveryLink,
  { count, window, timeoutMs = 30_000 }: { count: number; window: number; timeoutMs?: number },
): Promise<number> => {
  let sent = 0
  let delivered = 0
  link.onDelivered = () => {
    delivered += 1
    if (sent < count) {
      sent += 1
      link.send(performance.now())
    }
  }
  const started = performance.now()
  while (sent < Math.min(window, count)) {
    sent += 1
    link.send(performance.now())
  }
  await waitFor(
    link,
    () => delivered >= count,
    timeoutMs,
    () => `${delivered}/${count} delivered`,
  )
  return count / ((performance.now() - started) / 1000)
}
