import { describe, expect, test } from "vitest"
import { formatNumber } from "../src/report.ts"
import { median, percentile, perRunRatios, summarize } from "../src/stats.ts"

describe("stats", () => {
  test("median of odd and even counts, whatever the order", () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNaN()
  })

  test("percentiles interpolate between closest ranks; p0 and p100 are min and max", () => {
    const values = [10, 20, 30, 40, 50]
    expect(percentile(values, 0)).toBe(10)
    expect(percentile(values, 100)).toBe(50)
    expect(percentile(values, 25)).toBe(20)
    expect(percentile(values, 90)).toBeCloseTo(46)
    expect(percentile([7], 99)).toBe(7)
    expect(() => percentile(values, 101)).toThrow(RangeError)
  })

  test("p99 of 1..1000 sits in the slowest percent", () => {
    const values = Array.from({ length: 1000 }, (_, index) => 1000 - index)
    expect(percentile(values, 50)).toBeCloseTo(500.5)
    expect(percentile(values, 99)).toBeCloseTo(990.01)
    expect(percentile(values, 100)).toBe(1000)
  })

  test("summaries keep the runs; ratios are taken per run before the median", () => {
    expect(summarize([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, runs: [5, 1, 3] })
    // Per-run ratios 0.5, 2, 0.5 → 0.5; the ratio of the medians (20 / 20) would say 1.
    expect(perRunRatios([10, 20, 30], [20, 10, 60])).toEqual([0.5, 2, 0.5])
    expect(median(perRunRatios([10, 20, 30], [20, 10, 60]))).toBe(0.5)
    expect(() => perRunRatios([1], [1, 2])).toThrow(RangeError)
  })

  test("numbers are grouped or rounded for the Markdown tables", () => {
    expect(formatNumber(12345.6)).toBe("12,346")
    expect(formatNumber(45.67)).toBe("45.7")
    expect(formatNumber(4.567)).toBe("4.57")
    expect(formatNumber(0.04567)).toBe("0.046")
  })
})
