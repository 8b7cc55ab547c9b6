import { assert, describe, it } from "@effect/vitest"
import * as History from "../src/History.ts"
import { react } from "../src/Inbox.ts"

const base = { chat_dialog_id: "d", sort_desc: "date_sent", mark_as_read: 0 } as const

describe("History.queries", () => {
  it("the latest page is one unfiltered query", () => {
    assert.deepStrictEqual(History.queries("d", { after: undefined, before: undefined }), [base])
  })

  it("older than a message: the rest of its second, then every earlier second", () => {
    assert.deepStrictEqual(History.queries("d", { after: undefined, before: { dateSent: 100, id: "b" } }), [
      { ...base, date_sent: 100, _id: { lt: "b" } },
      { ...base, date_sent: { lt: 100 } },
    ])
  })

  it("between two messages: the upper second, the seconds between, the lower second", () => {
    assert.deepStrictEqual(
      History.queries("d", { after: { dateSent: 90, id: "a" }, before: { dateSent: 100, id: "b" } }),
      [
        { ...base, date_sent: 100, _id: { lt: "b" } },
        { ...base, date_sent: { lt: 100, gt: 90 } },
        { ...base, date_sent: 90, _id: { gt: "a" } },
      ],
    )
  })

  it("neighbouring seconds have nothing in between; one second is one query", () => {
    assert.deepStrictEqual(
      History.queries("d", { after: { dateSent: 99, id: "a" }, before: { dateSent: 100, id: "b" } }),
      [
        { ...base, date_sent: 100, _id: { lt: "b" } },
        { ...base, date_sent: 99, _id: { gt: "a" } },
      ],
    )
    assert.deepStrictEqual(
      History.queries("d", { after: { dateSent: 100, id: "a" }, before: { dateSent: 100, id: "c" } }),
      [{ ...base, date_sent: 100, _id: { lt: "c", gt: "a" } }],
    )
  })

  it("newer than a message (catch-up): every later second, then the rest of its second", () => {
    assert.deepStrictEqual(History.queries("d", { after: { dateSent: 90, id: "a" }, before: undefined }), [
      { ...base, date_sent: { gt: 90 } },
      { ...base, date_sent: 90, _id: { gt: "a" } },
    ])
  })
})

describe("reactions", () => {
  it("others' changes count; the user's own are idempotent", () => {
    let reactions = react({ total: {}, own: [] }, false, "🔥", undefined)
    reactions = react(reactions, true, "👍", undefined)
    assert.deepStrictEqual(reactions, { total: { "🔥": 1, "👍": 1 }, own: ["👍"] })
    // The server's echo of an own change already applied changes nothing.
    assert.deepStrictEqual(react(reactions, true, "👍", undefined), reactions)
    reactions = react(reactions, true, "👎", "👍")
    assert.deepStrictEqual(reactions, { total: { "🔥": 1, "👎": 1 }, own: ["👎"] })
    assert.deepStrictEqual(react(reactions, false, undefined, "🔥"), { total: { "👎": 1 }, own: ["👎"] })
  })
})
