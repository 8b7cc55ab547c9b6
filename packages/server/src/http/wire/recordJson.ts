import type { DataRecord, RecordPermission, RecordPermissions } from "../../storage/DataStore.ts"

/** One action's permission as ConnectyCube writes it (user ids as strings). */
const permissionJson = (permission: RecordPermission) => ({
  access: permission.access,
  ...(permission.userIds === undefined ? {} : { users_ids: permission.userIds.map(String) }),
  ...(permission.groups === undefined ? {} : { users_groups: [...permission.groups] }),
})

/** A record's permissions, per action. */
export const permissionsJson = (permissions: RecordPermissions) => ({
  read: permissionJson(permissions.read),
  update: permissionJson(permissions.update),
  delete: permissionJson(permissions.delete),
})

/**
 * A custom-object record: system fields (times in unix seconds), optionally its permissions, then
 * the client's fields (which can never shadow a system field).
 */
export const recordJson = (record: DataRecord, options: { readonly permissions?: boolean } = {}) => {
  const json: Record<string, unknown> = {
    _id: record.id,
    _parent_id: record.parentId,
    user_id: record.ownerId,
    created_at: record.createdAt,
    updated_at: record.updatedAt,
  }
  if (options.permissions) json.permissions = permissionsJson(record.permissions)
  for (const [key, value] of Object.entries(record.fields)) {
    if (!(key in json)) json[key] = value
  }
  return json
}
