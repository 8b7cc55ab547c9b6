// createRestClient: openapi-fetch over the generated `paths`, plus what ConnectyCube's wire needs —
// CB-Token auth with a one-time retry after a session expiry, sorted `key[op]=v` queries, urlencoded
// DELETE bodies, per-call timeouts, and errors as values (a call never throws).
import createClient, { type Middleware, mergeHeaders } from "openapi-fetch"
import { createAuth, type SessionExpiredHandler } from "./auth.ts"
import { type BlobApi, createBlobApi } from "./blobs.ts"
import { createDeadline } from "./deadline.ts"
import { RestError } from "./errors.ts"
import { bodyKind, parseBody } from "./parse.ts"
import { querySerializerFor, serializeForm, serializePath, serializeQuery } from "./serialize.ts"
import { createSessionApi, type SessionApi } from "./session.ts"
import type { RestMethod, RestPaths, RestResponse } from "./types.ts"

/** A fetch implementation (the global one by default). */
export type FetchLike = (request: Request) => Promise<Response>

/** Options of createRestClient. */
export interface RestClientOptions {
  /** The API root, e.g. `http://127.0.0.1:8080` or `https://api.connectycube.com`. */
  readonly baseUrl: string
  /** A fetch to use instead of `globalThis.fetch` (tests, proxies, React Native polyfills). */
  readonly fetch?: FetchLike
  /** A session token to start with (sent as `CB-Token`). */
  readonly token?: string
  /** Called on a 401 `Required session does not exist`: resolve a new token to retry once, or undefined to give up. */
  readonly onSessionExpired?: SessionExpiredHandler
  /** Default timeout of every call in milliseconds (none by default). */
  readonly timeout?: number
  /** Extra headers sent with every call. */
  readonly headers?: Record<string, string>
}

/** The typed calls and the token; what the session and blob helpers are built on. */
export interface RestCore {
  /** Calls a GET endpoint; query filters are written `key[op]=v`. */
  readonly GET: RestMethod<RestPaths, "get">
  /** Calls a POST endpoint with a JSON body. */
  readonly POST: RestMethod<RestPaths, "post">
  /** Calls a PUT endpoint with a JSON body. */
  readonly PUT: RestMethod<RestPaths, "put">
  /** Calls a DELETE endpoint; its `body` (e.g. `{ force: 1 }`) is sent urlencoded. */
  readonly DELETE: RestMethod<RestPaths, "delete">
  /** Adds openapi-fetch middleware (runs after the client's own CB-Token middleware). */
  use(...middleware: Middleware[]): void
  /** Removes middleware added with `use`. */
  eject(...middleware: Middleware[]): void
  /** The current session token. */
  getToken(): string | undefined
  /** Replaces (or with undefined, forgets) the session token. */
  setToken(token: string | undefined): void
  /** The API root the client was created with. */
  readonly baseUrl: string
  /** The fetch the client sends with. */
  readonly fetch: FetchLike
  /** The client's default timeout in milliseconds. */
  readonly timeout: number | undefined
}

/** The REST client: typed calls, the token, and helpers for sessions and uploads. */
export interface RestClient extends RestCore, SessionApi, BlobApi {}

const FORM = "application/x-www-form-urlencoded; charset=UTF-8"

type CallInit = Record<string, unknown> & {
  timeout?: number
  signal?: AbortSignal
  parseAs?: string
  body?: unknown
}
type Outcome = { data?: unknown; error?: unknown; response: Response }

const settle = (
  outcome: Outcome,
  method: string,
  schemaPath: string,
  parseAs: string | undefined,
): RestResponse<unknown> => {
  const { response } = outcome
  if (!response.ok)
    return {
      error: new RestError({ reason: "http", status: response.status, body: outcome.error, response }),
      response,
    }
  if (parseAs !== undefined) return { data: outcome.data, response }
  const parsed = parseBody(outcome.data as string | undefined, bodyKind(method, schemaPath), response)
  return "error" in parsed ? { error: parsed.error, response } : { data: parsed.data, response }
}

const failure = (cause: unknown, reason: "network" | "timeout" | "aborted"): RestError => {
  const detail = cause instanceof Error ? cause.message : String(cause)
  const message =
    reason === "network"
      ? `Network request failed: ${detail}`
      : reason === "timeout"
        ? detail
        : "The request was aborted"
  return new RestError({ reason, status: 0, cause, message })
}

/** Creates a typed REST client for a Cube or ConnectyCube server. */
export const createRestClient = (options: RestClientOptions): RestClient => {
  const fetchImpl: FetchLike = options.fetch ?? ((request) => globalThis.fetch(request))
  const auth = createAuth(options.token, options.onSessionExpired)
  // The typed surface is RestCore; underneath, one untyped openapi-fetch client serves every path.
  // biome-ignore lint/suspicious/noExplicitAny: see above
  const base = createClient<any>({
    baseUrl: options.baseUrl,
    fetch: fetchImpl,
    querySerializer: serializeQuery,
    pathSerializer: serializePath,
    ...(options.headers ? { headers: options.headers } : {}),
  })
  base.use(auth.middleware)

  const send = async (
    method: string,
    schemaPath: string,
    init: CallInit = {},
  ): Promise<RestResponse<unknown>> => {
    const { timeout = options.timeout, signal, parseAs, ...rest } = init
    const deadline = createDeadline(signal, timeout)
    const request: Record<string, unknown> = { ...rest, parseAs: parseAs ?? "text" }
    if (deadline.signal) request.signal = deadline.signal
    request.querySerializer = rest.querySerializer ?? querySerializerFor(schemaPath)
    if (method === "DELETE" && rest.body !== undefined) {
      // DELETE parameters travel as an urlencoded body (`force=1`); none means no body at all.
      const form = serializeForm(rest.body)
      if (form === "") delete request.body
      else
        Object.assign(request, {
          body: form,
          bodySerializer: (body: string) => body,
          headers: mergeHeaders({ "Content-Type": FORM }, rest.headers as never),
        })
    }
    try {
      const sentWith = auth.getToken()
      let outcome: Outcome = await base.request(method as "get", schemaPath, request)
      if (!outcome.response.ok && auth.isSessionExpired(schemaPath, outcome.response.status, outcome.error)) {
        // Retry exactly once, with the token the app hands back (or one another call already got).
        const token = await auth.renew(sentWith)
        if (token !== undefined) outcome = await base.request(method as "get", schemaPath, request)
      }
      return settle(outcome, method, schemaPath, parseAs)
    } catch (cause) {
      return {
        error: failure(cause, signal?.aborted ? "aborted" : deadline.timedOut() ? "timeout" : "network"),
        response: undefined,
      }
    } finally {
      deadline.dispose()
    }
  }

  const method = (name: string) => ((path: string, init?: CallInit) => send(name, path, init)) as never
  const core: RestCore = {
    GET: method("GET"),
    POST: method("POST"),
    PUT: method("PUT"),
    DELETE: method("DELETE"),
    use: (...middleware) => base.use(...middleware),
    eject: (...middleware) => base.eject(...middleware),
    getToken: auth.getToken,
    setToken: auth.setToken,
    baseUrl: options.baseUrl.replace(/\/+$/, ""),
    fetch: fetchImpl,
    timeout: options.timeout,
  }
  return { ...core, ...createSessionApi(core), ...createBlobApi(core) }
}
