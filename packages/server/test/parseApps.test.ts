import { describe, expect, it } from "vitest"
import { parseApps } from "../src/parseApps.ts"

describe("parseApps", () => {
  it("reads id, auth key and allowed dialog extensions of each app", () => {
    expect(parseApps(["1:key-one", "2:key-two:color, level"])).toEqual([
      { id: 1, authKey: "key-one", dialogExtensions: [] },
      { id: 2, authKey: "key-two", dialogExtensions: ["color", "level"] },
    ])
  })

  it("refuses malformed entries, duplicate ids and duplicate keys with a readable message", () => {
    expect(() => parseApps(["x:key"])).toThrow(/invalid app 'x:key'/)
    expect(() => parseApps(["1"])).toThrow(/invalid app/)
    expect(() => parseApps(["1:a:b:c"])).toThrow(/invalid app/)
    expect(() => parseApps(["1:a", "1:b"])).toThrow(/own id/)
    expect(() => parseApps(["1:a", "2:a"])).toThrow(/own auth key/)
  })
})
