import { isObjectId, nowSeconds } from "../../ids.ts"
import type { QueuedMessage } from "../../services/ChatService.ts"
import type { DialogRecord } from "../../storage/records.ts"
import type { Element } from "../Element.ts"
import { type ExtraParams, readExtraParams, setExtraParam } from "../ExtraParams.ts"
import type { Finish } from "../FramePipeline.ts"
import { relayCopy } from "../Relay.ts"
import type { XmppHub } from "../XmppHub.ts"
import type { XmppSession } from "../XmppSession.ts"
import { blockedBy, blockedFailure, messageTarget, requireUser } from "./targets.ts"

/**
 * Checks and queues the message for the next group commit when it asks for history
 * (`save_to_history=1`), under the client's id; its `stored` settles once it is committed.
 */
const persist = async (
  hub: XmppHub,
  session: XmppSession,
  stanza: Element,
  extra: ExtraParams,
  where: { readonly dialogId: string } | { readonly recipientId: number },
): Promise<QueuedMessage | undefined> => {
  if (!extra.saveToHistory) return undefined
  const clientId = stanza.attrs.id
  return hub.server.chat.queueMessage({
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
 * A chat message with content (body, attachments, custom fields), in two steps. Started: checked
 * and, when it asks for history, queued for the next group commit (idempotent by id). Finished,
 * once stored: stamped with `dialog_id` and `date_sent`, delivered live or kept offline, copied to
 * the sender's other sessions, and alerted to recipients who are away; a duplicate is delivered
 * no second time.
 */
export const startContentMessage = async (
  hub: XmppHub,
  session: XmppSession,
  stanza: Element,
): Promise<Finish> => {
  const target = messageTarget(hub, session, stanza.attrs.to)
  const extra = readExtraParams(stanza.child("extraParams"))
  const { silent } = extra
  if (target.kind === "user") {
    await requireUser(hub, session.appId, target.userId)
    const blocked = await blockedBy(hub, session, target.userId)
    if (blocked !== undefined) throw blockedFailure(blocked)
    const queued = await persist(hub, session, stanza, extra, { recipientId: target.userId })
    return async () => {
      const stored = await queued?.stored
      if (stored?.duplicate === true) return
      const dialogId =
        stored?.dialog.id ??
        extra.dialogId ??
        (await hub.server.chat.privateDialog(session.appId, session.userId, target.userId)).id
      const relay = relayCopy(stanza, {
        type: "chat",
        id: stored?.message.id ?? stanza.attrs.id,
        from: session.jid,
      })
      relay.attrs.to = target.jid
      stamp(relay, dialogId, stored?.message.dateSent)
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
    }
  }
  const dialog = await hub.server.chat.dialogForSender(session.appId, target.dialogId, session.userId)
  const queued = await persist(hub, session, stanza, extra, { dialogId: dialog.id })
  return async () => {
    const stored = await queued?.stored
    if (stored?.duplicate === true) return
    const relay = relayCopy(stanza, {
      type: "groupchat",
      id: stored?.message.id ?? stanza.attrs.id,
      from: `${target.jid}/${session.userId}`,
    })
    stamp(relay, dialog.id, stored?.message.dateSent)
    await deliverToRoom(hub, session.appId, dialog, session.userId, relay, {
      silent,
      alerts: hasContent(stanza),
    })
  }
}
