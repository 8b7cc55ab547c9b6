// The typed surface of the client: openapi-fetch's request typing over the generated `paths`, with
// two widenings the wire allows (id lists as arrays) and one narrowing (errors are RestErrors).
import type { Client, ClientPathsWithMethod, FetchResponse, MaybeOptionalInit } from "openapi-fetch"
import type { RestError } from "./errors.ts"
import type { paths } from "./generated/api.ts"

/** The HTTP methods the API uses. */
export type HttpMethod = "get" | "put" | "post" | "delete"

/** What every call resolves with: `data` on success, otherwise a RestError; never throws. */
export type RestResponse<T> =
  | { data: T; error?: never; response: Response }
  /** `response` is undefined when the request got no answer (network, timeout, abort). */
  | { data?: never; error: RestError; response: Response | undefined }

/** Options every call takes besides openapi-fetch's own. */
export type CallOptions = {
  /** Abort this call after so many milliseconds (overrides the client's `timeout`; 0 disables it). */
  readonly timeout?: number
  /** Abort this call from outside. */
  readonly signal?: AbortSignal
}

// Path ids (`{messageIds}`, `{recordIds}`, `{dialogId}`…) and `chat_dialog_ids` accept arrays;
// the client joins them with commas. Timestamps (`start_date`, `created_at[gt]`…) accept Dates,
// which the client writes as ISO-8601.
type IdList = ReadonlyArray<string | number>
type DateKey = "start_date" | "end_date" | "created_at" | "updated_at" | "last_request_at"
type WithDates<V> = V extends string | number
  ? V | Date
  : V extends object
    ? { [K in keyof V]: WithDates<V[K]> }
    : V
type WidenPath<P> = { [K in keyof P]: P[K] extends string | number ? P[K] | IdList : P[K] }
type WidenQuery<Q> = {
  [K in keyof Q]: K extends "chat_dialog_ids" ? Q[K] | IdList : K extends DateKey ? WithDates<Q[K]> : Q[K]
}
type WidenParameters<P> = {
  [K in keyof P]: K extends "path" ? WidenPath<P[K]> : K extends "query" ? WidenQuery<P[K]> : P[K]
}
type WidenOperation<O> = { [K in keyof O]: K extends "parameters" ? WidenParameters<O[K]> : O[K] }
type WidenPathItem<I> = { [M in keyof I]: M extends HttpMethod ? WidenOperation<I[M]> : I[M] }

/** The generated `paths`, with id lists accepted as arrays. */
export type RestPaths = { [P in keyof paths]: WidenPathItem<paths[P]> }

// As openapi-typescript-helpers: a key is required when an empty object lacks it.
// biome-ignore lint/complexity/noBannedTypes: `{}` is the empty object this test needs
type RequiredKeysOfHelper<T> = { [K in keyof T]: {} extends Pick<T, K> ? never : K }[keyof T]
type RequiredKeysOf<T> = RequiredKeysOfHelper<T> extends undefined ? never : RequiredKeysOfHelper<T>
type InitParam<Init> =
  RequiredKeysOf<Init> extends never
    ? [(Init & CallOptions & { [key: string]: unknown })?]
    : [Init & CallOptions & { [key: string]: unknown }]

type AnyMedia = `${string}/${string}`

/** The success `data` type of an operation (per openapi-fetch, honouring `parseAs`). */
export type SuccessData<Operation extends Record<string | number, unknown>, Init> =
  FetchResponse<Operation, Init, AnyMedia> extends infer R ? (R extends { data: infer D } ? D : never) : never

/** A typed call: `client.GET("/chat/Dialog.json", { params: { query: { limit: 10 } } })`. */
// biome-ignore lint/suspicious/noExplicitAny: the constraint openapi-fetch's own ClientMethod uses
export type RestMethod<Paths extends Record<string, any>, Method extends HttpMethod> = <
  Path extends ClientPathsWithMethod<Client<Paths>, Method>,
  Init extends MaybeOptionalInit<Paths[Path], Method>,
>(
  url: Path,
  ...init: InitParam<Init>
) => Promise<RestResponse<SuccessData<Paths[Path][Method], Init>>>
