/** Who may perform one action on a custom-object record. */
export type RecordAccess = "open" | "owner" | "not_allowed" | "open_for_users_ids" | "open_for_groups"

export interface RecordPermission {
  readonly access: RecordAccess
  /** The allowed users, for `open_for_users_ids`. */
  readonly userIds?: ReadonlyArray<number>
  /** The allowed user tags, for `open_for_groups`. */
  readonly groups?: ReadonlyArray<string>
}

export interface RecordPermissions {
  readonly read: RecordPermission
  readonly update: RecordPermission
  readonly delete: RecordPermission
}

/** The caller as permissions see them: a user id (0 for an application session) and the user's tags. */
export interface RecordActor {
  readonly userId: number
  readonly tags: ReadonlyArray<string>
}

/** One record of an app-defined class (`data`). Times are unix **seconds**, as the wire has them. */
export interface DataRecord {
  /** 24-hex ObjectId. */
  readonly id: string
  readonly appId: number
  readonly className: string
  readonly ownerId: number
  readonly parentId: string | null
  /** The client's fields, JSON values as sent (never the system fields). */
  readonly fields: Readonly<Record<string, unknown>>
  readonly permissions: RecordPermissions
  readonly createdAt: number
  readonly updatedAt: number
}

export interface NewDataRecord {
  readonly appId: number
  readonly className: string
  readonly ownerId: number
  readonly parentId: string | null
  readonly fields: Readonly<Record<string, unknown>>
  readonly permissions: RecordPermissions
}

/** What an update leaves behind: the whole new field set and permissions. */
export interface DataRecordChange {
  readonly fields: Readonly<Record<string, unknown>>
  readonly permissions: RecordPermissions
}

export type DataFilterOp = "eq" | "ne" | "lt" | "lte" | "gt" | "gte" | "in" | "nin" | "all" | "ctn"

/**
 * One field filter. `field` is a validated name: a system field (`_id`, `_parent_id`, `user_id`,
 * `created_at`, `updated_at`) or a client field. Values are query-string text; the store compares
 * them with stored JSON numbers, booleans and strings alike.
 */
export interface DataFilter {
  readonly field: string
  readonly op: DataFilterOp
  readonly values: ReadonlyArray<string>
}

export interface DataQuery {
  readonly appId: number
  readonly className: string
  /** Only records this actor may read are returned or counted. */
  readonly actor: RecordActor
  readonly filters: ReadonlyArray<DataFilter>
  readonly sort?: { readonly field: string; readonly direction: "asc" | "desc" }
  readonly limit: number
  readonly offset: number
}

export interface DataDeleteOutcome {
  readonly deleted: ReadonlyArray<string>
  readonly notFound: ReadonlyArray<string>
  readonly forbidden: ReadonlyArray<string>
}

/** Custom-object records of every app; classes exist implicitly from their first record. */
export interface DataStore {
  /** Creates all records or none. */
  create(records: ReadonlyArray<NewDataRecord>): Promise<ReadonlyArray<DataRecord>>
  getMany(appId: number, className: string, ids: ReadonlyArray<string>): Promise<ReadonlyArray<DataRecord>>
  list(query: DataQuery): Promise<ReadonlyArray<DataRecord>>
  count(query: Omit<DataQuery, "sort" | "limit" | "offset">): Promise<number>
  /**
   * Read-modify-write of one record as one atomic step: `change` gets the current record and returns
   * its new state, or throws to leave it untouched. Undefined when there is no such record.
   */
  modify(
    appId: number,
    className: string,
    id: string,
    change: (record: DataRecord) => DataRecordChange,
  ): Promise<DataRecord | undefined>
  /** Deletes the records `may` allows, and the records linked to them by `_parent_id`, in one transaction. */
  delete(
    appId: number,
    className: string,
    ids: ReadonlyArray<string>,
    may: (record: DataRecord) => boolean,
  ): Promise<DataDeleteOutcome>
}
