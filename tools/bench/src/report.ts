import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import type { MachineInfo } from "./machine.ts"
import { markdownTable } from "./markdownTable.ts"
import type { MetricSpec, RatioSpec, SuiteOutcome } from "./Suite.ts"
import { stableJson } from "./stableJson.ts"
import { perRunRatios, type Summary, summarize } from "./stats.ts"

/** One metric over the runs. */
export type MetricReport = MetricSpec & Summary

/** One ratio: the median over runs of the per-run ratio, and its spread. */
export type RatioReport = RatioSpec & Summary

export interface SuiteReport {
  readonly name: string
  readonly title: string
  readonly params: Readonly<Record<string, string | number | boolean>>
  readonly metrics: ReadonlyArray<MetricReport>
  readonly ratios: ReadonlyArray<RatioReport>
  readonly notes: ReadonlyArray<string>
  /** Set when the suite failed; its numbers are then missing. */
  readonly error?: string
}

/** What `latest.json` holds. */
export interface Report {
  readonly generatedAt: string
  readonly durationSeconds: number
  readonly command: string
  readonly quick: boolean
  readonly runs: number
  readonly machine: MachineInfo
  readonly suites: ReadonlyArray<SuiteReport>
}

/** Four significant digits: enough for noisy measurements, short in JSON. */
const tidy = (value: number) => (Number.isFinite(value) ? Number(value.toPrecision(4)) : value)

const tidySummary = (summary: Summary): Summary => ({
  median: tidy(summary.median),
  min: tidy(summary.min),
  max: tidy(summary.max),
  runs: summary.runs.map(tidy),
})

/** Medians, spreads and per-run ratios of a suite's outcome. */
export const suiteReport = (outcome: SuiteOutcome): SuiteReport => {
  const valuesOf = (key: string) =>
    outcome.runs.map((run) => {
      const value = run[key]
      if (value === undefined) throw new Error(`suite ${outcome.name}: no value for ${key} in a run`)
      return value
    })
  return {
    name: outcome.name,
    title: outcome.title,
    params: outcome.params,
    metrics: outcome.metrics.map((metric) => ({
      ...metric,
      ...tidySummary(summarize(valuesOf(metric.key))),
    })),
    ratios: outcome.ratios.map((ratio) => {
      const perRun = perRunRatios(valuesOf(ratio.numerator), valuesOf(ratio.denominator))
      return { ...ratio, ...tidySummary(summarize(perRun)) }
    }),
    notes: outcome.notes,
  }
}

/** The report entry of a suite that threw. */
export const failedSuite = (name: string, title: string, error: unknown): SuiteReport => ({
  name,
  title,
  params: {},
  metrics: [],
  ratios: [],
  notes: [],
  error: error instanceof Error ? (error.stack ?? error.message) : String(error),
})

/** A number for a table: thousands grouped for big ones, 2–3 significant digits for small ones. */
export const formatNumber = (value: number): string => {
  if (!Number.isFinite(value)) return String(value)
  const magnitude = Math.abs(value)
  if (magnitude >= 100) return Math.round(value).toLocaleString("en-US")
  if (magnitude >= 10) return value.toFixed(1)
  if (magnitude >= 1) return value.toFixed(2)
  return value.toPrecision(2)
}

const formatRatio = (value: number) => `${Number.isFinite(value) ? Number(value.toPrecision(3)) : value}×`

/** The report as Markdown (what `latest.md` holds). */
export const markdown = (report: Report): string => {
  const { machine } = report
  const lines = [
    "# Cube benchmarks: latest run",
    "",
    `Generated ${report.generatedAt} by \`${report.command}\` in ${report.durationSeconds.toFixed(0)} s` +
      `${report.quick ? " (**quick**: smaller counts)" : ""}; every number is the **median of ${report.runs} runs**, ` +
      "with the min – max over runs beside it. Ratios are taken within each run, then the median is reported.",
    "",
    "What bounded each figure, what was fixed and the figures before and after each fix: " +
      "[before-after.md](before-after.md).",
    "",
    ...markdownTable(
      ["machine", ""],
      ["left", "left"],
      [
        ["CPU", `${machine.cpuModel}, ${machine.cores} cores`],
        ["Node", machine.node],
        ["OS", machine.os],
        ["memory", `${machine.memoryGiB} GiB (${machine.freeMemoryGiB} GiB free)`],
        ["load average at start", machine.loadAverage.join(", ")],
        ["commit", `${machine.gitCommit ?? "unknown"} (plus the working tree)`],
      ],
    ),
  ]
  for (const suite of report.suites) {
    lines.push("", `## ${suite.name}: ${suite.title}`, "")
    if (suite.error !== undefined) {
      lines.push("**Failed:**", "", "```", suite.error, "```")
      continue
    }
    lines.push(
      ...markdownTable(
        ["metric", "median", "min – max", "unit"],
        ["left", "right", "right", "left"],
        suite.metrics.map((metric) => [
          metric.label,
          `**${formatNumber(metric.median)}**`,
          `${formatNumber(metric.min)} – ${formatNumber(metric.max)}`,
          metric.unit,
        ]),
      ),
      "",
      ...markdownTable(
        ["ratio", "median", "min – max", "what it says"],
        ["left", "right", "right", "left"],
        suite.ratios.map((ratio) => [
          ratio.label,
          `**${formatRatio(ratio.median)}**`,
          `${formatRatio(ratio.min)} – ${formatRatio(ratio.max)}`,
          ratio.meaning,
        ]),
      ),
    )
    const params = Object.entries(suite.params)
      .map(([key, value]) => `${key}=${value}`)
      .join(", ")
    lines.push("", `Parameters: ${params}.`, "")
    for (const note of suite.notes) lines.push(`- ${note}`)
  }
  return `${lines.join("\n")}\n`
}

/** Writes `latest.json` and `latest.md` into `dir`. */
export const writeReport = (dir: string, report: Report): void => {
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, "latest.json"), stableJson(report))
  writeFileSync(join(dir, "latest.md"), markdown(report))
}
