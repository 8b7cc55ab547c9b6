/**
 * Blocking users with privacy lists (XEP-0016): every list operation of the chat guide (create, names,
 * read, update, delete, default and active list), and the block list most apps want — `block`, `unblock`
 * and `blocked` on the default list (named `DEFAULT` unless the user already has a default list, as
 * `@connectycube/react` does). A message to someone who blocks the user fails with `Blocked`.
 *
 * @since 0.1.0
 */
import { PrivacyLists, type XmppError } from "@cube/realtime"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as ChatError from "./ChatError.ts"

/**
 * One user in a list; `mutualBlock` also stops the user's own messages to them.
 *
 * @since 0.1.0
 * @category models
 */
export interface Item {
  readonly userId: number
  readonly action: "allow" | "deny"
  readonly mutualBlock?: boolean | undefined
}

/**
 * @since 0.1.0
 * @category models
 */
export interface List {
  readonly name: string
  readonly items: ReadonlyArray<Item>
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Names {
  readonly default: string | undefined
  readonly active: string | undefined
  readonly names: ReadonlyArray<string>
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Shape {
  readonly create: (list: List) => Effect.Effect<void, ChatError.ChatError>
  readonly names: Effect.Effect<Names, ChatError.ChatError>
  readonly get: (name: string) => Effect.Effect<List, ChatError.ChatError>
  /** Merges items into a list (`allow` removes a user); a default list stays the default. */
  readonly update: (list: List) => Effect.Effect<List, ChatError.ChatError>
  readonly remove: (name: string) => Effect.Effect<void, ChatError.ChatError>
  /** Makes a list the default (the one the server applies); `undefined` declines it. */
  readonly setDefault: (name: string | undefined) => Effect.Effect<void, ChatError.ChatError>
  /** Makes a list active for this session; `undefined` declines it (ConnectyCube servers use the default list only). */
  readonly setActive: (name: string | undefined) => Effect.Effect<void, ChatError.ChatError>
  /** Blocks a user on the default list (`mutual`: in both directions). */
  readonly block: (
    userId: number,
    options?: { readonly mutual?: boolean | undefined },
  ) => Effect.Effect<void, ChatError.ChatError>
  readonly unblock: (userId: number) => Effect.Effect<void, ChatError.ChatError>
  /** The users blocked on the default list. */
  readonly blocked: Effect.Effect<ReadonlyArray<number>, ChatError.ChatError>
}

/**
 * @since 0.1.0
 * @category services
 */
export class Privacy extends Context.Service<Privacy, Shape>()("@cube/chat/Privacy") {}

const DEFAULT_LIST = "DEFAULT"
const toChat = <A>(effect: Effect.Effect<A, XmppError.XmppError>) =>
  Effect.mapError(effect, ChatError.fromXmpp)

/**
 * @since 0.1.0
 * @category constructors
 */
export const make = Effect.gen(function* () {
  const lists = yield* PrivacyLists.PrivacyLists
  const names = toChat(lists.getNames())

  return Privacy.of({
    create: (list) => toChat(lists.create(list)),
    names,
    get: (name) => toChat(lists.getList(name)),
    update: (list) => toChat(lists.update(list)),
    remove: (name) => toChat(lists.remove(name)),
    setDefault: (name) => toChat(name === undefined ? lists.declineDefault() : lists.setDefault(name)),
    setActive: (name) => toChat(name === undefined ? lists.declineActive() : lists.setActive(name)),
    block: (userId, options = {}) =>
      Effect.gen(function* () {
        const current = yield* names
        const name = current.default ?? DEFAULT_LIST
        yield* toChat(
          lists.update({ name, items: [{ userId, action: "deny", mutualBlock: options.mutual === true }] }),
        )
        if (current.default === undefined) yield* toChat(lists.setDefault(name))
      }),
    unblock: (userId) =>
      Effect.gen(function* () {
        const current = yield* names
        if (current.default === undefined) return
        yield* toChat(lists.update({ name: current.default, items: [{ userId, action: "allow" }] }))
      }),
    blocked: Effect.gen(function* () {
      const current = yield* names
      if (current.default === undefined) return []
      const list = yield* toChat(lists.getList(current.default))
      return list.items.filter((item) => item.action === "deny").map((item) => item.userId)
    }),
  })
})

/**
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<Privacy, never, PrivacyLists.PrivacyLists> = Layer.effect(Privacy, make)
