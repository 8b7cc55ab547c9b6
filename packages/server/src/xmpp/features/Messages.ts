import { isObjectId, nowSeconds } from "../../ids.ts"
import type { DialogRecord } from "../../storage/records.ts"
import type { Element } from "../Element.ts"
import { readExtraParams, setExtraParam } from "../ExtraParams.ts"
import { relayCopy } from "../Relay.ts"
import type { XmppHub } from "../XmppHub.ts"
import type { XmppSession } from "../XmppSession.ts"
import { blockedBy, blockedFailure, messageTarget, requireUser } from "./targets.ts"

interface Stored {
  readonly id: string | undefined
  readonly dialogId: string
  readonly dateSent: number | undefined
  readonly duplicate: boolean
}

/** Stores the message when it asks for history (`save_to_history=1`), under the client's id. */
const persist = async (
  hub: XmppHub,
  session: XmppSession,
  stanza: Element,
  where: { readonly dialogId: string } | { readonly recipientId: number },
): Promise<Stored | undefined> => {
  const extra = readExtraParams(stanza.child("extraParams"))
  if (!extra.saveToHistory) return undefined
  const clientId = stanza.attrs.id
  const saved = await hub.server.chat.saveMessage({
    appId: session.appId,
    senderId: session.userId,
    ...(isObjectId(clientId) ? { id: clientId.toLowerCase() } : {}),
    ...where,
    body: stanza.childText("body") ?? null,
    attachments: extra.attachments,
    custom: extra.custom,
    markable: extra.markable,
    silent: extra.silent,
  })
  return {
    id: saved.message.id,
    dialogId: saved.dialog.id,
    dateSent: saved.message.dateSent,
    duplicate: saved.duplicate,
  }
}

/** Adds the server's `dialog_id` and `date_sent` to a relayed copy (the SDKs read both from extraParams). */
const stamp = (relay: Element, dialogId: string, dateSent: number | undefined) => {
  setExtraParam(relay, "dialog_id", dialogId)
  const extra = relay.child("extraParams")
  if (dateSent !== undefined || extra?.child("date_sent") === undefined)
    setExtraParam(relay, "date_sent", String(dateSent ?? nowSeconds()))
}

const hasContent = (stanza: Element) =>
  (stanza.childText("body") ?? "") !== "" ||
  (stanza.child("extraParams")?.elements("attachment").length ?? 0) > 0

/** Delivers a stored or relayed group message to every occupant (the sender's own sessions too), minus those who block the sender. */
export const deliverToRoom = async (
  hub: XmppHub,
  appId: number,
  dialog: DialogRecord,
  senderId: number,
  relay: Element,
  options: { readonly silent: boolean; readonly except?: XmppSession | undefined; readonly alerts: boolean },
): Promise<void> => {
  const roomKey = `${appId}_${dialog.id}`
  const from = relay.attrs.from ?? ""
  const recipients = new Set([...dialog.occupantIds, ...hub.rooms.users(roomKey), senderId])
  for (const userId of recipients) {
    if (userId !== senderId && !(await hub.privacy.allows(appId, userId, from, "message"))) continue
    await hub.router.toUser(appId, userId, relay, { except: options.except })
    if (options.alerts && userId !== senderId) {
      await hub.alerts.consider({
        appId,
        recipientId: userId,
        senderId,
        dialogId: dialog.id,
        messageId: relay.attrs.id ?? "",
        body: relay.childText("body") ?? null,
        silent: options.silent,
      })
    }
  }
}

/**
 * A chat message with content (body, attachments, custom fields): checked, stored when it asks
 * for history (idempotent by id: a duplicate is acknowledged but not delivered twice), stamped
 * with `dialog_id` and `date_sent`, delivered live or kept offline, copied to the sender's other
 * sessions, and alerted to recipients who are away.
 */
export const handleContentMessage = async (
  hub: XmppHub,
  session: XmppSession,
  stanza: Element,
): Promise<void> => {
  const target = messageTarget(hub, session, stanza.attrs.to)
  const { silent, dialogId: clientDialogId } = readExtraParams(stanza.child("extraParams"))
  if (target.kind === "user") {
    await requireUser(hub, session.appId, target.userId)
    const blocked = await blockedBy(hub, session, target.userId)
    if (blocked !== undefined) throw blockedFailure(blocked)
    const stored = await persist(hub, session, stanza, { recipientId: target.userId })
    if (stored?.duplicate === true) return
    const dialogId =
      stored?.dialogId ??
      clientDialogId ??
      (await hub.server.chat.privateDialog(session.appId, session.userId, target.userId)).id
    const relay = relayCopy(stanza, { type: "chat", id: stored?.id ?? stanza.attrs.id, from: session.jid })
    relay.attrs.to = target.jid
    stamp(relay, dialogId, stored?.dateSent)
    await hub.router.toUser(session.appId, target.userId, relay, { offline: true })
    hub.carbons.sent(session.appId, session.userId, relay, session)
    if (hasContent(stanza)) {
      await hub.alerts.consider({
        appId: session.appId,
        recipientId: target.userId,
        senderId: session.userId,
        dialogId,
        messageId: relay.attrs.id ?? "",
        body: relay.childText("body") ?? null,
        silent,
      })
    }
    return
  }
  const dialog = await hub.server.chat.dialogForSender(session.appId, target.dialogId, session.userId)
  const stored = await persist(hub, session, stanza, { dialogId: dialog.id })
  if (stored?.duplicate === true) return
  const relay = relayCopy(stanza, {
    type: "groupchat",
    id: stored?.id ?? stanza.attrs.id,
    from: `${target.jid}/${session.userId}`,
  })
  stamp(relay, dialog.id, stored?.dateSent)
  await deliverToRoom(hub, session.appId, dialog, session.userId, relay, {
    silent,
    alerts: hasContent(stanza),
  })
}
