/**
 * Last activity (XEP-0012) and ConnectyCube status streaming: ask how long ago a user was online
 * (`0` while online), or subscribe to be told whenever that changes. Subscriptions belong to the server
 * session, so they are made again after every fresh (not resumed) login.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import { CubeJid } from "./CubeJid.ts"
import { freshSessions, select } from "./internal/incoming.ts"
import * as Stanza from "./Stanza.ts"
import { type RequestOptions, XmppConnection } from "./XmppConnection.ts"
import type * as XmppError from "./XmppError.ts"

const NS_LAST = "jabber:iq:last"
const NS_STREAMING = "https://connectycube.com/protocol/status_streaming"

/**
 * A user's last activity: seconds since they were last online, 0 while they are.
 *
 * @since 0.1.0
 * @category models
 */
export interface Activity {
  readonly userId: number
  readonly seconds: number
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Shape {
  readonly query: (userId: number, options?: RequestOptions) => Effect.Effect<Activity, XmppError.XmppError>
  /** Starts status streaming for a user: `updates` then reports each change. */
  readonly subscribe: (userId: number, options?: RequestOptions) => Effect.Effect<void, XmppError.XmppError>
  readonly unsubscribe: (userId: number, options?: RequestOptions) => Effect.Effect<void, XmppError.XmppError>
  readonly updates: Stream.Stream<Activity>
}

/**
 * @since 0.1.0
 * @category services
 */
export class LastActivity extends Context.Service<LastActivity, Shape>()("@cube/realtime/LastActivity") {}

/**
 * The last-activity query (pure).
 *
 * @since 0.1.0
 * @category constructors
 */
export const queryStanza = (to: string): Stanza.Element =>
  Stanza.xml("iq", { type: "get", to }, Stanza.xml("query", { xmlns: NS_LAST }))

/**
 * The status-streaming subscription (pure); `enable: false` unsubscribes.
 *
 * @since 0.1.0
 * @category constructors
 */
export const streamingStanza = (userJid: string, enable: boolean): Stanza.Element =>
  Stanza.xml(
    "iq",
    { type: "set" },
    Stanza.xml("subscribe", { xmlns: NS_STREAMING, user_jid: userJid, enable: enable ? "true" : "false" }),
  )

const seconds = (stanza: Stanza.Element): number | undefined => {
  const value = Number.parseInt(stanza.getChild("query", NS_LAST)?.attrs.seconds ?? "", 10)
  return Number.isNaN(value) ? undefined : value
}

/**
 * @since 0.1.0
 * @category constructors
 */
export const make = /*#__PURE__*/ Effect.gen(function* () {
  const connection = yield* XmppConnection
  const jids = yield* CubeJid
  const watched = new Set<number>()

  const stream = (userId: number, enable: boolean, options?: RequestOptions) =>
    Effect.asVoid(connection.request(streamingStanza(jids.user(userId), enable), options))

  yield* freshSessions(connection).pipe(
    Stream.runForEach(() =>
      Effect.forEach([...watched], (userId) => Effect.ignore(stream(userId, true)), { discard: true }),
    ),
    Effect.forkScoped,
  )

  return LastActivity.of({
    query: (userId, options) =>
      Effect.map(connection.request(queryStanza(jids.user(userId)), options), (reply) => ({
        userId,
        seconds: seconds(reply) ?? 0,
      })),
    subscribe: (userId, options) =>
      Effect.tap(stream(userId, true, options), () => Effect.sync(() => watched.add(userId))),
    unsubscribe: (userId, options) =>
      Effect.sync(() => watched.delete(userId)).pipe(Effect.andThen(stream(userId, false, options))),
    updates: select(connection, (stanza): Activity | undefined => {
      if (stanza.name !== "iq" || stanza.attrs.type !== "result") return undefined
      const address = jids.parse(stanza.attrs.from ?? "")
      const value = seconds(stanza)
      return address._tag === "User" && value !== undefined
        ? { userId: address.userId, seconds: value }
        : undefined
    }),
  })
})

/**
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<LastActivity, never, XmppConnection | CubeJid> = /*#__PURE__*/ Layer.effect(
  LastActivity,
  make,
)
