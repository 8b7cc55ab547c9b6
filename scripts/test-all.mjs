// `npm test`: every check and every test of the workspace, then one line `N passed, N failed`.
// Each vitest run writes a JSON report; each non-vitest check counts as one test.
import { spawnSync } from "node:child_process"
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { join } from "node:path"

const root = new URL("..", import.meta.url).pathname
const reports = join(root, ".reports")
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })

const checks = []
const run = (name, command, args, env = {}) => {
  console.log(`\n▶ ${name}: ${command} ${args.join(" ")}`)
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } })
  const ok = result.status === 0
  checks.push({ name, ok })
  console.log(ok ? `✔ ${name}` : `✘ ${name} (exit ${result.status ?? result.signal})`)
  return ok
}

if (existsSync(join(root, "tools/codegen/package.json"))) {
  run("specs lint + generated code is up to date", "pnpm", ["--filter", "@cube/codegen", "check"])
}
run("biome (lint + format)", "pnpm", ["exec", "biome", "ci", "."])
run("typecheck", "pnpm", ["exec", "nx", "run-many", "-t", "typecheck", "--outputStyle=stream"])
run("package lint (publint + attw)", "pnpm", [
  "exec",
  "nx",
  "run-many",
  "-t",
  "lint:pkg",
  "--outputStyle=stream",
])
run("bundle size budgets", "pnpm", ["exec", "nx", "run-many", "-t", "size", "--outputStyle=stream"])
const testsOk = run(
  "vitest (every package)",
  "pnpm",
  ["exec", "nx", "run-many", "-t", "test", "--outputStyle=stream", "--skip-nx-cache"],
  {
    CUBE_REPORT_DIR: reports,
  },
)

let passed = 0
let failed = 0
for (const file of readdirSync(reports).filter((name) => name.endsWith(".json"))) {
  const report = JSON.parse(readFileSync(join(reports, file), "utf8"))
  passed += report.numPassedTests ?? 0
  failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrors ?? 0)
  if (!report.success && (report.numFailedTests ?? 0) === 0) failed += 1 // a suite that failed to load
}
if (!testsOk && failed === 0) failed += 1 // the runner itself failed
for (const check of checks) {
  if (check.name.startsWith("vitest")) continue
  if (check.ok) passed += 1
  else failed += 1
}
console.log(`\nchecks: ${checks.map((check) => `${check.ok ? "✔" : "✘"} ${check.name}`).join(" · ")}`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
