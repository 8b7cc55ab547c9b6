import { invalid } from "../http/HttpError.ts"
import type { RecordAccess, RecordActor, RecordPermission, RecordPermissions } from "../storage/DataStore.ts"

/** ConnectyCube's defaults: anyone of the app reads, only the owner updates and deletes. */
export const defaultPermissions: RecordPermissions = {
  read: { access: "open" },
  update: { access: "owner" },
  delete: { access: "owner" },
}

const actions = ["read", "update", "delete"] as const
const settable = new Set<RecordAccess>(["open", "owner", "open_for_users_ids", "open_for_groups"])
const maxListed = 1000

/** Whether `actor` may perform an action guarded by `permission` on a record of `ownerId` (owners always may). */
export const allows = (permission: RecordPermission, actor: RecordActor, ownerId: number): boolean => {
  if (actor.userId > 0 && actor.userId === ownerId) return true
  switch (permission.access) {
    case "open":
      return true
    case "open_for_users_ids":
      return actor.userId > 0 && (permission.userIds ?? []).includes(actor.userId)
    case "open_for_groups":
      return (permission.groups ?? []).some((group) => actor.tags.includes(group))
    default:
      return false
  }
}

/** A list given as an array or a comma-joined string. */
const listOf = (value: unknown): unknown[] | undefined => {
  if (value === undefined || value === null) return undefined
  if (Array.isArray(value)) return value
  if (typeof value === "string" || typeof value === "number") return String(value).split(",")
  return [value]
}

const userIdsOf = (field: string, value: unknown): number[] => {
  const list = listOf(value) ?? []
  if (list.length === 0 || list.length > maxListed) throw invalid(field, `needs 1 to ${maxListed} user ids`)
  return [
    ...new Set(
      list.map((item) => {
        const id = typeof item === "string" ? Number(item.trim()) : item
        if (typeof id !== "number" || !Number.isSafeInteger(id) || id < 1)
          throw invalid(field, "must hold user ids")
        return id
      }),
    ),
  ]
}

const groupsOf = (field: string, value: unknown): string[] => {
  const list = listOf(value) ?? []
  if (list.length === 0 || list.length > maxListed) throw invalid(field, `needs 1 to ${maxListed} groups`)
  return [
    ...new Set(
      list.map((item) => {
        const group = typeof item === "string" ? item.trim() : ""
        if (group.length === 0 || group.length > 100) throw invalid(field, "must hold user tags")
        return group
      }),
    ),
  ]
}

const permissionOf = (action: string, input: unknown): RecordPermission => {
  const field = `permissions.${action}`
  if (typeof input !== "object" || input === null || Array.isArray(input))
    throw invalid(field, "must be an object")
  const entry = input as Record<string, unknown>
  const access = entry.access
  if (typeof access !== "string" || !settable.has(access as RecordAccess)) {
    throw invalid(`${field}.access`, `must be one of ${[...settable].join(", ")}`)
  }
  if (access === "open_for_users_ids") {
    return { access, userIds: userIdsOf(`${field}.ids`, entry.ids ?? entry.user_ids ?? entry.users_ids) }
  }
  if (access === "open_for_groups") {
    return {
      access,
      groups: groupsOf(`${field}.groups`, entry.groups ?? entry.user_groups ?? entry.users_groups),
    }
  }
  return { access: access as RecordAccess }
}

/** Permissions from a request's `permissions` object; actions it leaves out keep `base`. Throws 422 on bad input. */
export const parsePermissions = (
  input: unknown,
  base: RecordPermissions = defaultPermissions,
): RecordPermissions => {
  if (input === undefined) return base
  if (typeof input !== "object" || input === null || Array.isArray(input))
    throw invalid("permissions", "must be an object")
  const given = input as Record<string, unknown>
  for (const key of Object.keys(given)) {
    if (!(actions as ReadonlyArray<string>).includes(key))
      throw invalid("permissions", `unknown action '${key}'`)
  }
  return {
    read: given.read === undefined ? base.read : permissionOf("read", given.read),
    update: given.update === undefined ? base.update : permissionOf("update", given.update),
    delete: given.delete === undefined ? base.delete : permissionOf("delete", given.delete),
  }
}
