import type { FastifyReply, FastifyRequest } from "fastify"
import type { AppConfig } from "../config.ts"
import type { ServerContext } from "../ServerContext.ts"
import type { SessionRecord } from "../storage/records.ts"
import { forbidden } from "./HttpError.ts"

/** What a REST handler gets: the server, the caller's app and session, and the validated request. */
export interface CubeContext {
  readonly server: ServerContext
  readonly app: AppConfig
  /** The caller's session; undefined only on operations that need none (session create, uploads). */
  readonly session: SessionRecord | undefined
  /** The caller's user id; 0 for an application-only session or no session. */
  readonly userId: number
  readonly params: Record<string, string>
  // biome-ignore lint/suspicious/noExplicitAny: validated against the spec before the handler runs
  readonly query: Record<string, any>
  // biome-ignore lint/suspicious/noExplicitAny: validated against the spec before the handler runs
  readonly body: any
  readonly request: FastifyRequest
  readonly reply: FastifyReply
}

/**
 * A REST operation. The resolved value is sent as JSON; `undefined` sends an empty 200 (the SDKs'
 * "text" calls). Set another status with `ctx.reply.code(…)`. Throw an `HttpError` to fail.
 */
export type Handler = (ctx: CubeContext) => Promise<unknown>

/** Handlers by the spec's `operationId`. */
export type Handlers = Readonly<Record<string, Handler>>

/** The user id of the caller, or a 403 for an application-only session. */
export const requireUser = (ctx: CubeContext): number => {
  if (ctx.userId > 0) return ctx.userId
  throw forbidden("This operation needs a user session; log in first")
}
