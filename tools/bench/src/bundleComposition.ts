import { decode } from "@jridgewell/sourcemap-codec"

/** A source map as rolldown writes it (only the fields read here). */
export interface SourceMapJson {
  readonly sources: ReadonlyArray<string>
  readonly mappings: string
}

/**
 * The package a bundled source file belongs to: the npm package for files under `node_modules`
 * (scoped names kept whole), `@cube/<dir>` for the workspace's own `packages/<dir>/…`, and
 * `other` for the rest (the bundler's runtime, the loader).
 */
export const packageOf = (source: string): string => {
  const inModules = source.lastIndexOf("node_modules/")
  if (inModules >= 0) {
    const [scope = "", name = ""] = source.slice(inModules + "node_modules/".length).split("/")
    return scope.startsWith("@") ? `${scope}/${name}` : scope
  }
  const workspace = /(?:^|\/)packages\/([^/]+)\//.exec(source)
  return workspace ? `@cube/${workspace[1]}` : "other"
}

/**
 * Minified bytes of `code` attributed to each package through its source map: every generated
 * segment counts for the source it maps to, up to the next segment; unmapped bytes count as `other`.
 */
export const minifiedBytesByPackage = (code: string, map: SourceMapJson): Map<string, number> => {
  const bytes = new Map<string, number>()
  const add = (owner: string, count: number) => bytes.set(owner, (bytes.get(owner) ?? 0) + count)
  const lines = code.split("\n")
  decode(map.mappings).forEach((segments, line) => {
    const length = lines[line]?.length ?? 0
    let covered = 0
    segments.forEach((segment, index) => {
      const start = segment[0]
      const end = segments[index + 1]?.[0] ?? length
      const source = segment.length > 1 ? map.sources[segment[1] as number] : undefined
      add(source === undefined ? "other" : packageOf(source), end - start)
      covered += end - start
    })
    add("other", length - covered + 1)
  })
  return bytes
}

/**
 * Each package's estimated share of the bundle's min+gzip `gzipBytes`, biggest first: gzip works on
 * the whole file, so a package's share is taken as its share of the minified bytes.
 */
export const gzipShares = (
  minified: ReadonlyMap<string, number>,
  gzipBytes: number,
): ReadonlyArray<{ readonly name: string; readonly bytes: number }> => {
  const total = [...minified.values()].reduce((sum, count) => sum + count, 0)
  return [...minified]
    .map(([name, count]) => ({ name, bytes: total === 0 ? 0 : Math.round((count / total) * gzipBytes) }))
    .sort((left, right) => right.bytes - left.bytes)
}
