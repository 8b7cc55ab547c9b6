import type { UserRecord } from "./records.ts"

/** A user to create: every stored field but the ones the store assigns. */
export type NewUser = Omit<UserRecord, "id" | "createdAt" | "updatedAt" | "lastRequestAt">

export type UserChanges = Partial<Omit<NewUser, "appId">>

/** Filters of `GET /users/v2.json`, already parsed. */
export interface UserQuery {
  readonly appId: number
  readonly ids?: ReadonlyArray<number>
  readonly logins?: ReadonlyArray<string>
  readonly emails?: ReadonlyArray<string>
  readonly phones?: ReadonlyArray<string>
  readonly externalUserIds?: ReadonlyArray<number>
  readonly fullNameStartsWith?: string
  readonly loginStartsWith?: string
  readonly tags?: ReadonlyArray<string>
  readonly onlineUserIds?: ReadonlyArray<number>
  readonly sort?: {
    readonly field: "id" | "created_at" | "updated_at" | "last_request_at" | "full_name" | "login"
    readonly direction: "asc" | "desc"
  }
  readonly limit: number
  readonly offset: number
}

/** Users of every app. Logins and emails are unique per app (case-insensitive). */
export interface UsersStore {
  create(user: NewUser): Promise<UserRecord>
  get(appId: number, id: number): Promise<UserRecord | undefined>
  /** Whether the user exists (reads one index entry, not the record). */
  exists(appId: number, id: number): Promise<boolean>
  getMany(appId: number, ids: ReadonlyArray<number>): Promise<ReadonlyArray<UserRecord>>
  findByLogin(appId: number, login: string): Promise<UserRecord | undefined>
  findByEmail(appId: number, email: string): Promise<UserRecord | undefined>
  list(query: UserQuery): Promise<{ readonly items: ReadonlyArray<UserRecord>; readonly total: number }>
  update(appId: number, id: number, changes: UserChanges): Promise<UserRecord | undefined>
  /** Removes the user and everything only they own (sessions). */
  delete(appId: number, id: number): Promise<boolean>
  touch(appId: number, id: number, at: number): Promise<void>
}
