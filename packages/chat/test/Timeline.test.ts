import { assert, describe, it } from "@effect/vitest"
import * as Timeline from "../src/Timeline.ts"
import type { Cursor } from "../src/types.ts"
import { message } from "./support/message.ts"

const ids = (timeline: { messages: ReadonlyArray<{ id: string }> }) => timeline.messages.map((m) => m.id)
const at = (id: string, dateSent: number): Cursor => ({ id, dateSent })
const spans = (timeline: ReturnType<typeof Timeline.empty>) =>
  timeline.gaps.map((gap) => [gap.after.id, gap.before?.id ?? "now"])

describe("Timeline order and merge", () => {
  it("orders by date_sent, then id, whatever the arrival order", () => {
    const timeline = Timeline.upsert(Timeline.empty("d"), [
      message("b2", 20),
      message("a9", 10),
      message("a1", 20),
      message("c0", 5),
    ])
    assert.deepStrictEqual(ids(timeline), ["c0", "a9", "a1", "b2"])
  })

  it("merges copies by id: one message, the server's position wins, statuses only move forward", () => {
    const local = message("m1", 99, { confirmed: false, status: "pending" })
    let timeline = Timeline.upsert(Timeline.empty("d"), [message("m0", 100), local])
    assert.deepStrictEqual(ids(timeline), ["m1", "m0"])
    timeline = Timeline.upsert(timeline, [message("m1", 101, { status: "sent", deliveredIds: [2] })])
    assert.deepStrictEqual(ids(timeline), ["m0", "m1"])
    timeline = Timeline.upsert(timeline, [
      message("m1", 50, { confirmed: false, status: "pending", readIds: [3] }),
    ])
    const merged = timeline.messages[1]!
    assert.strictEqual(timeline.messages.length, 2)
    assert.strictEqual(merged.dateSent, 101)
    assert.strictEqual(merged.status, "sent")
    assert.deepStrictEqual([...merged.deliveredIds, ...merged.readIds], [2, 3])
  })

  it("a server copy beats a local failure; a later failure does not undo delivery", () => {
    const failed = message("m", 1, { status: "failed" })
    assert.strictEqual(Timeline.mergeMessage(failed, message("m", 1, { status: "sent" })).status, "sent")
    assert.strictEqual(
      Timeline.mergeMessage(message("m", 1, { status: "delivered" }), failed).status,
      "delivered",
    )
  })

  it("lastConfirmed skips local estimates", () => {
    const timeline = Timeline.upsert(Timeline.empty("d"), [
      message("a", 1),
      message("b", 2),
      message("c", 3, { confirmed: false }),
    ])
    assert.deepStrictEqual(Timeline.lastConfirmed(timeline), at("b", 2))
  })
})

describe("Timeline ranges and gaps", () => {
  it("a complete first page reaches the start of history", () => {
    const timeline = Timeline.applyRange(
      Timeline.empty("d"),
      { after: undefined, before: undefined },
      [message("b", 2), message("a", 1)],
      true,
    )
    assert.deepStrictEqual(ids(timeline), ["a", "b"])
    assert.isFalse(timeline.hasOlder)
    assert.isTrue(timeline.loaded)
    assert.deepStrictEqual(timeline.gaps, [])
  })

  it("a partial page keeps older history loadable, then loading older completes it", () => {
    let timeline = Timeline.applyRange(
      Timeline.empty("d"),
      { after: undefined, before: undefined },
      [message("d", 4), message("c", 3)],
      false,
    )
    assert.isTrue(timeline.hasOlder)
    timeline = Timeline.applyRange(
      timeline,
      { after: undefined, before: at("c", 3) },
      [message("b", 2), message("a", 1)],
      true,
    )
    assert.deepStrictEqual(ids(timeline), ["a", "b", "c", "d"])
    assert.isFalse(timeline.hasOlder)
    assert.deepStrictEqual(timeline.gaps, [])
  })

  it("a catch-up that completes closes the gap opened at the reconnect", () => {
    let timeline = Timeline.upsert(Timeline.empty("d"), [message("a", 1), message("b", 2)])
    timeline = Timeline.openGap(timeline, at("b", 2))
    // A live message arrives after the reconnect, before the catch-up finishes.
    timeline = Timeline.upsert(timeline, [message("z", 9)])
    assert.deepStrictEqual(spans(timeline), [["b", "now"]])
    timeline = Timeline.applyRange(
      timeline,
      { after: at("b", 2), before: undefined },
      [message("z", 9), message("c", 3)],
      true,
    )
    assert.deepStrictEqual(ids(timeline), ["a", "b", "c", "z"])
    assert.deepStrictEqual(timeline.gaps, [])
  })

  it("a catch-up that stops short leaves the unfetched span as a gap, which a later fill closes", () => {
    let timeline = Timeline.upsert(Timeline.empty("d"), [message("a", 1)])
    timeline = Timeline.openGap(timeline, at("a", 1))
    timeline = Timeline.applyRange(
      timeline,
      { after: at("a", 1), before: undefined },
      [message("y", 8), message("x", 7)],
      false,
    )
    assert.deepStrictEqual(spans(timeline), [["a", "x"]])
    const gap = timeline.gaps[0]!
    timeline = Timeline.applyRange(
      timeline,
      { after: gap.after, before: gap.before },
      [message("c", 3)],
      true,
    )
    assert.deepStrictEqual(ids(timeline), ["a", "c", "x", "y"])
    assert.deepStrictEqual(timeline.gaps, [])
  })

  it("filling the newest part of a gap narrows it from above", () => {
    let timeline = Timeline.upsert(Timeline.empty("d"), [message("a", 1), message("z", 20)])
    timeline = { ...timeline, gaps: [{ id: "g", after: at("a", 1), before: at("z", 20) }] }
    timeline = Timeline.applyRange(
      timeline,
      { after: at("a", 1), before: at("z", 20) },
      [message("m", 10)],
      false,
    )
    assert.deepStrictEqual(spans(timeline), [["a", "m"]])
  })

  it("a latest page that does not reach older loaded messages becomes a gap below it", () => {
    let timeline = Timeline.upsert(Timeline.empty("d"), [message("a", 1)])
    timeline = Timeline.applyRange(
      timeline,
      { after: undefined, before: undefined },
      [message("q", 9), message("p", 8)],
      false,
    )
    assert.deepStrictEqual(spans(timeline), [["a", "p"]])
  })

  it("overlapping gaps are one", () => {
    let timeline = Timeline.upsert(Timeline.empty("d"), [message("a", 1), message("b", 2)])
    timeline = Timeline.openGap(timeline, at("a", 1))
    timeline = Timeline.openGap(timeline, at("b", 2))
    assert.deepStrictEqual(spans(timeline), [["a", "now"]])
  })

  it("trim keeps the newest messages and says older ones exist", () => {
    const timeline = Timeline.trim(
      Timeline.applyRange(
        Timeline.empty("d"),
        { after: undefined, before: undefined },
        [message("b", 2), message("a", 1)],
        true,
      ),
      1,
    )
    assert.deepStrictEqual(ids(timeline), ["b"])
    assert.isTrue(timeline.hasOlder)
  })
})
