import type { FastifyRequest } from "fastify"
import type { AppConfig } from "../config.ts"
import type { ServerContext } from "../ServerContext.ts"
import type { SessionRecord } from "../storage/records.ts"
import { sessionMissing, unauthorized } from "./HttpError.ts"
import { sessionExpiry, sessionNeedsExtending } from "./sessionLife.ts"
import type { Access } from "./specRoutes.ts"

export interface Caller {
  readonly app: AppConfig | undefined
  readonly session: SessionRecord | undefined
}

const header = (request: FastifyRequest, name: string): string | undefined => {
  const value = request.headers[name]
  return Array.isArray(value) ? value[0] : value
}

/**
 * Resolves who is calling: a live `CB-Token` session (each use extends its life: see sessionLife.ts), or for sign-up
 * an app's `CB-AuthKey`. Unknown and expired tokens get the 401 the SDKs' session-expired hook expects.
 */
export const authenticate = async (
  server: ServerContext,
  request: FastifyRequest,
  access: Access,
): Promise<Caller> => {
  const token = header(request, "cb-token") ?? (request.query as Record<string, unknown> | undefined)?.token
  if (typeof token === "string" && token.length > 0) {
    const now = Date.now()
    const session = await server.storage.sessions.findLive(token, now)
    if (session === undefined) {
      if (access === "public") return { app: undefined, session: undefined }
      throw sessionMissing()
    }
    const ttl = server.config.sessionTtlMs
    if (sessionNeedsExtending(session, ttl, now)) {
      await server.storage.sessions.extend(token, sessionExpiry(ttl, now), now)
      if (session.userId > 0) await server.storage.users.touch(session.appId, session.userId, now)
    }
    return { app: server.app(session.appId), session }
  }
  if (access === "session-or-auth-key") {
    const authKey = header(request, "cb-authkey")
    const app =
      authKey === undefined
        ? undefined
        : server.config.apps.find((candidate) => candidate.authKey === authKey)
    if (app === undefined) throw unauthorized("Token is required")
    return { app, session: undefined }
  }
  if (access === "session") throw unauthorized("Token is required")
  return { app: undefined, session: undefined }
}
