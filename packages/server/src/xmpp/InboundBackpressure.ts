/** Pausing and resuming the reads of one socket. */
export interface ReadFlow {
  pause(): void
  resume(): void
}

/** Frames (or bytes) waiting at which the socket stops being read, and the level at which it is read again. */
export const inboundLimits = {
  highFrames: 64,
  lowFrames: 16,
  highBytes: 1024 * 1024,
  lowBytes: 256 * 1024,
  /**
   * Last resort against abuse. Once paused, at most what the socket had already delivered (one
   * read, up to 64 KiB) still arrives, so a client only gets this far by packing thousands of tiny
   * frames into one read.
   */
  maxFrames: 10_000,
  maxBytes: 16 * 1024 * 1024,
} as const

/**
 * Backpressure for one connection's inbound frames: frames wait in order to be handled, and while
 * too many wait the socket is not read, so a fast sender is slowed down by TCP rather than cut off
 * or allowed to fill the server's memory.
 */
export class InboundBackpressure {
  private readonly flow: ReadFlow
  private frames = 0
  private bytes = 0
  private paused = false

  constructor(flow: ReadFlow) {
    this.flow = flow
  }

  /** Counts a frame in; false when past the hard cap (the caller ends the stream). */
  add(bytes: number): boolean {
    if (this.frames >= inboundLimits.maxFrames || this.bytes + bytes > inboundLimits.maxBytes) return false
    this.frames += 1
    this.bytes += bytes
    if (!this.paused && (this.frames >= inboundLimits.highFrames || this.bytes >= inboundLimits.highBytes)) {
      this.paused = true
      this.flow.pause()
    }
    return true
  }

  /** Counts a handled frame out; reads resume once the queue is low again. */
  done(bytes: number): void {
    this.frames -= 1
    this.bytes -= bytes
    if (this.paused && this.frames <= inboundLimits.lowFrames && this.bytes <= inboundLimits.lowBytes) {
      this.paused = false
      this.flow.resume()
    }
  }

  /** Reads again whatever is queued (the stream is ending: what is still sent is only read to close). */
  release(): void {
    if (!this.paused) return
    this.paused = false
    this.flow.resume()
  }
}
