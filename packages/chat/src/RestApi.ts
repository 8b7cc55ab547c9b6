/**
 * The bridge to `@cube/rest`: one REST client per chat client, and `call`, which turns its
 * `{ data, error }` values into Effects that fail with `ChatError` (reason `RequestFailed`). A call whose
 * session expired is retried once with a renewed session when the app logged in with a password.
 *
 * @since 0.1.0
 */
import { createRestClient, type RestClient, type RestResponse } from "@cube/rest"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { ChatConfig } from "./ChatConfig.ts"
import * as ChatError from "./ChatError.ts"

/**
 * @since 0.1.0
 * @category models
 */
export interface Shape {
  readonly client: RestClient
  /** Runs one REST call; a RestError becomes a `ChatError`. The call is aborted when the Effect is interrupted. */
  readonly call: <A>(
    f: (client: RestClient, signal: AbortSignal) => Promise<RestResponse<A>>,
  ) => Effect.Effect<A, ChatError.ChatError>
  /** Sets what renews an expired session (resolves a new token, or undefined to give up). */
  readonly setRenewer: (renew: (() => Promise<string | undefined>) | undefined) => void
}

/**
 * @since 0.1.0
 * @category services
 */
export class RestApi extends Context.Service<RestApi, Shape>()("@cube/chat/RestApi") {}

/**
 * Builds the bridge over a REST client.
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromClient = (client: RestClient, setRenewer: Shape["setRenewer"] = () => {}): Shape => {
  const call = <A>(f: (client: RestClient, signal: AbortSignal) => Promise<RestResponse<A>>) =>
    Effect.callback<A, ChatError.ChatError>((resume, signal) => {
      f(client, signal).then(
        (result) =>
          resume(
            result.error ? Effect.fail(ChatError.fromRest(result.error)) : Effect.succeed(result.data as A),
          ),
        (cause) =>
          resume(
            Effect.fail(
              ChatError.make(
                new ChatError.RequestFailed({ kind: "network", status: 0, detail: String(cause) }),
              ),
            ),
          ),
      )
    })
  return { client, setRenewer, call }
}

/**
 * The REST client of the configured application.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<RestApi, never, ChatConfig> = Layer.effect(
  RestApi,
  Effect.gen(function* () {
    const config = yield* ChatConfig
    let renewer: (() => Promise<string | undefined>) | undefined
    const client = createRestClient({
      baseUrl: config.apiUrl,
      timeout: config.requestTimeoutMs,
      ...(config.fetch ? { fetch: config.fetch } : {}),
      onSessionExpired: () => (renewer ? renewer() : Promise.resolve(undefined)),
    })
    return fromClient(client, (renew) => {
      renewer = renew
    })
  }),
)
