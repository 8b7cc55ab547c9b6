import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as CubeJid from "../src/CubeJid.ts"
import * as PrivacyLists from "../src/PrivacyLists.ts"
import * as Stanza from "../src/Stanza.ts"

const jids = CubeJid.make({ appId: 4242, domain: "chat.example" })
const children = "<message/><presence-in/><presence-out/><iq/>"

describe("PrivacyLists stanzas", () => {
  it.effect(
    "create: two items per user, ascending user ids, mutual blocks without children (protocol §4.12)",
    () =>
      Effect.sync(() => {
        const stanza = PrivacyLists.createStanza(jids, {
          name: "myList",
          items: [
            { userId: 48, action: "deny", mutualBlock: true },
            { userId: 18, action: "allow" },
            { userId: 34, action: "deny" },
          ],
        })
        assert.strictEqual(
          stanza.toString(),
          '<iq type="set"><query xmlns="jabber:iq:privacy"><list name="myList">' +
            `<item type="jid" value="18-4242@chat.example" action="allow" order="1">${children}</item>` +
            `<item type="jid" value="muc.chat.example/18" action="allow" order="2">${children}</item>` +
            `<item type="jid" value="34-4242@chat.example" action="deny" order="3">${children}</item>` +
            `<item type="jid" value="muc.chat.example/34" action="deny" order="4">${children}</item>` +
            '<item type="jid" value="48-4242@chat.example" action="deny" order="5"/>' +
            '<item type="jid" value="muc.chat.example/48" action="deny" order="6"/>' +
            "</list></query></iq>",
        )
      }),
  )

  it.effect("default, decline default, active, get names, get list and delete", () =>
    Effect.sync(() => {
      assert.strictEqual(
        PrivacyLists.choiceStanza("default", "myList").toString(),
        '<iq type="set"><query xmlns="jabber:iq:privacy"><default name="myList"/></query></iq>',
      )
      assert.strictEqual(
        PrivacyLists.choiceStanza("default", undefined).toString(),
        '<iq type="set"><query xmlns="jabber:iq:privacy"><default/></query></iq>',
      )
      assert.strictEqual(
        PrivacyLists.choiceStanza("active", "myList").toString(),
        '<iq type="set"><query xmlns="jabber:iq:privacy"><active name="myList"/></query></iq>',
      )
      assert.strictEqual(
        PrivacyLists.namesStanza().toString(),
        '<iq type="get"><query xmlns="jabber:iq:privacy"/></iq>',
      )
      assert.strictEqual(
        PrivacyLists.getListStanza("myList").toString(),
        '<iq type="get"><query xmlns="jabber:iq:privacy"><list name="myList"/></query></iq>',
      )
      assert.strictEqual(
        PrivacyLists.removeStanza("myList").toString(),
        '<iq type="set"><query xmlns="jabber:iq:privacy"><list name="myList"/></query></iq>',
      )
    }),
  )

  it.effect(
    "reads names without counting <default>/<active> as lists, and lists with their mutual blocks",
    () =>
      Effect.sync(() => {
        const names = PrivacyLists.readNames(
          Stanza.parse(
            '<iq type="result"><query xmlns="jabber:iq:privacy"><active name="a"/><default name="myList"/>' +
              '<list name="a"/><list name="myList"/></query></iq>',
          ),
        )
        assert.deepStrictEqual(names, { default: "myList", active: "a", names: ["a", "myList"] })
        const list = PrivacyLists.readList(
          jids,
          Stanza.parse(
            `<iq type="result"><query xmlns="jabber:iq:privacy">${PrivacyLists.createStanza(jids, {
              name: "myList",
              items: [
                { userId: 18, action: "allow" },
                { userId: 48, action: "deny", mutualBlock: true },
              ],
            })
              .getChild("query")
              ?.getChild("list")
              ?.toString()}</query></iq>`,
          ),
        )
        assert.deepStrictEqual(list, {
          name: "myList",
          items: [
            { userId: 18, action: "allow" },
            { userId: 48, action: "deny", mutualBlock: true },
          ],
        })
      }),
  )

  it.effect("merge: deny adds or replaces, allow removes", () =>
    Effect.sync(() => {
      const merged = PrivacyLists.merge(
        {
          name: "l",
          items: [
            { userId: 1, action: "deny", mutualBlock: true },
            { userId: 2, action: "deny" },
          ],
        },
        {
          name: "l",
          items: [
            { userId: 2, action: "allow" },
            { userId: 3, action: "deny" },
          ],
        },
      )
      assert.deepStrictEqual(merged.items, [
        { userId: 1, action: "deny", mutualBlock: true },
        { userId: 3, action: "deny" },
      ])
    }),
  )
})
