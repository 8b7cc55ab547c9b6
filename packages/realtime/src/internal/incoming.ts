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

/** Reads a message stanza; `ownJid` is the connection's JID (carbons are trusted only from its bare JID). */
export const readMessage = (
  outer: Stanza.Element,
  jids: CubeJid.Shape,
  ownJid: string | undefined,
): Incoming | undefined => {
  if (outer.name !== "message") return undefined
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

/** Incoming messages, read; subscribing is lazy (each consumer gets its own subscription). */
export const messages = (connection: XmppConnection.Shape, jids: CubeJid.Shape): Stream.Stream<Incoming> =>
  fromStanzas(connection.stanzas, connection, jids)

/** Reads messages of an already subscribed stanza stream (the own JID as of each stanza). */
export const fromStanzas = (
  stanzas: Stream.Stream<Stanza.Element>,
  connection: XmppConnection.Shape,
  jids: CubeJid.Shape,
): Stream.Stream<Incoming> =>
  filterMapEffect(stanzas, (stanza) =>
    stanza.name === "message"
      ? Effect.map(ownJid(connection), (own) => readMessage(stanza, jids, own))
      : Effect.succeed(undefined),
  )

/** Each fresh (not resumed) session: state a server forgets with the session must be set up again. */
export const freshSessions = (connection: XmppConnection.Shape): Stream.Stream<unknown> =>
  connection.states.pipe(Stream.filter((state) => state._tag === "Ready" && !state.resumed))

/** Whether the message carries one of these children (any namespace, as the official SDK checks). */
export const hasChild = (stanza: Stanza.Element, names: ReadonlyArray<string>): boolean =>
  stanza.getChildElements().some((child) => names.includes(child.name))
