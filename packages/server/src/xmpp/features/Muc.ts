import type { DialogRecord } from "../../storage/records.ts"
import { type Element, x } from "../Element.ts"
import { type Address, roomJid } from "../Jid.ts"
import { NS } from "../Namespaces.ts"
import { conditions, errorElement, failureFrom, StanzaFailure } from "../StanzaErrors.ts"
import type { XmppHub } from "../XmppHub.ts"
import type { XmppSession } from "../XmppSession.ts"

type RoomAddress = Extract<Address, { kind: "room" }>

const affiliation = (dialog: DialogRecord | undefined, userId: number) =>
  dialog === undefined
    ? "member"
    : dialog.ownerId === userId
      ? "owner"
      : dialog.adminIds.includes(userId)
        ? "admin"
        : "member"

/**
 * An occupant presence. The self-presence carries the standard `<status code="110"/>` AND the
 * `<xmlns><code>110</code></xmlns>` child the official SDK 6.x actually reads (protocol.md §4.6),
 * so `muc.join()`/`leave()` resolve there and in a fixed SDK alike.
 */
const occupantPresence = (
  room: string,
  userId: number,
  to: string,
  options: {
    readonly self: boolean
    readonly unavailable: boolean
    readonly id?: string | undefined
    readonly affiliation: string
  },
): Element =>
  x(
    "presence",
    {
      xmlns: NS.client,
      id: options.id,
      type: options.unavailable ? "unavailable" : undefined,
      from: `${room}/${userId}`,
      to,
    },
    x(
      "x",
      { xmlns: NS.mucUser },
      x("item", { affiliation: options.affiliation, role: options.unavailable ? "none" : "participant" }),
      options.self && x("status", { code: 110 }),
      options.self && x("xmlns", {}, x("code", {}, "110")),
    ),
  )

/** The user left the room with their last session: tell the other joined sessions. Used when a session ends, too. */
export const leaveRoom = (hub: XmppHub, roomKey: string, session: XmppSession): void => {
  if (!hub.rooms.leave(roomKey, session)) return
  const [appId, dialogId] = roomKey.split("_") as [string, string]
  const room = roomJid(Number(appId), dialogId, hub.domain)
  for (const other of hub.rooms.sessions(roomKey)) {
    if (other.userId === session.userId) continue
    other.send(
      occupantPresence(room, session.userId, other.jid, {
        self: false,
        unavailable: true,
        affiliation: "member",
      }),
    )
  }
}

/**
 * MUC presence to `{room}/{nick}`: join (nick must be the user's id; the dialog must be readable)
 * or leave. Joining is optional for delivery; it drives occupant presences and the online list.
 */
export const handleRoomPresence = async (
  hub: XmppHub,
  session: XmppSession,
  stanza: Element,
  address: RoomAddress,
): Promise<void> => {
  const room = roomJid(address.appId, address.dialogId, hub.domain)
  const roomKey = `${address.appId}_${address.dialogId}`
  if (stanza.attrs.type === "unavailable") {
    leaveRoom(hub, roomKey, session)
    // Answered even when not joined: the SDK's leave() waits for this self-presence.
    session.send(
      occupantPresence(room, session.userId, session.jid, {
        self: true,
        unavailable: true,
        id: stanza.attrs.id,
        affiliation: "member",
      }),
    )
    return
  }
  if (stanza.attrs.type !== undefined && stanza.attrs.type !== "available") return
  let dialog: DialogRecord
  try {
    if (address.appId !== session.appId)
      throw new StanzaFailure(conditions.itemNotFound, "No such dialog in this application")
    if (address.nick !== String(session.userId))
      throw new StanzaFailure(conditions.notAcceptable, "The nick must be your user id")
    dialog = await hub.server.chat.dialogForReader(session.appId, address.dialogId, session.userId)
  } catch (error) {
    const failure = failureFrom(error)
    const code = failure.error === conditions.forbidden ? conditions.registrationRequired : failure.error
    session.send(
      x(
        "presence",
        {
          xmlns: NS.client,
          id: stanza.attrs.id,
          type: "error",
          from: `${room}/${address.nick}`,
          to: session.jid,
        },
        x("x", { xmlns: NS.muc }),
        errorElement(code, failure.message),
      ),
    )
    return
  }
  const first = hub.rooms.join(roomKey, session)
  for (const userId of hub.rooms.users(roomKey)) {
    if (userId === session.userId) continue
    session.send(
      occupantPresence(room, userId, session.jid, {
        self: false,
        unavailable: false,
        affiliation: affiliation(dialog, userId),
      }),
    )
  }
  if (first) {
    for (const other of hub.rooms.sessions(roomKey)) {
      if (other.userId === session.userId) continue
      other.send(
        occupantPresence(room, session.userId, other.jid, {
          self: false,
          unavailable: false,
          affiliation: affiliation(dialog, session.userId),
        }),
      )
    }
  }
  session.send(
    occupantPresence(room, session.userId, session.jid, {
      self: true,
      unavailable: false,
      id: stanza.attrs.id,
      affiliation: affiliation(dialog, session.userId),
    }),
  )
}

/** disco#items on a room: its online occupants (members with a live session, and whoever joined). */
export const handleRoomItems = async (
  hub: XmppHub,
  session: XmppSession,
  stanza: Element,
  address: RoomAddress,
): Promise<Element> => {
  if (address.appId !== session.appId)
    throw new StanzaFailure(conditions.itemNotFound, "No such dialog in this application")
  const dialog = await hub.server.chat.dialogForReader(session.appId, address.dialogId, session.userId)
  const room = roomJid(session.appId, dialog.id, hub.domain)
  const online = new Set(hub.rooms.users(`${session.appId}_${dialog.id}`))
  for (const userId of dialog.occupantIds)
    if (hub.server.presence.isOnline(session.appId, userId)) online.add(userId)
  const items = [...online]
    .sort((a, b) => a - b)
    .map((userId) => x("item", { jid: `${room}/${userId}`, name: String(userId) }))
  return x(
    "iq",
    { xmlns: NS.client, type: "result", id: stanza.attrs.id, from: room, to: session.jid },
    x("query", { xmlns: NS.discoItems }, ...items),
  )
}
