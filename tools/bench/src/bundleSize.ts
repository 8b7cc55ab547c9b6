import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"
import { build } from "rolldown"
import { gzipShares, minifiedBytesByPackage } from "./bundleComposition.ts"

/** What an app imports from one module: `{ a, b }` or `default`. */
export interface BundleEntry {
  /** Module specifier → the import clause (`{ createChat }`, `ConnectyCube` for a default import). */
  readonly imports: Readonly<Record<string, string>>
  /** Module names left out of the bundle (the app ships them anyway, e.g. `react`). */
  readonly external?: ReadonlyArray<string>
}

/**
 * `@size-limit/rolldown` subtracts the min+gzip size of its own loader (an import and a `console.log`
 * of nothing), so that an empty import weighs 0; we do the same to report the numbers size-limit does.
 */
const sizeLimitLoaderGzipBytes = 34

// Entries live under the bench's node_modules so that package names resolve from the bench package.
const cacheDir = fileURLToPath(new URL("../node_modules/.cache", import.meta.url))

const escapeRegExp = (text: string) => text.replace(/[|\\{}()[\]^$+*?.-]/g, "\\$&")

/** A bundle's min+gzip size, and each package's estimated share of it (biggest first). */
export interface BundleMeasure {
  readonly bytes: number
  readonly packages: ReadonlyArray<{ readonly name: string; readonly bytes: number }>
}

/**
 * The min+gzip size in bytes of what `entry` pulls in, measured as the packages' size-limit configs
 * do (`@size-limit/rolldown`): a loader that imports the names and logs them, bundled by rolldown for
 * the browser, tree-shaken and minified without annotation comments, each output chunk gzipped at
 * level 9, minus the empty loader. Workspace packages are read from their sources (`@cube/source`), so
 * the size is the working tree's, whatever `dist` holds. A source map attributes the bytes to packages.
 */
export const bundleSize = async (entry: BundleEntry): Promise<BundleMeasure> => {
  mkdirSync(cacheDir, { recursive: true })
  const dir = mkdtempSync(join(cacheDir, "bench-size-"))
  try {
    const loader = Object.entries(entry.imports)
      .map(([module, clause]) => {
        const names = clause.replace(/[{}]/g, "").trim()
        return `import ${clause} from ${JSON.stringify(module)}\nconsole.log(${names})\n`
      })
      .join("")
    const input = join(dir, "index.js")
    writeFileSync(input, loader)
    const external = entry.external ?? []
    const output = await build({
      input,
      cwd: dir,
      platform: "browser",
      resolve: { conditionNames: ["@cube/source", "browser", "import", "module", "default"] },
      ...(external.length > 0
        ? { external: new RegExp(`^(${external.map(escapeRegExp).join("|")})($|/)`) }
        : {}),
      // As size-limit: an unresolved import would silently drop code and shrink the size.
      onLog: (_level, log) => {
        if (log.code === "UNRESOLVED_IMPORT") throw new Error(`bundle: ${log.message}`)
      },
      treeshake: true,
      write: true,
      output: { dir: join(dir, "dist"), minify: true, sourcemap: true, comments: { annotation: false } },
    })
    let bytes = 0
    const minified = new Map<string, number>()
    for (const file of output.output) {
      if (file.type !== "chunk") continue
      // The map's URL comment is not part of what size-limit measures.
      const code = readFileSync(join(dir, "dist", file.fileName), "utf8").replace(
        /\n?\/\/# sourceMappingURL=.*\s*$/,
        "",
      )
      bytes += gzipSync(code, { level: 9 }).length
      const map = JSON.parse(readFileSync(join(dir, "dist", `${file.fileName}.map`), "utf8"))
      for (const [name, count] of minifiedBytesByPackage(code, map)) {
        minified.set(name, (minified.get(name) ?? 0) + count)
      }
    }
    const total = bytes - sizeLimitLoaderGzipBytes
    return { bytes: total, packages: gzipShares(minified, total) }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
