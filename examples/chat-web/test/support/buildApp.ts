// Builds the app with Vite into a temporary folder (the checked-out `dist/` is left alone).
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { build } from "vite"

const root = new URL("../..", import.meta.url).pathname

/** The folder of a fresh production build. */
export const buildApp = async (): Promise<string> => {
  const outDir = mkdtempSync(join(tmpdir(), "cube-chat-web-"))
  await build({ root, logLevel: "warn", build: { outDir, emptyOutDir: true, sourcemap: false } })
  return outDir
}
