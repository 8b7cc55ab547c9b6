/**
 * Raw HTTP for tests that must send what a typed client cannot: malformed JSON, wrong types,
 * missing headers, huge bodies. Everything else goes through @cube/rest.
 */
export interface RawResponse {
  readonly status: number
  readonly text: string
  // biome-ignore lint/suspicious/noExplicitAny: test helper, callers assert on the shape
  readonly json: any
  readonly headers: Headers
}

export interface RawRequest {
  readonly token?: string
  readonly authKey?: string
  /** A JSON-serialisable body, or a raw string sent as is. */
  readonly body?: unknown
  /** Urlencoded body (DELETE parameters). */
  readonly form?: Record<string, string>
  readonly query?: string
  readonly headers?: Record<string, string>
}

export const raw = async (
  baseUrl: string,
  method: string,
  path: string,
  request: RawRequest = {},
): Promise<RawResponse> => {
  const headers: Record<string, string> = { ...request.headers }
  if (request.token) headers["CB-Token"] = request.token
  if (request.authKey) headers["CB-AuthKey"] = request.authKey
  let body: string | undefined
  if (request.form) {
    headers["Content-Type"] ??= "application/x-www-form-urlencoded; charset=UTF-8"
    body = new URLSearchParams(request.form).toString()
  } else if (typeof request.body === "string") {
    headers["Content-Type"] ??= "application/json;charset=utf-8"
    body = request.body
  } else if (request.body !== undefined) {
    headers["Content-Type"] ??= "application/json;charset=utf-8"
    body = JSON.stringify(request.body)
  }
  const response = await fetch(`${baseUrl}${path}${request.query ? `?${request.query}` : ""}`, {
    method,
    headers,
    body: body ?? null,
  })
  const text = await response.text()
  let json: unknown
  try {
    json = text.length > 0 ? JSON.parse(text) : undefined
  } catch {
    json = undefined
  }
  return { status: response.status, text, json, headers: response.headers }
}
