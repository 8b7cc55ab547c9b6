/**
 * Users: look them up, their last activity (and a subscription to it), system messages to them (and
 * from them: the `system` event), and reports of users and messages, stored as the custom objects
 * `UserReports` and `MessageReports` as ConnectyCube's moderation guide does.
 *
 * @since 0.1.0
 */
import { LastActivity, SystemMessages, type XmppError } from "@cube/realtime"
import type { components, operations } from "@cube/rest"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import * as ChatError from "./ChatError.ts"
import { ChatState } from "./ChatState.ts"
import { RestApi } from "./RestApi.ts"

/**
 * @since 0.1.0
 * @category models
 */
export type User = components["schemas"]["User"]

/**
 * Filters of `list` (`/users/v2.json`: `{ id: { in: [1, 2] } }`, `{ login: "bob" }`, paging…).
 *
 * @since 0.1.0
 * @category models
 */
export type ListQuery = NonNullable<operations["listUsers"]["parameters"]["query"]>

/**
 * A stored report.
 *
 * @since 0.1.0
 * @category models
 */
export type Report = components["schemas"]["CustomObject"]

/**
 * @since 0.1.0
 * @category models
 */
export interface Shape {
  readonly list: (query?: ListQuery) => Effect.Effect<ReadonlyArray<User>, ChatError.ChatError>
  /** Seconds since the user was last online; 0 while they are. */
  readonly lastActivity: (userId: number) => Effect.Effect<number, ChatError.ChatError>
  /** `lastActivity` events for this user from now on (renewed after every reconnect). */
  readonly subscribeLastActivity: (userId: number) => Effect.Effect<void, ChatError.ChatError>
  readonly unsubscribeLastActivity: (userId: number) => Effect.Effect<void, ChatError.ChatError>
  /** Sends a system message (not stored; the user gets a `system` event). */
  readonly sendSystemMessage: (
    userId: number,
    message: {
      readonly body?: string | undefined
      readonly extension?: Readonly<Record<string, unknown>> | undefined
    },
  ) => Effect.Effect<string, ChatError.ChatError>
  readonly reportUser: (userId: number, reason: string) => Effect.Effect<Report, ChatError.ChatError>
  readonly reportMessage: (messageId: string, reason: string) => Effect.Effect<Report, ChatError.ChatError>
}

/**
 * @since 0.1.0
 * @category services
 */
export class Users extends Context.Service<Users, Shape>()("@cube/chat/Users") {}

const toChat = <A>(effect: Effect.Effect<A, XmppError.XmppError>) =>
  Effect.mapError(effect, ChatError.fromXmpp)

/**
 * @since 0.1.0
 * @category constructors
 */
export const make = Effect.gen(function* () {
  const state = yield* ChatState
  const rest = yield* RestApi
  const activity = yield* LastActivity.LastActivity
  const system = yield* SystemMessages.SystemMessages

  yield* system.incoming.pipe(
    Stream.runForEach((message) =>
      Effect.sync(() =>
        state.events.emit("system", {
          id: message.id,
          userId: message.senderId,
          body: message.body,
          extension: message.extension,
        }),
      ),
    ),
    Effect.forkScoped({ startImmediately: true }),
  )
  yield* activity.updates.pipe(
    Stream.runForEach((update) => Effect.sync(() => state.events.emit("lastActivity", update))),
    Effect.forkScoped({ startImmediately: true }),
  )

  const report = (className: string, fields: Record<string, unknown>) =>
    rest.call((client, signal) =>
      client.POST("/data/{className}.json", {
        params: { path: { className } },
        body: fields as never,
        signal,
      }),
    ) as Effect.Effect<Report, ChatError.ChatError>

  return Users.of({
    list: (query = {}) =>
      rest
        .call((client, signal) => client.GET("/users/v2.json", { params: { query }, signal }))
        .pipe(Effect.map((page) => page.items)),
    lastActivity: (userId) =>
      toChat(activity.query(userId)).pipe(
        Effect.tap((result) => Effect.sync(() => state.events.emit("lastActivity", result))),
        Effect.map((result) => result.seconds),
      ),
    subscribeLastActivity: (userId) => toChat(activity.subscribe(userId)),
    unsubscribeLastActivity: (userId) => toChat(activity.unsubscribe(userId)),
    sendSystemMessage: (userId, message) =>
      toChat(
        system.send(userId, {
          body: message.body,
          extension: message.extension as never,
        }),
      ).pipe(Effect.map((sent) => sent.id)),
    reportUser: (userId, reason) => report("UserReports", { reportedUserId: userId, reason }),
    reportMessage: (messageId, reason) => report("MessageReports", { reportedMessageId: messageId, reason }),
  })
})

/**
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<
  Users,
  never,
  ChatState | RestApi | LastActivity.LastActivity | SystemMessages.SystemMessages
> = Layer.effect(Users, make)
