import { assert, describe, it } from "@effect/vitest"
import * as Timeline from "../src/Timeline.ts"
import * as TimelineStore from "../src/TimelineStore.ts"
import type { ChatMessage } from "../src/types.ts"
import { message } from "./support/message.ts"

const ids = (store: TimelineStore.TimelineStore) => store.getSnapshot().messages.map((item) => item.id)

// A store that counts its notifications.
const watched = () => {
  const store = TimelineStore.make("d")
  let notified = 0
  store.subscribe(() => {
    notified += 1
  })
  return { store, notified: () => notified }
}

// Deterministic pseudo-random numbers (a test must give the same result every run).
const random = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
  return seed / 2_147_483_648
}

describe("TimelineStore order", () => {
  it("orders same-second messages by id, whatever the arrival order", () => {
    const store = TimelineStore.make("d")
    store.upsert([message("b2", 20)])
    store.upsert([message("a9", 10)])
    store.upsert([message("a1", 20)])
    store.upsert([message("c0", 5)])
    store.upsert([message("a5", 20)])
    assert.deepStrictEqual(ids(store), ["c0", "a9", "a1", "a5", "b2"])
  })

  it("puts out-of-order messages where server order says, one by one or in a big batch", () => {
    const next = random(7)
    const all = Array.from({ length: 400 }, (_, index) =>
      message(`m${String(Math.floor(next() * 1e6)).padStart(7, "0")}${index}`, Math.floor(next() * 30)),
    )
    const expected = [...all].sort(Timeline.compare).map((item) => item.id)
    const oneByOne = TimelineStore.make("d")
    for (const item of all) oneByOne.upsert([item])
    assert.deepStrictEqual(ids(oneByOne), expected)
    const batched = TimelineStore.make("d")
    batched.upsert(all.slice(0, 150))
    batched.upsert(all.slice(150))
    assert.deepStrictEqual(ids(batched), expected)
  })

  it("keeps one copy per id: duplicates merge (also within one batch), a confirmed position moves it", () => {
    const store = TimelineStore.make("d")
    store.upsert([message("x", 100, { confirmed: false, status: "pending" }), message("y", 101)])
    store.upsert([message("x", 102, { status: "sent", deliveredIds: [2] })])
    assert.deepStrictEqual(ids(store), ["y", "x"])
    assert.strictEqual(store.get("x")?.status, "sent")
    const batch = Array.from({ length: 20 }, (_, index) =>
      message(`z${index % 5}`, 200, { readIds: [index] }),
    )
    store.upsert(batch)
    assert.deepStrictEqual(ids(store), ["y", "x", "z0", "z1", "z2", "z3", "z4"])
    assert.deepStrictEqual(store.get("z0")?.readIds, [0, 5, 10, 15])
    assert.strictEqual(store.size, 7)
  })

  it("matches the pure timeline functions over random inserts, merges, edits and removals", () => {
    const next = random(42)
    const store = TimelineStore.make("d")
    let reference = Timeline.empty<unknown>("d")
    for (let step = 0; step < 600; step++) {
      const id = `i${Math.floor(next() * 80)}`
      const roll = next()
      if (roll < 0.6) {
        const copy = message(id, Math.floor(next() * 20), { confirmed: next() < 0.7, readIds: [step % 3] })
        store.upsert([copy])
        reference = Timeline.upsert(reference, [copy])
      } else if (roll < 0.8) {
        const f = (item: ChatMessage<unknown>) => ({ ...item, body: `edit ${step}`, dateSent: step % 25 })
        store.updateMessage(id, f)
        reference = Timeline.updateMessage(reference, id, f)
      } else if (roll < 0.9) {
        store.remove([id])
        reference = Timeline.remove(reference, [id])
      } else {
        store.trim(60)
        reference = Timeline.trim(reference, 60)
      }
      if (step % 50 === 0) assert.deepStrictEqual(store.getSnapshot().messages, reference.messages)
    }
    assert.deepStrictEqual(store.getSnapshot(), reference)
  })
})

describe("TimelineStore snapshots", () => {
  it("are built when read after a change, and keep their identity until the content changes", () => {
    const { store, notified } = watched()
    const empty = store.getSnapshot()
    assert.strictEqual(store.getSnapshot(), empty)
    store.upsert([message("a", 1), message("b", 2)])
    const first = store.getSnapshot()
    assert.notStrictEqual(first, empty)
    assert.strictEqual(store.getSnapshot(), first)
    // The same copy again, a copy equal in content, an update that changes nothing: no change at all.
    store.upsert([first.messages[0]!])
    store.upsert([message("a", 1)])
    store.updateMessage("b", (item) => item)
    store.updateEach((item) => item)
    store.remove(["missing"])
    store.trim(10)
    assert.strictEqual(store.getSnapshot(), first)
    assert.strictEqual(notified(), 1)
    // A real change: a new snapshot; unchanged messages keep their identity.
    store.updateMessage("b", (item) => ({ ...item, body: "edited" }))
    const second = store.getSnapshot()
    assert.notStrictEqual(second, first)
    assert.strictEqual(second.messages[0], first.messages[0])
    assert.strictEqual(second.messages[1]?.body, "edited")
    assert.strictEqual(notified(), 2)
    // Snapshots already handed out never change.
    assert.deepStrictEqual(
      first.messages.map((item) => item.body),
      ["a", "b"],
    )
  })

  it("a batch notifies once; a whole timeline set is the snapshot itself", () => {
    const { store, notified } = watched()
    store.batch(() => {
      for (let index = 0; index < 50; index++) store.upsert([message(`m${index}`, index)])
      store.trim(20)
    })
    assert.strictEqual(notified(), 1)
    assert.strictEqual(store.size, 20)
    assert.strictEqual(store.getSnapshot().hasOlder, true)
    const replaced = Timeline.upsert({ ...Timeline.empty<unknown>("d"), loaded: true }, [message("n", 1)])
    store.set(replaced)
    assert.strictEqual(store.getSnapshot(), replaced)
    assert.strictEqual(store.get("m49"), undefined)
    assert.strictEqual(store.get("n")?.id, "n")
    assert.strictEqual(notified(), 2)
    store.update((timeline) => Timeline.openGap(timeline, Timeline.cursorOf(message("n", 1))))
    assert.strictEqual(store.getSnapshot().gaps.length, 1)
    assert.strictEqual(notified(), 3)
  })

  it("trims the oldest in place across many appends and keeps the newest", () => {
    const store = TimelineStore.make("d")
    for (let index = 0; index < 3000; index++) {
      store.upsert([message(`m${String(index).padStart(5, "0")}`, index)])
      store.trim(100)
    }
    const messages = store.getSnapshot().messages
    assert.strictEqual(messages.length, 100)
    assert.strictEqual(messages[0]?.id, "m02900")
    assert.strictEqual(messages[99]?.id, "m02999")
    assert.strictEqual(store.get("m02899"), undefined)
    assert.deepStrictEqual(store.lastConfirmed(), { dateSent: 2999, id: "m02999" })
    assert.strictEqual(store.last()?.id, "m02999")
    // A late message older than everything kept still finds its place.
    store.upsert([message("late", 5)])
    assert.strictEqual(store.getSnapshot().messages[0]?.id, "late")
  })
})

describe("Timeline (pure) without changes", () => {
  it("upsert and mergeMessage return what they were given when a copy changes nothing", () => {
    const timeline = Timeline.upsert(Timeline.empty<unknown>("d"), [message("a", 1), message("b", 2)])
    assert.strictEqual(Timeline.upsert(timeline, [message("a", 1)]), timeline)
    const existing = timeline.messages[0]!
    assert.strictEqual(Timeline.mergeMessage(existing, message("a", 1)), existing)
    assert.notStrictEqual(Timeline.mergeMessage(existing, message("a", 1, { body: "new" })), existing)
    assert.strictEqual(
      Timeline.updateMessage(timeline, "a", (item) => item),
      timeline,
    )
  })
})
