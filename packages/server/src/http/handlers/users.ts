import { hashPassword, verifyPassword } from "../../services/passwords.ts"
import type { UserChanges, UserQuery } from "../../storage/UsersStore.ts"
import type { CubeContext, Handlers } from "../CubeContext.ts"
import { requireUser } from "../CubeContext.ts"
import { forbidden, HttpError, invalid, notFound } from "../HttpError.ts"
import { userJson } from "../wire/userJson.ts"

interface UserInput {
  readonly login?: string
  readonly email?: string
  readonly password?: string
  readonly old_password?: string
  readonly full_name?: string
  readonly phone?: string
  readonly website?: string
  readonly external_user_id?: number | string
  readonly facebook_id?: string
  readonly twitter_id?: string
  readonly blob_id?: number | string | null
  readonly avatar?: string | null
  readonly custom_data?: string | null
  readonly tag_list?: string | ReadonlyArray<string>
  readonly timezone?: number | string | null
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

const checkPassword = (password: string | undefined) => {
  if (password === undefined || password.length < 8 || password.length > 40) {
    throw invalid("password", "is too short or too long (8 to 40 characters)")
  }
}

const tagsOf = (tags: UserInput["tag_list"]) =>
  (typeof tags === "string" ? tags.split(",") : (tags ?? []))
    .map((tag) => tag.trim())
    .filter((tag) => tag.length > 0)

const nullableNumber = (value: number | string | null | undefined) =>
  value === undefined ? undefined : value === null || value === "" ? null : Number(value)

/** The stored form of the profile fields present in a request (absent fields stay undefined). */
const profileChanges = (input: UserInput): UserChanges => {
  const changes: Record<string, unknown> = {
    login: input.login,
    email: input.email,
    fullName: input.full_name,
    phone: input.phone,
    website: input.website,
    externalUserId: nullableNumber(input.external_user_id),
    facebookId: input.facebook_id,
    twitterId: input.twitter_id,
    blobId: nullableNumber(input.blob_id),
    avatar: input.avatar,
    customData: input.custom_data,
    tags: input.tag_list === undefined ? undefined : tagsOf(input.tag_list),
    timezone: nullableNumber(input.timezone),
  }
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as UserChanges
}

/** Refuses a login or email another user of the app already has. */
const checkUnique = async (ctx: CubeContext, input: UserInput, selfId: number | undefined) => {
  if (input.email !== undefined && !emailPattern.test(input.email)) throw invalid("email", "is invalid")
  if (input.login !== undefined) {
    const other = await ctx.server.storage.users.findByLogin(ctx.app.id, input.login)
    if (other && other.id !== selfId) throw invalid("login", "has already been taken")
  }
  if (input.email !== undefined) {
    const other = await ctx.server.storage.users.findByEmail(ctx.app.id, input.email)
    if (other && other.id !== selfId) throw invalid("email", "has already been taken")
  }
}

/** Values of a filter given as `v`, `v1,v2`, `{in: [...]}` or `{in: "v1,v2"}`. */
const filterValues = (filter: unknown): string[] | undefined => {
  if (filter === undefined) return undefined
  // An operator object without `in` (`{start_with: …}`) is not a list of values.
  if (typeof filter === "object" && filter !== null && !Array.isArray(filter) && !("in" in filter))
    return undefined
  const raw =
    typeof filter === "object" && filter !== null && !Array.isArray(filter)
      ? (filter as Record<string, unknown>).in
      : filter
  const list = Array.isArray(raw)
    ? raw.map(String)
    : typeof raw === "string" || typeof raw === "number"
      ? String(raw).split(",")
      : []
  return list.map((value) => value.trim()).filter((value) => value.length > 0)
}

const startsWith = (filter: unknown): string | undefined =>
  typeof filter === "object" &&
  filter !== null &&
  typeof (filter as Record<string, unknown>).start_with === "string"
    ? ((filter as Record<string, unknown>).start_with as string)
    : undefined

const sortFields = new Set(["id", "created_at", "updated_at", "last_request_at", "full_name", "login"])

const sortOf = (query: Record<string, unknown>): UserQuery["sort"] => {
  for (const direction of ["asc", "desc"] as const) {
    const field = query[`sort_${direction}`]
    if (field === undefined) continue
    if (typeof field !== "string" || !sortFields.has(field))
      throw invalid(`sort_${direction}`, "is not a sortable field")
    return { field: field as NonNullable<UserQuery["sort"]>["field"], direction }
  }
  return undefined
}

const numbers = (values: string[] | undefined, field: string) =>
  values?.map((value) => {
    const number = Number(value)
    if (!Number.isInteger(number)) throw invalid(field, `'${value}' is not an integer`)
    return number
  })

const pageLimit = (value: unknown, fallback = 100) =>
  Math.min(Math.max(Number(value ?? fallback) || fallback, 1), 100)

export const userHandlers: Handlers = {
  /** POST /users.json: sign up with the app's auth key (or from any session of the app). */
  signUp: async (ctx) => {
    const input = (ctx.body as { user: UserInput }).user
    if (input.login === undefined && input.email === undefined)
      throw invalid("login", "login or email is required")
    checkPassword(input.password)
    await checkUnique(ctx, input, undefined)
    const changes = profileChanges(input)
    const user = await ctx.server.storage.users.create({
      appId: ctx.app.id,
      login: changes.login ?? null,
      email: changes.email ?? null,
      fullName: changes.fullName ?? null,
      phone: changes.phone ?? null,
      website: changes.website ?? null,
      externalUserId: changes.externalUserId ?? null,
      facebookId: changes.facebookId ?? null,
      twitterId: changes.twitterId ?? null,
      blobId: changes.blobId ?? null,
      avatar: changes.avatar ?? null,
      customData: changes.customData ?? null,
      tags: changes.tags ?? [],
      timezone: changes.timezone ?? null,
      isGuest: false,
      passwordHash: await hashPassword(input.password!),
    })
    ctx.reply.code(201)
    return { user: userJson(user) }
  },

  /** GET /users/v2.json: users of the app with filters, sorting and paging. */
  listUsers: async (ctx) => {
    const query = ctx.query
    const limit = pageLimit(query.limit)
    const offset = Math.max(Number(query.offset ?? query.skip ?? 0) || 0, 0)
    const result = await ctx.server.storage.users.list({
      appId: ctx.app.id,
      ...optional("ids", numbers(filterValues(query.id), "id")),
      ...optional(
        "logins",
        typeof query.login === "object" ? filterValues(query.login) : filterValues(query.login),
      ),
      ...optional("emails", filterValues(query.email)),
      ...optional("phones", filterValues(query.phone)),
      ...optional(
        "externalUserIds",
        numbers(filterValues(query.external_user_id ?? query.external_id), "external_user_id"),
      ),
      ...optional("fullNameStartsWith", startsWith(query.full_name)),
      ...optional("loginStartsWith", startsWith(query.login)),
      ...optional("tags", filterValues(query.user_tags ?? query.tags)),
      ...optional("sort", sortOf(query)),
      limit,
      offset,
    } as UserQuery)
    return { limit, skip: offset, total_entries: result.total, items: result.items.map(userJson) }
  },

  /** GET /users/{userId}.json */
  getUser: async (ctx) => {
    const user = await ctx.server.storage.users.get(ctx.app.id, Number(ctx.params.userId))
    if (user === undefined) throw notFound("User")
    return { user: userJson(user) }
  },

  /** PUT /users/{userId}.json: a user changes only their own profile; a new password needs the old one. */
  updateUser: async (ctx) => {
    const self = requireUser(ctx)
    const id = Number(ctx.params.userId)
    if (id !== self) throw forbidden("A user can change only their own profile")
    const current = await ctx.server.storage.users.get(ctx.app.id, id)
    if (current === undefined) throw notFound("User")
    const input = (ctx.body as { user: UserInput }).user
    await checkUnique(ctx, input, id)
    const changes: Record<string, unknown> = { ...profileChanges(input) }
    if (input.password !== undefined) {
      checkPassword(input.password)
      if (
        input.old_password === undefined ||
        !(await verifyPassword(input.old_password, current.passwordHash))
      ) {
        throw invalid("old_password", "is wrong")
      }
      changes.passwordHash = await hashPassword(input.password)
    }
    const user = await ctx.server.storage.users.update(ctx.app.id, id, changes as UserChanges)
    return { user: userJson(user!) }
  },

  /** DELETE /users/{userId}.json: a user deletes only themself; their sessions end. */
  deleteUser: async (ctx) => {
    const self = requireUser(ctx)
    if (Number(ctx.params.userId) !== self) throw forbidden("A user can delete only themself")
    await ctx.server.storage.users.delete(ctx.app.id, self)
    return undefined
  },

  /** GET /users/online.json: users with a live chat connection, or their `count`. */
  listOnlineUsers: async (ctx) => {
    const online = ctx.server.presence.onlineUserIds(ctx.app.id)
    if (String(ctx.query.count) === "true" || String(ctx.query.count) === "1") return { count: online.length }
    const limit = pageLimit(ctx.query.limit)
    const offset = Math.max(Number(ctx.query.offset ?? 0) || 0, 0)
    const page = online.slice(offset, offset + limit)
    const users = await ctx.server.storage.users.getMany(ctx.app.id, page)
    return { users: users.map(userJson) }
  },

  /** POST /users/password/reset.json: raised as an event for a mail sink; this server sends no mail itself. */
  resetPassword: async (ctx) => {
    const email = (ctx.body as { email: string }).email
    const user = await ctx.server.storage.users.findByEmail(ctx.app.id, email)
    if (user === undefined)
      throw new HttpError(404, { errors: { base: ["User with this email was not found"] } })
    ctx.server.events.emit("user.passwordResetRequested", { appId: ctx.app.id, userId: user.id, email })
    return undefined
  },
}

const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V }

declare module "../../ServerEvents.ts" {
  interface ServerEventMap {
    "user.passwordResetRequested": [
      { readonly appId: number; readonly userId: number; readonly email: string },
    ]
  }
}
