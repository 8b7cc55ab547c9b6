/**
 * Privacy lists (XEP-0016, `jabber:iq:privacy`) as ConnectyCube uses them for blocking users: create,
 * read names, read a list, update, delete, set or decline the default (and the active) list.
 *
 * Each user becomes two items, in ascending user id order: their JID (odd `order`) and their room occupant
 * `muc.{domain}/{userId}` (the next, even `order`). A plain item lists `<message/><presence-in/>
 * <presence-out/><iq/>`; a mutual block has no children, which in XEP-0016 blocks everything both ways.
 * Unlike the official SDK, reading a list gives mutual blocks back, so an update keeps them.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { CubeJid, type Shape as CubeJidShape } from "./CubeJid.ts"
import * as Stanza from "./Stanza.ts"
import { type RequestOptions, XmppConnection } from "./XmppConnection.ts"
import type * as XmppError from "./XmppError.ts"

const NS = "jabber:iq:privacy"
const kinds = ["message", "presence-in", "presence-out", "iq"] as const

/**
 * One user's entry in a list.
 *
 * @since 0.1.0
 * @category models
 */
export interface Item {
  readonly userId: number
  readonly action: "allow" | "deny"
  /** Block in both directions (only with `deny`). */
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
 * The names of the user's lists and which one is the default (and active, if the server keeps one).
 *
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
  /** Creates or replaces a list. */
  readonly create: (list: List, options?: RequestOptions) => Effect.Effect<void, XmppError.XmppError>
  readonly getNames: (options?: RequestOptions) => Effect.Effect<Names, XmppError.XmppError>
  readonly getList: (name: string, options?: RequestOptions) => Effect.Effect<List, XmppError.XmppError>
  /**
   * Merges items into a list (an `allow` item removes the user's entry) and writes it back; a default
   * list is declined first and set again after, as ConnectyCube requires.
   */
  readonly update: (list: List, options?: RequestOptions) => Effect.Effect<List, XmppError.XmppError>
  readonly remove: (name: string, options?: RequestOptions) => Effect.Effect<void, XmppError.XmppError>
  readonly setDefault: (name: string, options?: RequestOptions) => Effect.Effect<void, XmppError.XmppError>
  readonly declineDefault: (options?: RequestOptions) => Effect.Effect<void, XmppError.XmppError>
  readonly setActive: (name: string, options?: RequestOptions) => Effect.Effect<void, XmppError.XmppError>
  readonly declineActive: (options?: RequestOptions) => Effect.Effect<void, XmppError.XmppError>
}

/**
 * @since 0.1.0
 * @category services
 */
export class PrivacyLists extends Context.Service<PrivacyLists, Shape>()("@cube/realtime/PrivacyLists") {}

const iq = (type: "get" | "set", ...children: Array<Stanza.Child>) =>
  Stanza.xml("iq", { type }, Stanza.xml("query", { xmlns: NS }, ...children))

const itemElement = (value: string, item: Item, order: number) =>
  Stanza.xml(
    "item",
    { type: "jid", value, action: item.action, order },
    item.action === "deny" && item.mutualBlock === true ? null : kinds.map((kind) => Stanza.xml(kind)),
  )

/**
 * The create/replace iq (pure): two items per user, users in ascending id order.
 *
 * @since 0.1.0
 * @category constructors
 */
export const createStanza = (jids: CubeJidShape, list: List): Stanza.Element => {
  const byUser = new Map<number, Item>()
  for (const item of list.items) byUser.set(item.userId, item)
  const sorted = [...byUser.values()].sort((a, b) => a.userId - b.userId)
  return iq(
    "set",
    Stanza.xml(
      "list",
      { name: list.name },
      sorted.flatMap((item, index) => [
        itemElement(jids.user(item.userId), item, index * 2 + 1),
        itemElement(`${jids.mucDomain}/${item.userId}`, item, index * 2 + 2),
      ]),
    ),
  )
}

/**
 * The iq asking for the list names (pure).
 *
 * @since 0.1.0
 * @category constructors
 */
export const namesStanza = (): Stanza.Element => iq("get")

/**
 * The iq asking for one list (pure).
 *
 * @since 0.1.0
 * @category constructors
 */
export const getListStanza = (name: string): Stanza.Element => iq("get", Stanza.xml("list", { name }))

/**
 * The iq deleting a list (pure): the list with no items.
 *
 * @since 0.1.0
 * @category constructors
 */
export const removeStanza = (name: string): Stanza.Element => iq("set", Stanza.xml("list", { name }))

/**
 * The iq setting (`name`) or declining (`undefined`) the default or active list (pure).
 *
 * @since 0.1.0
 * @category constructors
 */
export const choiceStanza = (which: "default" | "active", name: string | undefined): Stanza.Element =>
  iq("set", Stanza.xml(which, name === undefined ? null : { name }))

/**
 * Reads a names reply: `default`/`active` names and the list names.
 *
 * @since 0.1.0
 * @category constructors
 */
export const readNames = (reply: Stanza.Element): Names => {
  const query = reply.getChild("query", NS)
  return {
    default: Stanza.attr(query?.getChild("default"), "name"),
    active: Stanza.attr(query?.getChild("active"), "name"),
    names: (query?.getChildren("list") ?? []).flatMap((list) => (list.attrs.name ? [list.attrs.name] : [])),
  }
}

/**
 * Reads a list reply back into user items (the user-JID item of each pair; no children = mutual block).
 *
 * @since 0.1.0
 * @category constructors
 */
export const readList = (jids: CubeJidShape, reply: Stanza.Element): List => {
  const list = reply.getChild("query", NS)?.getChild("list")
  const items: Array<Item> = []
  for (const item of list?.getChildren("item") ?? []) {
    const address = jids.parse(item.attrs.value ?? "")
    const action = item.attrs.action
    if (address._tag !== "User" || (action !== "allow" && action !== "deny")) continue
    const mutualBlock = action === "deny" && item.getChildElements().length === 0
    items.push(
      mutualBlock ? { userId: address.userId, action, mutualBlock } : { userId: address.userId, action },
    )
  }
  return { name: list?.attrs.name ?? "", items }
}

/**
 * Merges changes into a list: `deny` adds or replaces the user's entry, `allow` removes it.
 *
 * @since 0.1.0
 * @category combinators
 */
export const merge = (current: List, changes: List): List => {
  const byUser = new Map<number, Item>(current.items.map((item) => [item.userId, item]))
  for (const item of changes.items) {
    if (item.action === "allow") byUser.delete(item.userId)
    else byUser.set(item.userId, item)
  }
  return { name: changes.name, items: [...byUser.values()] }
}

/**
 * @since 0.1.0
 * @category constructors
 */
export const make = /*#__PURE__*/ Effect.gen(function* () {
  const connection = yield* XmppConnection
  const jids = yield* CubeJid
  const run = (stanza: Stanza.Element, options?: RequestOptions) =>
    Effect.asVoid(connection.request(stanza, options))

  const getList = (name: string, options?: RequestOptions) =>
    Effect.map(connection.request(getListStanza(name), options), (reply) => readList(jids, reply))
  const getNames = (options?: RequestOptions) =>
    Effect.map(connection.request(namesStanza(), options), readNames)

  return PrivacyLists.of({
    create: (list, options) => run(createStanza(jids, list), options),
    getNames,
    getList,
    update: (changes, options) =>
      Effect.gen(function* () {
        const names = yield* getNames(options)
        const current = names.names.includes(changes.name) ? yield* getList(changes.name, options) : undefined
        const next = merge(current ?? { name: changes.name, items: [] }, changes)
        const isDefault = names.default === changes.name
        if (isDefault) yield* run(choiceStanza("default", undefined), options)
        yield* next.items.length === 0
          ? run(removeStanza(next.name), options)
          : run(createStanza(jids, next), options)
        if (isDefault && next.items.length > 0) yield* run(choiceStanza("default", next.name), options)
        return next
      }),
    remove: (name, options) => run(removeStanza(name), options),
    setDefault: (name, options) => run(choiceStanza("default", name), options),
    declineDefault: (options) => run(choiceStanza("default", undefined), options),
    setActive: (name, options) => run(choiceStanza("active", name), options),
    declineActive: (options) => run(choiceStanza("active", undefined), options),
  })
})

/**
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<PrivacyLists, never, XmppConnection | CubeJid> = /*#__PURE__*/ Layer.effect(
  PrivacyLists,
  make,
)
