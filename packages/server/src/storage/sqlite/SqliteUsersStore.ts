import type { UserRecord } from "../records.ts"
import type { NewUser, UserChanges, UserQuery, UsersStore } from "../UsersStore.ts"
import type { SqliteDatabase } from "./SqliteDatabase.ts"

type Row = Record<string, string | number | null>

const toUser = (row: Row): UserRecord => ({
  id: Number(row.id),
  appId: Number(row.app_id),
  login: row.login as string | null,
  email: row.email as string | null,
  fullName: row.full_name as string | null,
  phone: row.phone as string | null,
  website: row.website as string | null,
  externalUserId: row.external_user_id as number | null,
  facebookId: row.facebook_id as string | null,
  twitterId: row.twitter_id as string | null,
  blobId: row.blob_id as number | null,
  avatar: row.avatar as string | null,
  customData: row.custom_data as string | null,
  tags: String(row.tags ?? "")
    .split(",")
    .filter((tag) => tag.length > 0),
  timezone: row.timezone as number | null,
  isGuest: row.is_guest === 1,
  passwordHash: String(row.password_hash),
  createdAt: Number(row.created_at),
  updatedAt: Number(row.updated_at),
  lastRequestAt: row.last_request_at as number | null,
})

/** Column of each changeable field. */
const columns: Record<keyof UserChanges, string> = {
  login: "login",
  email: "email",
  fullName: "full_name",
  phone: "phone",
  website: "website",
  externalUserId: "external_user_id",
  facebookId: "facebook_id",
  twitterId: "twitter_id",
  blobId: "blob_id",
  avatar: "avatar",
  customData: "custom_data",
  tags: "tags",
  timezone: "timezone",
  isGuest: "is_guest",
  passwordHash: "password_hash",
}

const toColumnValue = (key: keyof UserChanges, value: unknown): string | number | null => {
  if (key === "tags") return (value as ReadonlyArray<string>).join(",")
  if (key === "isGuest") return value ? 1 : 0
  return value as string | number | null
}

const placeholders = (count: number) => Array.from({ length: count }, () => "?").join(", ")

export class SqliteUsersStore implements UsersStore {
  private readonly sql: SqliteDatabase

  constructor(sql: SqliteDatabase) {
    this.sql = sql
  }

  async create(user: NewUser): Promise<UserRecord> {
    const now = Date.now()
    const row = this.sql
      .statement(
        `INSERT INTO users (app_id, login, email, full_name, phone, website, external_user_id, facebook_id, twitter_id,
           blob_id, avatar, custom_data, tags, timezone, is_guest, password_hash, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
      )
      .get(
        user.appId,
        user.login,
        user.email,
        user.fullName,
        user.phone,
        user.website,
        user.externalUserId,
        user.facebookId,
        user.twitterId,
        user.blobId,
        user.avatar,
        user.customData,
        user.tags.join(","),
        user.timezone,
        user.isGuest ? 1 : 0,
        user.passwordHash,
        now,
        now,
      ) as Row
    return toUser(row)
  }

  async get(appId: number, id: number): Promise<UserRecord | undefined> {
    const row = this.sql.statement("SELECT * FROM users WHERE app_id = ? AND id = ?").get(appId, id) as
      | Row
      | undefined
    return row && toUser(row)
  }

  async exists(appId: number, id: number): Promise<boolean> {
    return this.sql.statement("SELECT 1 FROM users WHERE app_id = ? AND id = ?").get(appId, id) !== undefined
  }

  async getMany(appId: number, ids: ReadonlyArray<number>): Promise<ReadonlyArray<UserRecord>> {
    if (ids.length === 0) return []
    const rows = this.sql.db
      .prepare(`SELECT * FROM users WHERE app_id = ? AND id IN (${placeholders(ids.length)}) ORDER BY id`)
      .all(appId, ...ids) as Row[]
    return rows.map(toUser)
  }

  async findByLogin(appId: number, login: string): Promise<UserRecord | undefined> {
    const row = this.sql
      .statement("SELECT * FROM users WHERE app_id = ? AND login = ? COLLATE NOCASE")
      .get(appId, login) as Row | undefined
    return row && toUser(row)
  }

  async findByEmail(appId: number, email: string): Promise<UserRecord | undefined> {
    const row = this.sql
      .statement("SELECT * FROM users WHERE app_id = ? AND email = ? COLLATE NOCASE")
      .get(appId, email) as Row | undefined
    return row && toUser(row)
  }

  async list(query: UserQuery): Promise<{ items: ReadonlyArray<UserRecord>; total: number }> {
    const where: string[] = ["app_id = ?"]
    const args: Array<string | number> = [query.appId]
    const within = (column: string, values: ReadonlyArray<string | number> | undefined, collate = "") => {
      if (values === undefined) return
      where.push(values.length === 0 ? "0" : `${column}${collate} IN (${placeholders(values.length)})`)
      args.push(...values)
    }
    within("id", query.ids)
    within("login", query.logins, " COLLATE NOCASE")
    within("email", query.emails, " COLLATE NOCASE")
    within("phone", query.phones)
    within("external_user_id", query.externalUserIds)
    within("id", query.onlineUserIds)
    if (query.fullNameStartsWith !== undefined) {
      where.push("full_name LIKE ? ESCAPE '\\'")
      args.push(`${escapeLike(query.fullNameStartsWith)}%`)
    }
    if (query.loginStartsWith !== undefined) {
      where.push("login LIKE ? ESCAPE '\\'")
      args.push(`${escapeLike(query.loginStartsWith)}%`)
    }
    for (const tag of query.tags ?? []) {
      where.push("(',' || tags || ',') LIKE ? ESCAPE '\\'")
      args.push(`%,${escapeLike(tag)},%`)
    }
    const clause = where.join(" AND ")
    const sort = query.sort ?? { field: "id", direction: "asc" }
    const total = (
      this.sql.db.prepare(`SELECT count(*) AS n FROM users WHERE ${clause}`).get(...args) as { n: number }
    ).n
    const rows = this.sql.db
      .prepare(
        `SELECT * FROM users WHERE ${clause} ORDER BY ${sort.field} ${sort.direction}, id ASC LIMIT ? OFFSET ?`,
      )
      .all(...args, query.limit, query.offset) as Row[]
    return { items: rows.map(toUser), total }
  }

  async update(appId: number, id: number, changes: UserChanges): Promise<UserRecord | undefined> {
    const keys = (Object.keys(changes) as Array<keyof UserChanges>).filter(
      (key) => changes[key] !== undefined,
    )
    const sets = keys.map((key) => `${columns[key]} = ?`)
    const values = keys.map((key) => toColumnValue(key, changes[key]))
    const row = this.sql.db
      .prepare(
        `UPDATE users SET ${[...sets, "updated_at = ?"].join(", ")} WHERE app_id = ? AND id = ? RETURNING *`,
      )
      .get(...values, Date.now(), appId, id) as Row | undefined
    return row && toUser(row)
  }

  async delete(appId: number, id: number): Promise<boolean> {
    return this.sql.transaction(() => {
      this.sql.statement("DELETE FROM sessions WHERE app_id = ? AND user_id = ?").run(appId, id)
      return this.sql.statement("DELETE FROM users WHERE app_id = ? AND id = ?").run(appId, id).changes > 0
    })
  }

  async touch(appId: number, id: number, at: number): Promise<void> {
    this.sql.statement("UPDATE users SET last_request_at = ? WHERE app_id = ? AND id = ?").run(at, appId, id)
  }
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (char) => `\\${char}`)
