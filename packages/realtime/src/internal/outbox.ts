// The outbound queue. Every send waits here until the connection is Ready, is written by one writer fiber
// in FIFO order, then waits for the server's XEP-0198 acknowledgement. A stanza the server never
// acknowledged on a session that could not be resumed goes back to the front of the queue and is written
// again on the next session; a stanza whose deadline passes fails with NotConnected (never written) or
// Timeout (written, not acknowledged). Nothing is dropped without a typed failure.
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import type { Element } from "../Stanza.ts"
import * as XmppError from "../XmppError.ts"
import { type Gate, makeGate } from "./gate.ts"

/** Writes one stanza; resolves true when stream management will acknowledge it. */
export type Write = (stanza: Element) => Promise<boolean>

export interface SendOptions {
  readonly timeoutMs: number
  /** Resolve when written instead of when acknowledged (chat states, markers). */
  readonly awaitAck: boolean
}

interface Item {
  readonly stanza: Element
  readonly awaitAck: boolean
  readonly done: Deferred.Deferred<void, XmppError.XmppError>
  status: "queued" | "written" | "settled"
}

export interface Outbox {
  readonly send: (stanza: Element, options: SendOptions) => Effect.Effect<void, XmppError.XmppError>
  /** The writer; runs forever, writing only while `ready` is open. */
  readonly run: Effect.Effect<never>
  readonly ack: (stanza: Element) => void
  /** The session that carried this stanza is gone: write it again on the next one. */
  readonly requeue: (stanza: Element) => void
  /** Fails everything queued or awaiting an acknowledgement (the connection closed for good). */
  readonly failAll: (detail: string) => void
}

export const makeOutbox = (write: Write, ready: Gate, onWriteError: () => void): Effect.Effect<Outbox> =>
  Effect.gen(function* () {
    const queue: Array<Item> = []
    const inFlight = new Map<Element, Item>()
    const wake = makeGate()
    let requeueAt = 0

    const settle = (item: Item, exit: Exit.Exit<void, XmppError.XmppError>): void => {
      if (item.status === "settled") return
      item.status = "settled"
      inFlight.delete(item.stanza)
      const index = queue.indexOf(item)
      if (index >= 0) queue.splice(index, 1)
      Deferred.doneUnsafe(item.done, exit)
    }

    const send = (stanza: Element, options: SendOptions) =>
      Effect.suspend(() => {
        const item: Item = {
          stanza,
          awaitAck: options.awaitAck,
          done: Deferred.makeUnsafe(),
          status: "queued",
        }
        queue.push(item)
        wake.openUnsafe()
        return Deferred.await(item.done).pipe(
          Effect.timeoutOrElse({
            duration: options.timeoutMs,
            orElse: () =>
              Effect.suspend(() => {
                const written = item.status === "written"
                const reason = written
                  ? new XmppError.Timeout({ operation: "ack", timeoutMs: options.timeoutMs })
                  : new XmppError.NotConnected({ detail: `no connection within ${options.timeoutMs} ms` })
                const error = XmppError.make(reason)
                settle(item, Exit.fail(error))
                return Effect.fail(error)
              }),
          }),
          Effect.onInterrupt(() => Effect.sync(() => settle(item, Exit.void))),
        )
      })

    const written = (item: Item, tracked: boolean): void => {
      requeueAt = 0
      if (item.status !== "queued") return
      const index = queue.indexOf(item)
      if (index >= 0) queue.splice(index, 1)
      if (tracked && item.awaitAck) {
        item.status = "written"
        inFlight.set(item.stanza, item)
      } else {
        settle(item, Exit.void)
      }
    }

    // Writes everything queued, in order, in one go (a burst costs one fiber step, not one per stanza). The
    // bookkeeping runs in the writes' own callbacks: an item is in flight before any reply can be read.
    const writeAll = (items: ReadonlyArray<Item>): Promise<unknown> => {
      let failed = false
      return Promise.all(
        items.map((item) =>
          write(item.stanza).then(
            (tracked) => written(item, tracked),
            () => {
              // The socket went away under us: leave the items in line and let the connection notice.
              if (failed) return
              failed = true
              onWriteError()
            },
          ),
        ),
      )
    }

    const run = Effect.gen(function* () {
      while (true) {
        yield* ready.await
        if (queue.length === 0) {
          wake.closeUnsafe()
          if (queue.length === 0) yield* wake.await
          continue
        }
        yield* Effect.promise(() => writeAll(queue.slice()))
        // Yield so a connection that just dropped can close `ready` before the next write.
        yield* Effect.yieldNow
      }
    }) as Effect.Effect<never>

    return {
      send,
      run,
      ack: (stanza) => {
        const item = inFlight.get(stanza)
        if (item !== undefined) settle(item, Exit.void)
      },
      requeue: (stanza) => {
        const item = inFlight.get(stanza)
        if (item === undefined) return
        inFlight.delete(stanza)
        item.status = "queued"
        queue.splice(requeueAt, 0, item)
        requeueAt += 1
        wake.openUnsafe()
      },
      failAll: (detail) => {
        const error = XmppError.make(new XmppError.NotConnected({ detail }))
        for (const item of [...queue, ...inFlight.values()]) settle(item, Exit.fail(error))
      },
    }
  })
