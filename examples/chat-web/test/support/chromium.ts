// The browser for the end-to-end test: Debian's chromium. When it is missing and we are root (CI on a fresh
// machine), it is installed with apt-get; when it cannot be, the test fails loudly — it never skips.
import { spawnSync } from "node:child_process"
import { existsSync } from "node:fs"

const path = process.env.CUBE_CHROMIUM ?? "/usr/bin/chromium"

const apt = (args: ReadonlyArray<string>) =>
  spawnSync("apt-get", ["-o", "DPkg::Lock::Timeout=300", ...args], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  })

/** The path of a chromium binary, installed first if need be; throws with what to do when it cannot be. */
export const ensureChromium = (): string => {
  if (existsSync(path)) return path
  if (process.getuid?.() !== 0)
    throw new Error(`chromium is not installed at ${path}; install it with: sudo apt-get install -y chromium`)
  console.log(`e2e: ${path} is missing; installing Debian's chromium (apt-get install -y chromium)`)
  apt(["update", "-qq"])
  // (The emoji font only makes the screenshots show reactions as people see them.)
  const installed = apt([
    "install",
    "-y",
    "-qq",
    "--no-install-recommends",
    "chromium",
    "fonts-noto-color-emoji",
  ])
  if (installed.status !== 0 || !existsSync(path))
    throw new Error(
      `could not install chromium (apt-get exited with ${installed.status}); the e2e test needs it`,
    )
  return path
}

/** Flags for a headless, quiet, sandbox-free chromium. */
export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
]
