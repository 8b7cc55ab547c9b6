/** One number a suite measures in every run. */
export interface MetricSpec {
  readonly key: string
  readonly label: string
  readonly unit: string
  readonly better: "higher" | "lower"
}

/** A metric's spec, positionally: what suites list by the dozen. */
export const metric = (key: string, label: string, unit: string, better: "higher" | "lower"): MetricSpec => ({
  key,
  label,
  unit,
  better,
})

/** A ratio of two metrics of the same run (numerator / denominator), reported as the median over runs. */
export interface RatioSpec {
  readonly label: string
  readonly numerator: string
  readonly denominator: string
  /** How to read it, e.g. "share of the engine's insert rate that REST reaches". */
  readonly meaning: string
}

/** Everything a suite measured: per-run values of each metric, and how to pair them as ratios. */
export interface SuiteOutcome {
  readonly name: string
  readonly title: string
  readonly params: Readonly<Record<string, string | number | boolean>>
  readonly metrics: ReadonlyArray<MetricSpec>
  readonly ratios: ReadonlyArray<RatioSpec>
  /** One record per repeated run: metric key → value. */
  readonly runs: ReadonlyArray<Readonly<Record<string, number>>>
  readonly notes: ReadonlyArray<string>
}

export interface SuiteOptions {
  readonly quick: boolean
  /** Repeated runs (each measures every variant side by side). */
  readonly runs: number
  readonly log: (line: string) => void
}

/** A benchmark suite: `pnpm bench --suite <name>` selects it. */
export interface Suite {
  readonly name: string
  readonly title: string
  run(options: SuiteOptions): Promise<SuiteOutcome>
}

/** `items` rotated left by `by`: each run measures its variants in another order, so drift does not favour one. */
export const rotate = <A>(items: ReadonlyArray<A>, by: number): A[] => {
  const shift = items.length === 0 ? 0 : by % items.length
  return [...items.slice(shift), ...items.slice(0, shift)]
}
