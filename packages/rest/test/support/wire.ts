// Helpers of the endpoint-family tests: a client recording what it sends, and the request line
// as protocol.md §8 prints it.
import { createRestClient } from "../../src/index.ts"
import { baseUrl, type Captured, fakeFetch } from "./fakeFetch.ts"
import * as samples from "./samples.ts"

export const token = samples.session.token
export const JSON_TYPE = "application/json"
export const FORM_TYPE = "application/x-www-form-urlencoded; charset=UTF-8"

/** The request line as §8 prints it: `METHOD url`, the headers that matter, and the body. */
export const wire = (call: Captured | undefined) =>
  call && {
    line: `${call.method} ${call.url}`,
    token: call.headers["cb-token"],
    authKey: call.headers["cb-authkey"],
    type: call.headers["content-type"],
    body: call.body,
  }

/** A text call's success: no data, no error, a 200. */
export const emptyOk = (result: { data?: unknown; error?: unknown; response: Response | undefined }) => ({
  data: result.data,
  error: result.error,
  status: result.response?.status,
})
export const EMPTY_OK = { data: undefined, error: undefined, status: 200 }

/** A client (logged in unless `startToken` is null) whose requests are recorded in `calls`. */
export const recordingClient = (answer: (call: Captured) => Response, startToken: string | null = token) => {
  const fake = fakeFetch(answer)
  return {
    ...fake,
    client: createRestClient({ baseUrl, fetch: fake.fetch, ...(startToken ? { token: startToken } : {}) }),
  }
}
