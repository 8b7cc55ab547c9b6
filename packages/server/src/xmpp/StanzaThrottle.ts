/**
 * The per-connection flood limit as a token bucket that delays instead of refusing: a burst of
 * `burst` frames passes at once, then frames are let through at `perSecond`. A client above the
 * rate is slowed down (its queue fills, the socket stops being read, TCP pushes back on the
 * sender), never cut, and costs the server no more than the rate allows.
 */
export class StanzaThrottle {
  private readonly burst: number
  private readonly perSecond: number
  private tokens: number
  private refilledAt: number

  constructor(burst: number, perSecond: number, now: number) {
    this.burst = burst
    this.perSecond = perSecond
    this.tokens = burst
    this.refilledAt = now
  }

  /** Takes a token for the next frame; returns how many ms to wait before handling it (0: now). */
  take(now: number): number {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.refilledAt) / 1000) * this.perSecond)
    this.refilledAt = now
    this.tokens -= 1
    // Frames are handled one after the other, so the debt is never more than this one token.
    return this.tokens >= 0 ? 0 : (-this.tokens / this.perSecond) * 1000
  }
}
