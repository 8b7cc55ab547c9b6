import { setTimeout as sleep } from "node:timers/promises"

/** Wall-clock milliseconds with sub-ms precision, comparable across processes (`timeOrigin + now()`). */
export const epochNow = (): number => performance.timeOrigin + performance.now()

/** One connection change a client reported, stamped with `epochNow()`. */
export interface ConnectionEvent {
  readonly at: number
  /** `connected`, `reconnecting`, `disconnected`… (@cube/chat's statuses; `reconnected` for the official SDK). */
  readonly status: string
  readonly resumed?: boolean
  /** A `reconnecting` state that waits for the policy's delay (`delayMs` set), rather than an attempt. */
  readonly waiting?: boolean
  /** Why it went down, when the client says. */
  readonly detail?: string
}

/** The connection events of one client, in order, and waits on them. */
export class ConnectionLog {
  readonly name: string
  readonly events: ConnectionEvent[] = []

  constructor(name: string) {
    this.name = name
  }

  /** Appends an event stamped now. */
  record(event: Omit<ConnectionEvent, "at">): void {
    this.events.push({ at: epochNow(), ...event })
  }

  /** The first event at or after `since` that `match` accepts. */
  firstAfter(since: number, match: (event: ConnectionEvent) => boolean): ConnectionEvent | undefined {
    return this.events.find((event) => event.at >= since && match(event))
  }

  /** The last event before `before` at or after `since` that `match` accepts. */
  lastBefore(
    since: number,
    before: number,
    match: (event: ConnectionEvent) => boolean,
  ): ConnectionEvent | undefined {
    return this.events.findLast((event) => event.at >= since && event.at <= before && match(event))
  }

  /** Resolves with the first matching event at or after `since`; rejects after `timeoutMs`. */
  async waitFor(
    since: number,
    match: (event: ConnectionEvent) => boolean,
    timeoutMs: number,
    what: string,
  ): Promise<ConnectionEvent> {
    const until = performance.now() + timeoutMs
    for (;;) {
      const found = this.firstAfter(since, match)
      if (found !== undefined) return found
      if (performance.now() > until)
        throw new Error(
          `${this.name}: no ${what} within ${timeoutMs} ms; saw ${this.events
            .filter((event) => event.at >= since)
            .map(
              (event) =>
                `${(event.at - since).toFixed(0)} ms ${event.status}${event.detail ? ` (${event.detail})` : ""}`,
            )
            .join(", ")}`,
        )
      await sleep(1)
    }
  }
}
