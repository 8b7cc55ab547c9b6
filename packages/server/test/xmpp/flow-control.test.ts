import { describe, expect, test } from "vitest"
import { InboundBackpressure, inboundLimits } from "../../src/xmpp/InboundBackpressure.ts"
import { StanzaThrottle } from "../../src/xmpp/StanzaThrottle.ts"

describe("StanzaThrottle: the flood limit delays, it never refuses", () => {
  test("a burst passes at once, then frames are spaced at the rate", () => {
    const throttle = new StanzaThrottle(3, 10, 0)
    expect([throttle.take(0), throttle.take(0), throttle.take(0)]).toEqual([0, 0, 0])
    expect(throttle.take(0)).toBe(100)
    // The frame waited its 100 ms; the next one waits another 100 ms.
    expect(throttle.take(100)).toBe(100)
    expect(throttle.take(200)).toBe(100)
  })

  test("idle time refills the burst, up to its size", () => {
    const throttle = new StanzaThrottle(2, 10, 0)
    throttle.take(0)
    throttle.take(0)
    expect(throttle.take(60_000)).toBe(0)
    expect(throttle.take(60_000)).toBe(0)
    expect(throttle.take(60_000)).toBe(100)
  })
})

describe("InboundBackpressure: reads pause while many frames wait", () => {
  const recorder = () => {
    const calls: string[] = []
    return { calls, flow: { pause: () => calls.push("pause"), resume: () => calls.push("resume") } }
  }

  test("pauses at the high-water mark and resumes only at the low one", () => {
    const { calls, flow } = recorder()
    const queue = new InboundBackpressure(flow)
    for (let n = 0; n < inboundLimits.highFrames - 1; n++) expect(queue.add(100)).toBe(true)
    expect(calls).toEqual([])
    expect(queue.add(100)).toBe(true)
    expect(calls).toEqual(["pause"])
    // Frames a paused socket had already read are still taken.
    for (let n = 0; n < 500; n++) expect(queue.add(100)).toBe(true)
    const waiting = inboundLimits.highFrames + 500
    for (let n = waiting; n > inboundLimits.lowFrames + 1; n--) queue.done(100)
    expect(calls).toEqual(["pause"])
    queue.done(100)
    expect(calls).toEqual(["pause", "resume"])
  })

  test("large frames pause it by their bytes", () => {
    const { calls, flow } = recorder()
    const queue = new InboundBackpressure(flow)
    queue.add(inboundLimits.highBytes)
    expect(calls).toEqual(["pause"])
    queue.done(inboundLimits.highBytes)
    expect(calls).toEqual(["pause", "resume"])
  })

  test("refuses past the hard cap (only a client packing thousands of tiny frames into one read gets there)", () => {
    const { flow } = recorder()
    const queue = new InboundBackpressure(flow)
    for (let n = 0; n < inboundLimits.maxFrames; n++) expect(queue.add(10)).toBe(true)
    expect(queue.add(10)).toBe(false)
    queue.done(10)
    expect(queue.add(10)).toBe(true)
    expect(new InboundBackpressure(flow).add(inboundLimits.maxBytes + 1)).toBe(false)
  })

  test("release resumes a paused socket once, for the stream's closing frames", () => {
    const { calls, flow } = recorder()
    const queue = new InboundBackpressure(flow)
    queue.release()
    for (let n = 0; n < inboundLimits.highFrames; n++) queue.add(1)
    queue.release()
    queue.release()
    expect(calls).toEqual(["pause", "resume"])
  })
})
