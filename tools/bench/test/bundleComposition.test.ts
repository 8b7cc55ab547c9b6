import { encode } from "@jridgewell/sourcemap-codec"
import { describe, expect, it } from "vitest"
import { gzipShares, minifiedBytesByPackage, packageOf } from "../src/bundleComposition.ts"

describe("packageOf", () => {
  it("names npm packages, scoped ones whole, through pnpm's nested node_modules", () => {
    expect(packageOf("../../node_modules/.pnpm/effect@4.1.0/node_modules/effect/dist/Effect.js")).toBe(
      "effect",
    )
    expect(packageOf("../node_modules/.pnpm/x/node_modules/@xmpp/connection/index.js")).toBe(
      "@xmpp/connection",
    )
  })
  it("names workspace packages by their folder, and the rest other", () => {
    expect(packageOf("../../../../packages/chat/src/createChat.ts")).toBe("@cube/chat")
    expect(packageOf("\0rolldown/runtime.js")).toBe("other")
  })
})

describe("minifiedBytesByPackage", () => {
  it("counts each segment for its source up to the next one, and unmapped bytes as other", () => {
    const code = "aaaabbbbbb\ncc"
    const sources = ["node_modules/left/a.js", "packages/chat/src/b.ts"]
    // line 0: col 0 → source 0, col 4 → source 1; line 1: col 1 → source 0 (col 0 unmapped).
    const mappings = encode([
      [
        [0, 0, 0, 0],
        [4, 1, 0, 0],
      ],
      [[1, 0, 0, 0]],
    ])
    const bytes = minifiedBytesByPackage(code, { sources, mappings })
    expect(Object.fromEntries(bytes)).toEqual({ left: 5, "@cube/chat": 6, other: 3 })
    const total = [...bytes.values()].reduce((sum, count) => sum + count, 0)
    expect(total).toBe(code.length + 1)
  })
})

describe("gzipShares", () => {
  it("splits the gzip size in proportion, biggest first", () => {
    expect(
      gzipShares(
        new Map([
          ["a", 1],
          ["b", 3],
        ]),
        100,
      ),
    ).toEqual([
      { name: "b", bytes: 75 },
      { name: "a", bytes: 25 },
    ])
  })
})
