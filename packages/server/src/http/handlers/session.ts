import { randomToken } from "../../ids.ts"
import { hashPassword, verifyPassword } from "../../services/passwords.ts"
import type { UserRecord } from "../../storage/records.ts"
import type { CubeContext, Handlers } from "../CubeContext.ts"
import { HttpError, invalid, unauthorized } from "../HttpError.ts"
import { sessionExpiry } from "../sessionLife.ts"
import { sessionJson } from "../wire/sessionJson.ts"
import { userJson } from "../wire/userJson.ts"

interface Credentials {
  readonly login?: string
  readonly email?: string
  readonly password?: string
  readonly guest?: string | number | boolean
  readonly full_name?: string
}

/** The user the credentials name, when the password matches. */
const checkCredentials = async (
  ctx: CubeContext,
  appId: number,
  credentials: Credentials,
): Promise<UserRecord> => {
  const users = ctx.server.storage.users
  const user =
    credentials.login !== undefined
      ? await users.findByLogin(appId, credentials.login)
      : credentials.email !== undefined
        ? await users.findByEmail(appId, credentials.email)
        : undefined
  if (credentials.login === undefined && credentials.email === undefined)
    throw invalid("login", "login or email is required")
  if (
    user === undefined ||
    credentials.password === undefined ||
    !(await verifyPassword(credentials.password, user.passwordHash))
  ) {
    throw unauthorized("Unauthorized")
  }
  return user
}

const createGuest = async (
  ctx: CubeContext,
  appId: number,
  fullName: string | undefined,
): Promise<UserRecord> =>
  ctx.server.storage.users.create({
    appId,
    login: `guest-${randomToken(6)}`,
    email: null,
    fullName: fullName ?? "Guest",
    phone: null,
    website: null,
    externalUserId: null,
    facebookId: null,
    twitterId: null,
    blobId: null,
    avatar: null,
    customData: null,
    tags: [],
    timezone: null,
    isGuest: true,
    passwordHash: await hashPassword(randomToken()),
  })

export const sessionHandlers: Handlers = {
  /** POST /session.json: an application session, or a user session from login/email + password, or a guest. */
  createSession: async (ctx) => {
    const body = ctx.body as {
      application_id: number | string
      auth_key: string
      user?: Credentials
      provider?: string
    }
    const app = ctx.server.app(Number(body.application_id))
    if (app === undefined || app.authKey !== body.auth_key)
      throw unauthorized("Unknown application id or wrong auth key")
    if (body.provider !== undefined) {
      throw new HttpError(422, {
        errors: { provider: [`Provider '${body.provider}' is not supported by this server`] },
      })
    }
    const credentials = body.user
    const guest =
      credentials?.guest !== undefined && String(credentials.guest) !== "0" && credentials.guest !== false
    const user =
      credentials === undefined
        ? undefined
        : guest
          ? await createGuest(ctx, app.id, credentials.full_name)
          : await checkCredentials(ctx, app.id, credentials)
    const now = Date.now()
    const session = await ctx.server.storage.sessions.create({
      appId: app.id,
      userId: user?.id ?? 0,
      token: randomToken(),
      expiresAt: sessionExpiry(ctx.server.config.sessionTtlMs, now),
      createdAt: now,
    })
    if (user) await ctx.server.storage.users.touch(app.id, user.id, now)
    ctx.reply.code(201)
    return { session: sessionJson(session, user) }
  },

  /** GET /session.json */
  getSession: async (ctx) => {
    const session = ctx.session!
    const user =
      session.userId > 0 ? await ctx.server.storage.users.get(session.appId, session.userId) : undefined
    return { session: sessionJson(session, user) }
  },

  /** DELETE /session.json: the token stops working at once. */
  destroySession: async (ctx) => {
    await ctx.server.storage.sessions.delete(ctx.session!.token)
    return undefined
  },

  /** POST /login.json: binds a user to the current (application) session. */
  login: async (ctx) => {
    const user = await checkCredentials(ctx, ctx.app.id, ctx.body as Credentials)
    await ctx.server.storage.sessions.setUser(ctx.session!.token, user.id, Date.now())
    return { user: userJson(user) }
  },

  /** DELETE /login.json: the session goes back to application-only. */
  logout: async (ctx) => {
    await ctx.server.storage.sessions.setUser(ctx.session!.token, 0, Date.now())
    return undefined
  },
}
