import type { AppConfig } from "./config.ts"

/**
 * Applications from the CLI's `--app id:authKey[:ext1,ext2]` (repeatable) or `CUBE_APPS`
 * (the same, separated by `;`). Throws a readable message on a malformed entry or a duplicate id.
 */
export const parseApps = (entries: ReadonlyArray<string>): AppConfig[] => {
  const apps = entries.map((entry) => {
    const [id, authKey, extensions = "", ...rest] = entry.split(":")
    const appId = Number(id)
    if (!Number.isInteger(appId) || appId <= 0 || !authKey || rest.length > 0) {
      throw new Error(
        `invalid app '${entry}': expected <id>:<authKey>[:ext1,ext2] with a positive integer id`,
      )
    }
    const dialogExtensions = extensions
      .split(",")
      .map((name) => name.trim())
      .filter(Boolean)
    return { id: appId, authKey, dialogExtensions }
  })
  const ids = new Set(apps.map((app) => app.id))
  if (ids.size !== apps.length) throw new Error("each --app needs its own id")
  const keys = new Set(apps.map((app) => app.authKey))
  if (keys.size !== apps.length)
    throw new Error("each --app needs its own auth key (sign-up finds the app by it)")
  return apps
}
