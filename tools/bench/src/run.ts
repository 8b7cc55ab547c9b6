/**
 * `pnpm bench [--suite name[,name]] [--quick] [--runs N]`: runs the selected suites (all by
 * default), each measuring its variants side by side in every run, and writes
 * `results/latest.json` and `results/latest.md`. Bounded: a deadline kills everything left.
 */
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { killAllHosts } from "./ChildHost.ts"
import { machineInfo } from "./machine.ts"
import { failedSuite, markdown, type Report, type SuiteReport, suiteReport, writeReport } from "./report.ts"
import type { Suite } from "./Suite.ts"
import { bundleSizes } from "./suites/bundleSizes.ts"
import { coldStart } from "./suites/coldStart.ts"
import { recovery } from "./suites/recovery.ts"
import { restStorage } from "./suites/restStorage.ts"
import { serverScale } from "./suites/serverScale.ts"
import { xmppDelivery } from "./suites/xmppDelivery.ts"

const suites: ReadonlyArray<Suite> = [
  restStorage,
  xmppDelivery,
  serverScale,
  recovery,
  coldStart,
  bundleSizes,
]

const { values } = parseArgs({
  options: {
    suite: { type: "string" },
    quick: { type: "boolean", default: false },
    runs: { type: "string", default: "3" },
    help: { type: "boolean", default: false },
  },
})

if (values.help) {
  console.log(
    `usage: pnpm bench [--suite ${suites.map((suite) => suite.name).join("|")}[,…]] [--quick] [--runs N (default 3)]`,
  )
  process.exit(0)
}

const runs = Number(values.runs)
if (!Number.isInteger(runs) || runs < 1 || runs > 20)
  throw new Error(`--runs must be an integer in 1..20, got ${values.runs}`)
const wanted = values.suite?.split(",").map((name) => name.trim()) ?? suites.map((suite) => suite.name)
const unknown = wanted.filter((name) => !suites.some((suite) => suite.name === name))
if (unknown.length > 0)
  throw new Error(
    `unknown suite ${unknown.join(", ")}; known: ${suites.map((suite) => suite.name).join(", ")}`,
  )
const selected = suites.filter((suite) => wanted.includes(suite.name))

// Hard bound on the whole run, whatever hangs.
const deadlineMs = (values.quick ? 120 : 300) * 1000 * Math.max(1, runs / 3)
const deadline = setTimeout(() => {
  console.error(`bench: over the ${deadlineMs / 1000} s deadline; stopping every server`)
  killAllHosts()
  process.exit(2)
}, deadlineMs)
deadline.unref()
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    killAllHosts()
    process.exit(130)
  })
}

const machine = machineInfo()
const started = performance.now()
console.log(
  `bench: ${selected.map((suite) => suite.name).join(", ")}; ${runs} runs${values.quick ? ", quick" : ""}; ` +
    `${machine.cpuModel} × ${machine.cores}, Node ${machine.node}, load ${machine.loadAverage.join(" ")}`,
)
const reports: SuiteReport[] = []
for (const suite of selected) {
  const suiteStarted = performance.now()
  console.log(`\n▶ ${suite.name}: ${suite.title}`)
  try {
    const outcome = await suite.run({
      quick: values.quick,
      runs,
      log: (line) => console.log(`  ${line}`),
    })
    reports.push(suiteReport(outcome))
    console.log(`✔ ${suite.name} in ${((performance.now() - suiteStarted) / 1000).toFixed(1)} s`)
  } catch (error) {
    console.error(`✘ ${suite.name}:`, error)
    reports.push(failedSuite(suite.name, suite.title, error))
  }
}

const report: Report = {
  generatedAt: new Date().toISOString(),
  durationSeconds: (performance.now() - started) / 1000,
  command: `pnpm bench${process.argv.length > 2 ? ` ${process.argv.slice(2).join(" ")}` : ""}`,
  quick: values.quick,
  runs,
  machine,
  suites: reports,
}
const resultsDir = fileURLToPath(new URL("../results", import.meta.url))
writeReport(resultsDir, report)
console.log(`\n${markdown(report)}`)
console.log(`written: ${resultsDir}/latest.json and latest.md`)
process.exit(reports.some((suite) => suite.error !== undefined) ? 1 : 0)
