import { InboundBackpressure, type ReadFlow } from "./InboundBackpressure.ts"
import type { StanzaThrottle } from "./StanzaThrottle.ts"

/** What is left of a started frame (a delivery, an error, an ack), run in frame order. */
export type Finish = () => Promise<void>

/** The connection side of a pipeline. */
export interface FrameSink {
  /** Handles a frame whole, or starts it and returns the rest (see `FramePipeline`). */
  handle(text: string): Promise<Finish | undefined>
  /** The stream is over: frames still waiting are skipped. */
  ended(): boolean
  /** Something threw that should not have (a bug): the connection ends its stream. */
  crashed(error: unknown): void
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * The order of one connection's frames. Frames are started one after the other; a frame either
 * runs whole, or (a content message, a stream-management `<r/>`) is only started, e.g. checked and
 * queued for the next group commit, and returns a `Finish` that runs after every earlier finish:
 * deliveries, errors and acks leave in frame order, after the commit their data is in. A frame that
 * runs whole first waits for every finish ahead of it (`ahead()`), so it sees the stream as if frames
 * ran one by one. A fast sender is slowed down, not cut: frames beyond the flood limit wait
 * (StanzaThrottle), and while many are in flight the socket is not read (InboundBackpressure).
 */
export class FramePipeline {
  private readonly sink: FrameSink
  private readonly throttle: StanzaThrottle
  private readonly inbound: InboundBackpressure
  /** Frames started, in order. */
  private started: Promise<void> = Promise.resolve()
  /** What started frames still have to do, in order. */
  private finishing: Promise<void> = Promise.resolve()

  constructor(sink: FrameSink, flow: ReadFlow, throttle: StanzaThrottle) {
    this.sink = sink
    this.throttle = throttle
    this.inbound = new InboundBackpressure(flow)
  }

  /** Queues a frame of `bytes`; false when too many wait already (the caller ends the stream). */
  push(text: string, bytes: number): boolean {
    if (!this.inbound.add(bytes)) return false
    this.started = this.started.then(async () => {
      let finish: Finish | undefined
      try {
        if (this.sink.ended()) return
        const wait = this.throttle.take(Date.now())
        if (wait > 0) {
          await delay(wait)
          // The stream may have ended meanwhile.
          if (this.sink.ended()) return
        }
        finish = await this.sink.handle(text)
      } catch (error) {
        this.sink.crashed(error)
      } finally {
        if (finish === undefined) this.inbound.done(bytes)
        else {
          const started = finish
          this.finishing = this.finishing.then(() => this.finish(started, bytes))
        }
      }
    })
    return true
  }

  /** Resolves once every frame started so far has finished: a frame that runs whole waits for this first. */
  ahead(): Promise<void> {
    return this.finishing
  }

  /** Resolves once every frame queued so far is done, started and finished. */
  idle(): Promise<void> {
    return this.started.then(() => this.finishing)
  }

  /** Reads the socket again whatever is queued (the stream is ending: what still comes is only read to close). */
  release(): void {
    this.inbound.release()
  }

  private async finish(finish: Finish, bytes: number): Promise<void> {
    try {
      await finish()
    } catch (error) {
      this.sink.crashed(error)
    } finally {
      this.inbound.done(bytes)
    }
  }
}
