// What the feature services share about incoming messages under ConnectyCube's conventions: carbons
// unwrapped (only from the own account, XEP-0280 §11), sender and dialog read from the JIDs, and the
// connection's own JID to recognise the user's own messages.
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import type * as CubeJid from "../CubeJid.ts"
import * as Stanza from "../Stanza.ts"
import type * as XmppConnection from "../XmppConnection.ts"
import { filterMapEffect } from "./filterMapEffect.ts"

export const NS_CARBONS = "urn:xmpp:carbons:2"
const NS_FORWARD = "urn:xmpp:forward:0"

/** A message stanza as the feature services read it. */
export interface Incoming {
  /** The message itself (the forwarded one for a carbon copy). */
  readonly stanza: Stanza.Element
  readonly type: string
  readonly id: string | undefined
  readonly from: string
  /** The user who wrote it: the JID's user for 1-1, the occupant nick for rooms. */
  readonly senderId: number | undefined
  /** The room's dialog for group messages, `extraParams/dialog_id` for 1-1. */
  readonly dialogId: string | undefined
  readonly recipientId: number | undefined
  /** A carbon copy of a message sent from another device of the same user. */
  readonly forwarded: boolean
  readonly delay: string | undefined
  readonly extraParams: Stanza.Element | undefined
}

const bare = (jid: string): string => {
  const slash = jid.indexOf("/")
  return slash < 0 ? jid : jid.slice(0, slash)
}

// Each feature service reads incoming messages through its own subscription (a chat client has about ten),
// all of them in turn as the stanza arrives (`select`): the first one reads it, the others reuse that reading
// (same stanza, same addressing, same own JID). One entry is enough for that.
interface Reading {
  readonly stanza: Stanza.Element
  readonly jids: CubeJid.Shape
  readonly ownJid: string | undefined
  readonly incoming: Incoming | undefined
}
let last: Reading | undefined

/** Reads a message stanza; `ownJid` is the connection's JID (carbons are trusted only from its bare JID). */
export const readMessage = (
  outer: Stanza.Element,
  jids: CubeJid.Shape,
  ownJid: string | undefined,
): Incoming | undefined => {
  if (outer.name !== "message") return undefined
  if (last !== undefined && last.stanza === outer && last.jids === jids && last.ownJid === ownJid) {
    return last.incoming
  }
  const incoming = read(outer, jids, ownJid)
  last = { stanza: outer, jids, ownJid, incoming }
  return incoming
}

const read = (
  outer: Stanza.Element,
  jids: CubeJid.Shape,
  ownJid: string | undefined,
): Incoming | undefined => {
  let stanza = outer
  let forwarded = false
  const sent = outer.getChild("sent", NS_CARBONS) ?? outer.getChild("received", NS_CARBONS)
  if (sent !== undefined) {
    const from = outer.attrs.from
    if (ownJid === undefined || (from !== undefined && bare(from) !== bare(ownJid))) return undefined
    const inner = sent.getChild("forwarded", NS_FORWARD)?.getChild("message")
    if (inner === undefined) return undefined
    stanza = inner
    forwarded = true
  }
  const type = stanza.attrs.type ?? "normal"
  const from = stanza.attrs.from ?? ""
  const address = jids.parse(from)
  const extraParams = stanza.getChild("extraParams")
  const to = stanza.attrs.to === undefined ? undefined : jids.parse(stanza.attrs.to)
  return {
    stanza,
    type,
    id: stanza.attrs.id,
    from,
    senderId:
      address._tag === "User" ? address.userId : address._tag === "Room" ? address.occupantId : undefined,
    dialogId:
      address._tag === "Room" ? address.dialogId : (extraParams?.getChildText("dialog_id") ?? undefined),
    recipientId: to?._tag === "User" ? to.userId : undefined,
    forwarded,
    delay: Stanza.attr(stanza.getChild("delay", "urn:xmpp:delay"), "stamp"),
    extraParams,
  }
}

/** The connection's JID while it is ready. */
export const ownJid = (connection: XmppConnection.Shape): Effect.Effect<string | undefined> =>
  Effect.map(connection.state, (state) => (state._tag === "Ready" ? state.jid : undefined))

/**
 * Incoming stanzas that `f` maps to a value, given the connection's JID while ready; subscribing is lazy.
 * With `select`, `f` runs as each stanza arrives, so the subscriber does not wake for the others.
 */
export const select = <B>(
  connection: XmppConnection.Shape,
  f: (stanza: Stanza.Element, ownJid: string | undefined) => B | undefined,
): Stream.Stream<B> =>
  connection.select !== undefined
    ? connection.select(f)
    : filterMapEffect(connection.stanzas, (stanza) => Effect.map(ownJid(connection), (own) => f(stanza, own)))

/** Incoming messages, read, that `f` maps to a value; subscribing is lazy (one subscription per consumer). */
export const messages = <B>(
  connection: XmppConnection.Shape,
  jids: CubeJid.Shape,
  f: (message: Incoming) => B | undefined,
): Stream.Stream<B> =>
  select(connection, (stanza, own) => {
    const message = readMessage(stanza, jids, own)
    return message === undefined ? undefined : f(message)
  })

/** Each fresh (not resumed) session: state a server forgets with the session must be set up again. */
export const freshSessions = (connection: XmppConnection.Shape): Stream.Stream<unknown> =>
  connection.states.pipe(Stream.filter((state) => state._tag === "Ready" && !state.resumed))

/** Whether the message carries one of these children (any namespace, as the official SDK checks). */
export const hasChild = (stanza: Stanza.Element, names: ReadonlyArray<string>): boolean =>
  stanza.getChildElements().some((child) => names.includes(child.name))
