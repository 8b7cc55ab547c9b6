import type { PrivacyItem, PrivacyStanzaKind } from "../../storage/XmppStore.ts"
import { type Element, x } from "../Element.ts"
import { NS } from "../Namespaces.ts"
import { conditions, StanzaFailure } from "../StanzaErrors.ts"
import type { XmppHub } from "../XmppHub.ts"
import type { XmppSession } from "../XmppSession.ts"

const kinds: ReadonlyArray<PrivacyStanzaKind> = ["message", "presence-in", "presence-out", "iq"]
const maxItems = 1000
const maxNameLength = 128

const readItem = (item: Element): PrivacyItem => {
  const type = item.attrs.type
  const action = item.attrs.action
  const order = Number(item.attrs.order)
  if (action !== "allow" && action !== "deny")
    throw new StanzaFailure(conditions.badRequest, "An item's action is allow or deny")
  if (!Number.isSafeInteger(order) || order < 0)
    throw new StanzaFailure(conditions.badRequest, "An item needs a non-negative order")
  if (type !== undefined && type !== "jid" && type !== "group" && type !== "subscription") {
    throw new StanzaFailure(conditions.badRequest, "An item's type is jid, group or subscription")
  }
  if (type !== undefined && (item.attrs.value ?? "") === "")
    throw new StanzaFailure(conditions.badRequest, "A typed item needs a value")
  return {
    type: type ?? null,
    value: type === undefined ? null : (item.attrs.value ?? null),
    action,
    order,
    kinds: kinds.filter((kind) => item.child(kind) !== undefined),
  }
}

const writeItem = (item: PrivacyItem): Element =>
  x(
    "item",
    { type: item.type ?? undefined, value: item.value ?? undefined, action: item.action, order: item.order },
    ...item.kinds.map((kind) => x(kind)),
  )

const result = (stanza: Element, session: XmppSession, ...children: Element[]) =>
  x("iq", { xmlns: NS.client, type: "result", id: stanza.attrs.id, to: session.jid }, ...children)

/**
 * Privacy lists (XEP-0016) as the official SDK uses them for blocking: get names, get a list,
 * create/replace, delete (a list with no items), set or decline the default. Only the default list
 * is enforced (the SDK never sets an active one).
 */
export const handlePrivacy = async (
  hub: XmppHub,
  session: XmppSession,
  stanza: Element,
  query: Element,
): Promise<Element> => {
  const store = hub.server.storage.xmpp
  const { appId, userId } = session
  const children = query.elements()
  if (stanza.attrs.type === "get") {
    if (children.length === 0) {
      const names = await store.privacyListNames(appId, userId)
      const defaultName = await store.defaultPrivacyList(appId, userId)
      // Unset default/active are left out: the SDK reads an empty element as "" rather than null.
      return result(
        stanza,
        session,
        x(
          "query",
          { xmlns: NS.privacy },
          defaultName !== undefined && x("default", { name: defaultName }),
          ...names.map((name) => x("list", { name })),
        ),
      )
    }
    const name = children.length === 1 && children[0]?.name === "list" ? children[0].attrs.name : undefined
    if (name === undefined) throw new StanzaFailure(conditions.badRequest, "Ask for one list by name")
    const list = await store.getPrivacyList(appId, userId, name)
    if (list === undefined) throw new StanzaFailure(conditions.itemNotFound, "No such privacy list")
    return result(
      stanza,
      session,
      x("query", { xmlns: NS.privacy }, x("list", { name }, ...list.items.map(writeItem))),
    )
  }
  if (children.length !== 1) throw new StanzaFailure(conditions.badRequest, "Change one thing at a time")
  const [child] = children as [Element]
  if (child.name === "default") {
    const name = child.attrs.name
    if (name !== undefined && (await store.getPrivacyList(appId, userId, name)) === undefined) {
      throw new StanzaFailure(conditions.itemNotFound, "No such privacy list")
    }
    await store.setDefaultPrivacyList(appId, userId, name ?? null)
    hub.privacy.invalidate(appId, userId)
    return result(stanza, session)
  }
  if (child.name === "active") {
    // Session-scoped active lists are not kept; declining one is harmless, setting one is not supported.
    if (child.attrs.name === undefined) return result(stanza, session)
    throw new StanzaFailure(conditions.featureNotImplemented, "Use a default list")
  }
  if (child.name !== "list")
    throw new StanzaFailure(conditions.badRequest, "Expected list, default or active")
  const name = child.attrs.name ?? ""
  if (name === "" || name.length > maxNameLength)
    throw new StanzaFailure(conditions.badRequest, "A list needs a name")
  const itemElements = child.elements("item")
  if (itemElements.length === 0) {
    if (!(await store.deletePrivacyList(appId, userId, name)))
      throw new StanzaFailure(conditions.itemNotFound, "No such privacy list")
    hub.privacy.invalidate(appId, userId)
    return result(stanza, session)
  }
  if (itemElements.length > maxItems)
    throw new StanzaFailure(conditions.policyViolation, `At most ${maxItems} items`)
  const items = itemElements.map(readItem).sort((a, b) => a.order - b.order)
  if (new Set(items.map((item) => item.order)).size !== items.length)
    throw new StanzaFailure(conditions.badRequest, "Item orders must be unique")
  await store.putPrivacyList({ appId, userId, name, items })
  hub.privacy.invalidate(appId, userId)
  return result(stanza, session)
}
