import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Corrections from "../src/Corrections.ts"
import * as CubeJid from "../src/CubeJid.ts"
import { readMessage } from "../src/internal/incoming.ts"
import * as Markers from "../src/Markers.ts"
import * as Messages from "../src/Messages.ts"
import * as Muc from "../src/Muc.ts"
import * as ObjectId from "../src/ObjectId.ts"
import * as Reactions from "../src/Reactions.ts"
import * as Retractions from "../src/Retractions.ts"
import * as Stanza from "../src/Stanza.ts"
import * as SystemMessages from "../src/SystemMessages.ts"

const jids = CubeJid.make({ appId: 4242, domain: "chat.example" })
const me = "1001-4242@chat.example/res-93b7"
const read = (xml: string) => {
  const message = readMessage(Stanza.parse(xml), jids, me)
  if (message === undefined) throw new Error("not a message")
  return message
}

describe("incoming stanzas (protocol.md §4)", () => {
  it.effect("a 1-1 message as the server relays it", () =>
    Effect.sync(() => {
      const message = Messages.fromIncoming(
        read(
          '<message xmlns="jabber:client" type="chat" id="5f00000000000000000000aa" from="2-4242@chat.example/bob-7f3a" ' +
            'to="1001-4242@chat.example/res-93b7"><body>Hi from Bob</body><extraParams xmlns="jabber:client">' +
            "<save_to_history>1</save_to_history><date_sent>1795313426</date_sent><dialog_id>6b024f0ad1c44938965c84c3</dialog_id>" +
            '<attachment type="image" uid="abc123" size="2048" name="cat.png"/><custom_key>custom value</custom_key>' +
            '</extraParams><delay xmlns="urn:xmpp:delay" stamp="2026-11-20T10:00:00Z"/></message>',
        ),
      )
      assert.strictEqual(message.senderId, 2)
      assert.strictEqual(message.recipientId, 1001)
      assert.strictEqual(message.dialogId, "6b024f0ad1c44938965c84c3")
      assert.strictEqual(message.dateSent, 1795313426)
      assert.strictEqual(message.delay, "2026-11-20T10:00:00Z")
      assert.deepStrictEqual(message.attachments, [
        { type: "image", uid: "abc123", size: 2048, name: "cat.png" },
      ])
      assert.strictEqual(message.extension.custom_key, "custom value")
      assert.isFalse(message.markable)
      assert.isTrue(Messages.isContent(read(message.stanza.toString())))
    }),
  )

  it.effect("a group message: dialog from the room, sender from the nick", () =>
    Effect.sync(() => {
      const message = read(
        '<message type="groupchat" id="x" from="4242_6b024f0ad1f922588cac6eda@muc.chat.example/1001"><body>Hello team</body></message>',
      )
      assert.strictEqual(message.dialogId, "6b024f0ad1f922588cac6eda")
      assert.strictEqual(message.senderId, 1001)
    }),
  )

  it.effect("carbons are unwrapped from the own account only", () =>
    Effect.sync(() => {
      const carbon = (from: string) =>
        `<message from="${from}" type="chat"><sent xmlns="urn:xmpp:carbons:2"><forwarded xmlns="urn:xmpp:forward:0">` +
        '<message type="chat" from="1001-4242@chat.example/phone" to="2-4242@chat.example" id="m1"><body>hi</body></message>' +
        "</forwarded></sent></message>"
      const copy = read(carbon("1001-4242@chat.example"))
      assert.isTrue(copy.forwarded)
      assert.strictEqual(copy.id, "m1")
      assert.strictEqual(copy.recipientId, 2)
      assert.isUndefined(readMessage(Stanza.parse(carbon("2-4242@chat.example")), jids, me))
    }),
  )

  it.effect("markers, edits, deletions and reactions are told apart from content", () =>
    Effect.sync(() => {
      const marker = read(
        '<message type="chat" id="n" from="2-4242@chat.example/r"><received xmlns="urn:xmpp:chat-markers:0" id="orig"/>' +
          '<extraParams xmlns="jabber:client"><dialog_id>d1</dialog_id></extraParams></message>',
      )
      assert.isFalse(Messages.isContent(marker))
      assert.deepStrictEqual(Markers.fromIncoming(marker), {
        kind: "delivered",
        messageId: "orig",
        dialogId: "d1",
        senderId: 2,
        from: "2-4242@chat.example/r",
        forwarded: false,
      })
      const edit = read(
        '<message type="chat" id="n" from="2-4242@chat.example/r"><body>Hello (edited)</body>' +
          '<replace xmlns="urn:xmpp:message-correct:0" id="orig" last="true"/>' +
          '<extraParams xmlns="jabber:client"><dialog_id>d1</dialog_id><edited_by>alice</edited_by></extraParams></message>',
      )
      assert.isFalse(Messages.isContent(edit))
      assert.deepInclude(Corrections.fromIncoming(edit), {
        messageId: "orig",
        body: "Hello (edited)",
        last: true,
        dialogId: "d1",
        extension: { edited_by: "alice" },
      })
      const removal = read(
        '<message type="chat" id="n" from="2-4242@chat.example/r"><remove xmlns="urn:xmpp:message-delete:0" id="orig"/>' +
          '<extraParams xmlns="jabber:client"><dialog_id>d1</dialog_id></extraParams></message>',
      )
      assert.isFalse(Messages.isContent(removal))
      assert.deepInclude(Retractions.fromIncoming(removal), {
        messageId: "orig",
        dialogId: "d1",
        senderId: 2,
      })
      const reaction = read(
        '<message type="chat" id="n" from="2-4242@chat.example/r"><extraParams xmlns="jabber:client"><dialog_id>d1</dialog_id>' +
          '</extraParams><reactions user_id="2" message_id="orig"><reaction add="true" type="🔥"/>' +
          '<reaction remove="true" type="👎"/></reactions></message>',
      )
      assert.isFalse(Messages.isContent(reaction))
      assert.deepStrictEqual(Reactions.fromIncoming(reaction), {
        messageId: "orig",
        userId: 2,
        dialogId: "d1",
        add: "🔥",
        remove: "👎",
      })
    }),
  )

  it.effect("system messages need moduleIdentifier=SystemNotifications, which is removed", () =>
    Effect.sync(() => {
      const system = read(
        '<message type="headline" id="s1" from="2-4242@chat.example/r"><body>dialog/NEW_DIALOG</body>' +
          '<extraParams xmlns="jabber:client"><moduleIdentifier>SystemNotifications</moduleIdentifier>' +
          "<dialogId>d1</dialogId><foo>bar</foo></extraParams></message>",
      )
      assert.deepStrictEqual(SystemMessages.fromIncoming(system), {
        id: "s1",
        senderId: 2,
        body: "dialog/NEW_DIALOG",
        extension: { dialogId: "d1", foo: "bar" },
        from: "2-4242@chat.example/r",
      })
      const call = read(
        '<message type="headline" from="2-4242@chat.example/r"><extraParams xmlns="jabber:client">' +
          "<moduleIdentifier>WebRTCVideoChat</moduleIdentifier></extraParams></message>",
      )
      assert.isUndefined(SystemMessages.fromIncoming(call))
    }),
  )

  it.effect("MUC self-presence is recognised by status code 110", () =>
    Effect.sync(() => {
      const presence = Stanza.parse(
        '<presence from="4242_d1@muc.chat.example/1001"><x xmlns="http://jabber.org/protocol/muc#user">' +
          '<item affiliation="member" role="participant"/><status code="110"/><status code="210"/></x></presence>',
      )
      assert.deepStrictEqual(Muc.statusCodes(presence), ["110", "210"])
    }),
  )
})

describe("outgoing stanzas", () => {
  it.effect(
    "a 1-1 message: body, extraParams with history/dialog/markable flags, custom fields, attachments",
    () =>
      Effect.sync(() => {
        const stanza = Messages.toStanza(jids.address({ userId: 2 }), {
          id: "6b024f0a3ec37652cb000000",
          body: "Hello Bob <&>",
          dialogId: "d1",
          attachments: [{ uid: "f00dfeed", type: "image", size: 2048 }],
          extension: { custom_prop: "custom value" },
        })
        assert.strictEqual(
          stanza.toString(),
          '<message to="2-4242@chat.example" type="chat" id="6b024f0a3ec37652cb000000"><body>Hello Bob &lt;&amp;&gt;</body>' +
            '<extraParams xmlns="jabber:client"><save_to_history>1</save_to_history><dialog_id>d1</dialog_id>' +
            "<markable>1</markable><custom_prop>custom value</custom_prop>" +
            '<attachment uid="f00dfeed" type="image" size="2048"/></extraParams></message>',
        )
      }),
  )

  it.effect("a system message always names its module, so receivers without custom fields still see it", () =>
    Effect.sync(() => {
      assert.strictEqual(
        SystemMessages.toStanza(jids.user(2), { id: "s1" }).toString(),
        '<message to="2-4242@chat.example" type="headline" id="s1"><extraParams xmlns="jabber:client">' +
          "<moduleIdentifier>SystemNotifications</moduleIdentifier></extraParams></message>",
      )
    }),
  )

  it.effect("JIDs and ids follow ConnectyCube's shapes", () =>
    Effect.sync(() => {
      assert.deepStrictEqual(jids.address({ dialogId: "d1" }), {
        to: "4242_d1@muc.chat.example",
        type: "groupchat",
      })
      assert.strictEqual(jids.occupant("d1", 7), "4242_d1@muc.chat.example/7")
      assert.deepStrictEqual(jids.parse("7-4242@chat.example/r"), { _tag: "User", userId: 7, resource: "r" })
      assert.deepStrictEqual(jids.parse("7-9999@chat.example"), { _tag: "Other", jid: "7-9999@chat.example" })
      assert.deepStrictEqual(CubeJid.credentials({ appId: 4242, userId: 7, password: "p" }), {
        username: "7-4242",
        password: "p",
      })
      const a = ObjectId.make()
      const b = ObjectId.make()
      assert.isTrue(ObjectId.isObjectId(a))
      assert.notStrictEqual(a, b)
    }),
  )
})
