import type { WebSocket } from "ws"

interface Corkable {
  cork(): void
  uncork(): void
}

/**
 * Holds a WebSocket's writes back until the current turn's promise jobs are done, so that the
 * stanzas one group commit releases (deliveries, acks, errors) leave in one `writev` rather than
 * one system call each. Frames keep their order: they wait in the TCP socket's own buffer.
 */
export class TurnCork {
  private readonly socket: WebSocket
  private held = false

  constructor(socket: WebSocket) {
    this.socket = socket
  }

  /** Corks until the end of this turn's jobs (`process.nextTick` runs once they are drained). */
  hold(): void {
    if (this.held) return
    // ws keeps its TCP socket here (not public API: without it, writes simply go out one by one).
    const raw = (this.socket as unknown as { _socket?: Corkable | null })._socket
    if (raw === undefined || raw === null) return
    this.held = true
    raw.cork()
    process.nextTick(() => {
      this.held = false
      raw.uncork()
    })
  }
}
