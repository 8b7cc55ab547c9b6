import { randomBytes } from "node:crypto"
import type { Element } from "./Element.ts"

/** A stanza sent but not yet acknowledged by the client, with when it was sent (ms). */
export interface Unacked {
  readonly stanza: Element
  readonly sentAt: number
}

/**
 * XEP-0198 state of one session: counters both ways and the queue of unacknowledged outbound
 * stanzas. `inbound` counts stanzas received from the client since `<enable/>` (the `h` we report);
 * `outbound` counts stanzas sent to it, of which `acked` were confirmed by its `<a h/>`.
 */
export class StreamManagement {
  /** Resumption id (only when the client asked for `resume`). */
  readonly id: string | undefined
  inbound = 0
  outbound = 0
  acked = 0
  readonly queue: Unacked[] = []

  constructor(resumable: boolean) {
    this.id = resumable ? randomBytes(18).toString("base64url") : undefined
  }

  get resumable(): boolean {
    return this.id !== undefined
  }

  /** Records a stanza going out. */
  sent(stanza: Element, now: number): void {
    this.outbound += 1
    this.queue.push({ stanza, sentAt: now })
  }

  /**
   * Applies the client's `h` (stanzas it handled): drops that many from the queue. Returns false
   * when `h` is impossible (more than was sent, or going backwards); the state is then unchanged.
   */
  ack(h: number): boolean {
    if (!Number.isSafeInteger(h) || h < this.acked || h > this.outbound) return false
    this.queue.splice(0, h - this.acked)
    this.acked = h
    return true
  }

  /** Takes the unacknowledged stanzas for re-sending after a resume; the counters restart from `acked`. */
  takeForResend(): Unacked[] {
    const pending = this.queue.splice(0)
    this.outbound = this.acked
    return pending
  }
}
