// An injected fetch for unit tests: records every request exactly as it would go on the wire and
// answers with scripted responses. (Integration tests use the real server instead.)

/** One request as the server would see it. */
export interface Captured {
  readonly method: string
  /** Path and query, e.g. `/chat/Dialog.json?limit=10`. */
  readonly url: string
  readonly path: string
  readonly query: string
  /** Lower-cased header names. */
  readonly headers: Record<string, string>
  /** The body as text, or undefined when there was none. */
  readonly body: string | undefined
  readonly signal: AbortSignal
}

export type Responder = (request: Captured, index: number) => Response | Promise<Response>

/** A fetch that records requests and answers through `respond`. */
export const fakeFetch = (respond: Responder = () => json(200, {})) => {
  const calls: Captured[] = []
  const fetch = async (request: Request): Promise<Response> => {
    const url = new URL(request.url)
    const body = request.body === null ? undefined : await request.text()
    const captured: Captured = {
      method: request.method,
      url: `${url.pathname}${url.search}`,
      path: url.pathname,
      query: url.search.slice(1),
      headers: Object.fromEntries(request.headers),
      body,
      signal: request.signal,
    }
    calls.push(captured)
    return respond(captured, calls.length - 1)
  }
  return { calls, fetch }
}

/** A JSON response. */
export const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8" },
  })

/** An empty response (a text call's success). */
export const empty = (status = 200): Response => new Response(null, { status })

/** The 401 that starts the session-expired flow. */
export const sessionExpired = (): Response =>
  json(401, { errors: { base: ["Required session does not exist"] } })

/** A response that never arrives until the request is aborted. */
export const hang = (request: Captured): Promise<Response> =>
  new Promise((_resolve, reject) => {
    if (request.signal.aborted) reject(request.signal.reason)
    request.signal.addEventListener("abort", () => reject(request.signal.reason), { once: true })
  })

export const baseUrl = "http://cube.test"
