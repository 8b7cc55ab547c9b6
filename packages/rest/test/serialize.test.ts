// The wire encodings of protocol.md §2.1, one rule per test.
import { describe, expect, it } from "vitest"
import {
  joinIds,
  parseUploadTicket,
  serializeBracketQuery,
  serializeForm,
  serializeParams,
  serializeQuery,
} from "../src/index.ts"
import { serializePath } from "../src/serialize.ts"

describe("serializeParams", () => {
  it("sorts keys and writes nested objects as key[op]=value", () => {
    expect(serializeQuery({ type: { in: "2,3" }, limit: 10, name: { ctn: "Te" }, skip: 0 })).toBe(
      "limit=10&name[ctn]=Te&skip=0&type[in]=2%2C3",
    )
  })

  it("comma-joins arrays at every level (top-level ones too: chat_dialog_ids)", () => {
    expect(serializeQuery({ type: { in: [2, 3] }, chat_dialog_ids: ["a", "b"] })).toBe(
      "chat_dialog_ids=a%2Cb&type[in]=2%2C3",
    )
  })

  it("repeats key[]= for arrays in the users/v2 form, keeping the caller's order", () => {
    expect(serializeBracketQuery({ limit: 5, id: { in: [1001, 2] }, login: { nin: ["b", "a"] } })).toBe(
      "id[in][]=1001&id[in][]=2&limit=5&login[nin][]=b&login[nin][]=a",
    )
  })

  it("percent-encodes values and key names but keeps brackets literal", () => {
    expect(serializeQuery({ extensions: { "my key": { ctn: "Sun bar&co" } } })).toBe(
      "extensions[my%20key][ctn]=Sun%20bar%26co",
    )
  })

  it("writes dates as ISO strings and skips undefined, null and empty lists", () => {
    expect(
      serializeQuery({
        start_date: new Date(Date.UTC(2026, 10, 22, 2, 13, 14, 384)),
        a: undefined,
        b: null,
        c: [],
        d: { e: undefined },
      }),
    ).toBe("start_date=2026-11-22T02%3A13%3A14.384Z")
  })

  it("keeps booleans as words in queries (count=true) and as 1/0 in DELETE forms (force=1)", () => {
    expect(serializeQuery({ count: true })).toBe("count=true")
    expect(serializeForm({ force: true })).toBe("force=1")
    expect(serializeForm({ force: false })).toBe("force=0")
    expect(serializeForm({ force: 1 })).toBe("force=1")
  })

  it("writes DELETE criteria with brackets like the query (data by criteria)", () => {
    expect(serializeForm({ age: { gt: 28 }, force: 1 })).toBe("age[gt]=28&force=1")
  })

  it("returns an empty string for nothing", () => {
    expect(serializeParams(undefined)).toBe("")
    expect(serializeParams({})).toBe("")
  })
})

describe("ids", () => {
  it("joins id lists with commas", () => {
    expect(joinIds(["a", "b", 3])).toBe("a,b,3")
    expect(joinIds("a")).toBe("a")
    expect(joinIds(5)).toBe("5")
  })

  it("substitutes path parameters, joining arrays and encoding each id", () => {
    expect(serializePath("http://h/chat/Message/{messageIds}.json", { messageIds: ["a", "b"] })).toBe(
      "http://h/chat/Message/a,b.json",
    )
    expect(
      serializePath("http://h/data/{className}/{recordIds}.json", { className: "My Class", recordIds: "x" }),
    ).toBe("http://h/data/My%20Class/x.json")
    expect(serializePath("http://h/users/{userId}.json", { userId: 7 })).toBe("http://h/users/7.json")
  })
})

describe("parseUploadTicket", () => {
  it("posts to scheme, host and path, with the query parameters as ordered fields; + stays a plus", () => {
    const ticket = parseUploadTicket(
      "https://s3.example.com/bucket?key=abc&Expires=Sun%2C%2022%20Nov&acl=authenticated-read&x=a+b&empty=",
    )
    expect(ticket.action).toBe("https://s3.example.com/bucket")
    expect(ticket.fields).toEqual([
      ["key", "abc"],
      ["Expires", "Sun, 22 Nov"],
      ["acl", "authenticated-read"],
      ["x", "a+b"],
      ["empty", ""],
    ])
  })
})
