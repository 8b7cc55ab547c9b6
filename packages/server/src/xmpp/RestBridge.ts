import { objectId } from "../ids.ts"
import type { DialogRecord, MessageRecord } from "../storage/records.ts"
import { type Element, x } from "./Element.ts"
import { buildExtraParams } from "./ExtraParams.ts"
import { deliverToRoom } from "./features/Messages.ts"
import { systemNotification } from "./features/SystemMessages.ts"
import { roomJid, userJid } from "./Jid.ts"
import { NS } from "./Namespaces.ts"
import type { XmppHub } from "./XmppHub.ts"

const truthy = (value: unknown) => value === 1 || value === true || value === "1" || value === "true"

/**
 * Sends a stanza about a dialog to its occupants as if `senderId` sent it: 1-1 to the peer (kept
 * offline) with `<sent>` copies to the sender's sessions; groups from `{room}/{senderId}` to every
 * occupant, the sender's sessions included.
 */
const toDialog = async (
  hub: XmppHub,
  dialog: DialogRecord,
  senderId: number,
  build: (type: "chat" | "groupchat", from: string) => Element,
  alert?: { readonly messageId: string; readonly body: string | null; readonly silent: boolean },
): Promise<void> => {
  const appId = dialog.appId
  if (dialog.type === 3) {
    const peer = dialog.occupantIds.find((id) => id !== senderId)
    if (peer === undefined) return
    const stanza = build("chat", userJid(senderId, appId, hub.domain))
    stanza.attrs.to = userJid(peer, appId, hub.domain)
    if (await hub.privacy.allows(appId, peer, stanza.attrs.from ?? "", "message")) {
      await hub.router.toUser(appId, peer, stanza, { offline: true })
      if (alert !== undefined)
        await hub.alerts.consider({ appId, recipientId: peer, senderId, dialogId: dialog.id, ...alert })
    }
    hub.carbons.sent(appId, senderId, stanza)
    return
  }
  const stanza = build("groupchat", `${roomJid(appId, dialog.id, hub.domain)}/${senderId}`)
  await deliverToRoom(hub, appId, dialog, senderId, stanza, {
    silent: alert?.silent ?? true,
    alerts: alert !== undefined,
  })
}

/** A stored message as the SDKs receive it live: body, `extraParams` with history flag, dialog, date and custom fields. */
const messageStanza = (message: MessageRecord, dialog: DialogRecord, type: string, from: string): Element => {
  const extra = buildExtraParams(
    {
      ...message.custom,
      save_to_history: "1",
      dialog_id: dialog.id,
      date_sent: String(message.dateSent),
      ...(message.markable ? { markable: "1" } : {}),
    },
    message.attachments,
  )
  return x(
    "message",
    { xmlns: NS.client, type, id: message.id, from },
    message.body !== null && x("body", {}, message.body),
    extra,
  )
}

const dialogParams = (dialogId: string) =>
  x("extraParams", { xmlns: NS.client }, x("dialog_id", {}, dialogId))

/**
 * Delivers what REST changed to XMPP clients: messages created with `send_to_chat`, edits,
 * deletes, read/delivered marks, reactions and system messages (the events `ChatService.ts`
 * declares). Returns the unsubscribe function.
 */
export const bridgeRestEvents = (hub: XmppHub): (() => void) => {
  const events = hub.server.events
  const offs = [
    events.on("chat.messageCreated", ({ message, dialog }) =>
      hub.background(
        toDialog(hub, dialog, message.senderId, (type, from) => messageStanza(message, dialog, type, from), {
          messageId: message.id,
          body: message.body,
          silent: truthy(message.custom.silent),
        }),
      ),
    ),
    events.on("chat.messageEdited", ({ message, dialog, byUserId }) =>
      hub.background(
        toDialog(hub, dialog, byUserId, (type, from) =>
          x(
            "message",
            { xmlns: NS.client, type, id: objectId(), from },
            x("body", {}, message.body ?? ""),
            x("replace", {
              xmlns: NS.correct,
              id: message.id,
              last: dialog.lastMessageId === message.id ? "true" : "false",
            }),
            dialogParams(dialog.id),
          ),
        ),
      ),
    ),
    events.on("chat.messagesDeleted", ({ dialog, messageIds, byUserId }) => {
      for (const id of messageIds) {
        hub.background(
          toDialog(hub, dialog, byUserId, (type, from) =>
            x(
              "message",
              { xmlns: NS.client, type, id: objectId(), from },
              x("remove", { xmlns: NS.remove, id }),
              dialogParams(dialog.id),
            ),
          ),
        )
      }
    }),
    events.on("chat.messagesMarked", ({ appId, dialog, messages, byUserId, marker }) => {
      const from = userJid(byUserId, appId, hub.domain)
      for (const message of messages) {
        if (message.senderId === byUserId) continue
        const stanza = x(
          "message",
          {
            xmlns: NS.client,
            type: "chat",
            id: objectId(),
            from,
            to: userJid(message.senderId, appId, hub.domain),
          },
          x(marker === "read" ? "displayed" : "received", { xmlns: NS.markers, id: message.id }),
          dialogParams(dialog.id),
        )
        hub.background(hub.router.toUser(appId, message.senderId, stanza, { offline: true }))
      }
    }),
    events.on("chat.reactionsChanged", ({ appId, dialog, messageId, userId, add, remove }) => {
      const stanza = x(
        "message",
        { xmlns: NS.client, type: "chat", id: objectId(), from: userJid(userId, appId, hub.domain) },
        dialogParams(dialog.id),
        x(
          "reactions",
          { user_id: userId, message_id: messageId },
          add !== null && x("reaction", { add: "true", type: add }),
          remove !== null && x("reaction", { remove: "true", type: remove }),
        ),
      )
      const recipients = new Set([...dialog.occupantIds, ...hub.rooms.users(`${appId}_${dialog.id}`), userId])
      for (const recipient of recipients)
        hub.background(hub.router.toUser(appId, recipient, stanza, { offline: dialog.type === 3 }))
    }),
    events.on("chat.systemMessage", (event) => {
      const stanza = systemNotification(hub, event)
      stanza.attrs.to = userJid(event.recipientId, event.appId, hub.domain)
      hub.background(hub.router.toUser(event.appId, event.recipientId, stanza, { offline: true }))
    }),
  ]
  return () => {
    for (const off of offs) off()
  }
}
