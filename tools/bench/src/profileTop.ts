/**
 * `node src/profileTop.ts <file.cpuprofile> [--top N] [--filter text]`: the heaviest functions of a
 * V8 CPU profile (from `BENCH_PROFILE_DIR=dir pnpm bench`, one profile per server host), by self
 * time and by inclusive time (each sample counted once per function on its stack).
 */
import { readFileSync } from "node:fs"
import { relative } from "node:path"
import { parseArgs } from "node:util"

interface ProfileNode {
  readonly id: number
  readonly callFrame: {
    readonly functionName: string
    readonly url: string
    readonly lineNumber: number
  }
  readonly children?: ReadonlyArray<number>
}

interface CpuProfile {
  readonly nodes: ReadonlyArray<ProfileNode>
  readonly samples: ReadonlyArray<number>
  readonly timeDeltas: ReadonlyArray<number>
}

/** Self and inclusive milliseconds per function (`name file:line`), heaviest first. */
export const topFunctions = (profile: CpuProfile, root = process.cwd()) => {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const keyOf = (node: ProfileNode) => {
    const { functionName, url, lineNumber } = node.callFrame
    const file = url.startsWith("file://") ? relative(root, new URL(url).pathname) : url
    return `${functionName || "(anonymous)"} ${file ? `${file}:${lineNumber + 1}` : ""}`.trim()
  }
  const self = new Map<string, number>()
  const inclusive = new Map<string, number>()
  let total = 0
  profile.samples.forEach((sample, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000
    total += ms
    const leaf = byId.get(sample)
    if (leaf === undefined) return
    self.set(keyOf(leaf), (self.get(keyOf(leaf)) ?? 0) + ms)
    const seen = new Set<string>()
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const key = keyOf(byId.get(id)!)
      if (seen.has(key)) continue
      seen.add(key)
      inclusive.set(key, (inclusive.get(key) ?? 0) + ms)
    }
  })
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1])
  return { totalMs: total, self: sorted(self), inclusive: sorted(inclusive) }
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: "string", default: "25" }, filter: { type: "string" } },
  })
  const file = positionals[0]
  if (file === undefined) {
    console.error("usage: node src/profileTop.ts <file.cpuprofile> [--top N] [--filter text]")
    process.exit(2)
  }
  const top = Number(values.top)
  const { totalMs, self, inclusive } = topFunctions(JSON.parse(readFileSync(file, "utf8")) as CpuProfile)
  const show = (title: string, rows: Array<[string, number]>) => {
    console.log(`\n${title}`)
    for (const [key, ms] of rows
      .filter(([key]) => values.filter === undefined || key.includes(values.filter))
      .slice(0, top))
      console.log(`${ms.toFixed(0).padStart(8)} ms ${((ms / totalMs) * 100).toFixed(1).padStart(5)}%  ${key}`)
  }
  console.log(`${file}: ${(totalMs / 1000).toFixed(1)} s sampled`)
  show("self time", self)
  show("inclusive time", inclusive)
}
