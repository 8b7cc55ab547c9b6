import { describe, expect, test } from "vitest"
import type { PrivacyItem } from "../../src/storage/XmppStore.ts"
import { x } from "../../src/xmpp/Element.ts"
import { parseJid } from "../../src/xmpp/Jid.ts"
import { evaluatePrivacy } from "../../src/xmpp/Privacy.ts"
import { StreamManagement } from "../../src/xmpp/StreamManagement.ts"

const all = ["message", "presence-in", "presence-out", "iq"] as const
const item = (
  value: string,
  action: "allow" | "deny",
  order: number,
  kinds: PrivacyItem["kinds"] = all,
): PrivacyItem => ({
  type: "jid",
  value,
  action,
  order,
  kinds,
})
const jid = (value: string) => parseJid(value) ?? { local: "", domain: "", resource: "" }

describe("privacy list evaluation (XEP-0016)", () => {
  const items = [
    item("18-1@chat", "allow", 1),
    item("muc.chat/18", "allow", 2),
    item("34-1@chat", "deny", 3),
    item("muc.chat/34", "deny", 4),
    item("48-1@chat", "deny", 5, []),
    item("muc.chat/48", "deny", 6, []),
  ]

  test("a user JID value matches that user from any resource; unlisted users pass", () => {
    expect(evaluatePrivacy(items, jid("34-1@chat/phone"), "message")).toBe("deny")
    expect(evaluatePrivacy(items, jid("34-1@chat"), "message")).toBe("deny")
    expect(evaluatePrivacy(items, jid("18-1@chat/x"), "message")).toBe("allow")
    expect(evaluatePrivacy(items, jid("99-1@chat"), "message")).toBe("allow")
  })

  test("`muc.{chat}/{userId}` names that user in every room", () => {
    expect(evaluatePrivacy(items, jid("1_aaaaaaaaaaaaaaaaaaaaaaaa@muc.chat/34"), "message")).toBe("deny")
    expect(evaluatePrivacy(items, jid("1_aaaaaaaaaaaaaaaaaaaaaaaa@muc.chat/35"), "message")).toBe("allow")
  })

  test("outbound stanzas are blocked only by items without children (mutual blocks)", () => {
    expect(evaluatePrivacy(items, jid("34-1@chat"), "outbound")).toBe("allow")
    expect(evaluatePrivacy(items, jid("48-1@chat"), "outbound")).toBe("deny")
    expect(evaluatePrivacy(items, jid("48-1@chat"), "iq")).toBe("deny")
  })

  test("the first matching item by order wins, and items only apply to their stanza kinds", () => {
    const ordered = [
      item("34-1@chat", "allow", 1, ["iq"]),
      item("34-1@chat", "deny", 2, ["message"]),
      { ...item("", "allow", 3), type: null, value: null },
    ]
    expect(evaluatePrivacy(ordered, jid("34-1@chat"), "iq")).toBe("allow")
    expect(evaluatePrivacy(ordered, jid("34-1@chat"), "message")).toBe("deny")
    expect(evaluatePrivacy(ordered, jid("34-1@chat"), "presence-in")).toBe("allow")
    expect(
      evaluatePrivacy([{ ...item("", "deny", 1), type: null, value: null }], jid("1-1@chat"), "message"),
    ).toBe("deny")
  })
})

describe("stream management counters", () => {
  test("acks drop what the client handled; impossible acks change nothing; resends restart from the ack", () => {
    const sm = new StreamManagement(true)
    expect(sm.id).toMatch(/^[\w-]{16,}$/)
    for (const id of ["a", "b", "c"]) sm.sent(x("message", { id }), 0)
    expect(sm.ack(1)).toBe(true)
    expect(sm.queue.map((entry) => entry.stanza.attrs.id)).toEqual(["b", "c"])
    expect(sm.ack(4)).toBe(false)
    expect(sm.ack(0)).toBe(false)
    expect(sm.queue).toHaveLength(2)
    expect(sm.takeForResend().map((entry) => entry.stanza.attrs.id)).toEqual(["b", "c"])
    expect([sm.outbound, sm.acked, sm.queue.length]).toEqual([1, 1, 0])
    expect(new StreamManagement(false).resumable).toBe(false)
  })
})
