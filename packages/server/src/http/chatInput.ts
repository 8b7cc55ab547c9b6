import type { AppConfig } from "../config.ts"
import type { ServerContext } from "../ServerContext.ts"
import type { DialogRecord, DialogView } from "../storage/records.ts"
import type { CubeContext } from "./CubeContext.ts"
import { invalid, notFound } from "./HttpError.ts"
import { dialogJson } from "./wire/dialogJson.ts"

/** Most custom dialog fields an app may use; only the first ones of `dialogExtensions` count. */
export const maxDialogExtensions = 3
/** Most admins of one dialog. */
export const maxDialogAdmins = 5
/** Longest dialog name, description or photo. */
export const maxDialogText = 1024

/** User ids given as `"2, 3"`, `[2, 3]`, `["2"]` or `2`: positive integers, duplicates dropped. */
export const userIdsOf = (value: unknown, field: string): number[] => {
  if (value === undefined || value === null) return []
  const parts = typeof value === "string" ? value.split(",") : Array.isArray(value) ? value : [value]
  const ids = parts
    .map((part) => (typeof part === "string" ? part.trim() : part))
    .filter((part) => part !== "")
    .map((part) => {
      const id = typeof part === "number" || typeof part === "string" ? Number(part) : Number.NaN
      if (!Number.isSafeInteger(id) || id <= 0)
        throw invalid(field, `'${String(part).slice(0, 30)}' is not a user id`)
      return id
    })
  if (ids.length > 1000) throw invalid(field, "has too many ids (at most 1000)")
  return [...new Set(ids)]
}

/** Refuses ids that are not users of the app, naming them. */
export const requireUsers = async (
  ctx: CubeContext,
  ids: ReadonlyArray<number>,
  field: string,
): Promise<void> => {
  if (ids.length === 0) return
  const found = new Set((await ctx.server.storage.users.getMany(ctx.app.id, ids)).map((user) => user.id))
  const missing = ids.filter((id) => !found.has(id))
  if (missing.length > 0) throw invalid(field, `no such users: ${missing.slice(0, 20).join(", ")}`)
}

/** The custom fields this app allows (the first three it lists). */
export const allowedExtensions = (app: AppConfig): ReadonlyArray<string> =>
  app.dialogExtensions.slice(0, maxDialogExtensions)

/** Dialog `extensions` from a request: only allowed keys (others are a 422), values as strings. */
export const extensionsOf = (app: AppConfig, value: unknown): Record<string, string> => {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw invalid("extensions", "must be an object")
  const allowed = allowedExtensions(app)
  const result: Record<string, string> = {}
  for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
    if (!allowed.includes(key)) {
      throw invalid(
        "extensions",
        `'${key.slice(0, 40)}' is not an allowed field (allowed: ${allowed.join(", ") || "none"})`,
      )
    }
    if (typeof raw === "object" && raw !== null)
      throw invalid("extensions", `'${key}' must be a string, number or boolean`)
    const text = raw === null ? "" : String(raw)
    if (text.length > maxDialogText) throw invalid("extensions", `'${key}' is too long`)
    result[key] = text
  }
  return result
}

/** Optional text field of a dialog body: undefined when absent, null when null, else a bounded string. */
export const dialogText = (value: unknown, field: string): string | null | undefined => {
  if (value === undefined || value === null) return value as null | undefined
  if (typeof value !== "string") throw invalid(field, "must be a string")
  if (value.length > maxDialogText) throw invalid(field, `is too long (at most ${maxDialogText} characters)`)
  return value
}

/** `permissions` of a dialog body. */
export const permissionsOf = (value: unknown): { allowPreview: boolean } | null | undefined => {
  if (value === undefined || value === null) return value as null | undefined
  if (typeof value !== "object" || Array.isArray(value)) throw invalid("permissions", "must be an object")
  const allow = (value as Record<string, unknown>).allow_preview
  return { allowPreview: allow === true || allow === 1 || allow === "1" || allow === "true" }
}

/** The dialog of a path id, or a 404. */
export const dialogParam = async (ctx: CubeContext, id: string | undefined): Promise<DialogRecord> => {
  const dialog =
    typeof id !== "string" ? undefined : await ctx.server.storage.dialogs.get(ctx.app.id, id.toLowerCase())
  if (dialog === undefined) throw notFound("Dialog")
  return dialog
}

/** The dialog as the caller sees it, in wire form. */
export const viewJson = async (server: ServerContext, appId: number, dialogId: string, viewerId: number) => {
  const view = (await server.storage.dialogs.view(appId, dialogId, viewerId)) as DialogView
  return dialogJson(view, server.config.chatDomain)
}
