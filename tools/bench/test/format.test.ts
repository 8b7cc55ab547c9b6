import { describe, expect, test } from "vitest"
import { markdownTable } from "../src/markdownTable.ts"
import { stableJson } from "../src/stableJson.ts"

describe("report formatting", () => {
  test("Markdown tables are padded and aligned per column", () => {
    expect(
      markdownTable(
        ["name", "rate"],
        ["left", "right"],
        [
          ["a", "1,234"],
          ["longer", "5"],
        ],
      ),
    ).toEqual(["| name   |  rate |", "| ------ | ----: |", "| a      | 1,234 |", "| longer |     5 |"])
  })

  test("JSON keeps objects one key per line and short arrays of values on one line", () => {
    const value = { a: 1, runs: [1, 2.5, 3], nested: { empty: [], none: {}, list: [{ b: "x" }] } }
    expect(stableJson(value)).toBe(
      '{\n  "a": 1,\n  "runs": [1, 2.5, 3],\n  "nested": {\n    "empty": [],\n    "none": {},\n    "list": [\n      {\n        "b": "x"\n      }\n    ]\n  }\n}\n',
    )
    expect(JSON.parse(stableJson(value))).toEqual(value)
  })

  test("an array of values too long for one line gets one item per line", () => {
    const notes = ["x".repeat(60), "y".repeat(60)]
    expect(stableJson({ notes })).toBe(`{\n  "notes": [\n    "${notes[0]}",\n    "${notes[1]}"\n  ]\n}\n`)
  })
})
