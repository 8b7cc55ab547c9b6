import { describe, expect, test } from "vitest"
import { x } from "../../src/xmpp/Element.ts"
import { FrameError, parseFrame } from "../../src/xmpp/FrameParser.ts"

const limits = { maxBytes: 4096, maxDepth: 8 }

const refused = (frame: string) => {
  try {
    parseFrame(frame, limits)
  } catch (error) {
    return error instanceof FrameError ? error.kind : "other"
  }
  return "accepted"
}

describe("Element", () => {
  test("serializes with escaping and reads back the same tree", () => {
    const element = x(
      "message",
      { to: 'a"b<c>&', type: "chat" },
      x("body", {}, "1 < 2 & 3 > 2"),
      x("empty"),
      null,
      false,
    )
    const text = element.toString()
    expect(text).toBe(
      '<message to="a&quot;b&lt;c&gt;&amp;" type="chat"><body>1 &lt; 2 &amp; 3 &gt; 2</body><empty/></message>',
    )
    const parsed = parseFrame(text, limits)
    expect(parsed?.attrs.to).toBe('a"b<c>&')
    expect(parsed?.childText("body")).toBe("1 < 2 & 3 > 2")
    expect(parsed?.toString()).toBe(text)
  })

  test("drops characters XML cannot carry instead of writing a frame no client can parse", () => {
    expect(x("body", { a: "x\u0001y" }, "bell\u0007 and lone \uD800 surrogate").toString()).toBe(
      '<body a="xy">bell and lone  surrogate</body>',
    )
  })

  test("namespaces are inherited and matched", () => {
    const parsed = parseFrame(
      '<iq xmlns="jabber:client"><query xmlns="jabber:iq:last"/><child/></iq>',
      limits,
    )
    expect(parsed?.child("query", "jabber:iq:last")).toBeDefined()
    expect(parsed?.child("query", "jabber:iq:privacy")).toBeUndefined()
    expect(parsed?.child("child")?.ns()).toBe("jabber:client")
  })
})

describe("parseFrame", () => {
  test("one element per frame; whitespace frames are keep-alives", () => {
    expect(parseFrame("  \n ", limits)).toBeUndefined()
    expect(parseFrame("<a>&amp;&#65;&#x42;</a>", limits)?.text()).toBe("&AB")
    expect(refused("<a/><b/>")).toBe("malformed")
    expect(refused("text")).toBe("malformed")
    expect(refused("<a>")).toBe("malformed")
    expect(refused("<a>&undeclared;</a>")).toBe("malformed")
  })

  test("refuses DTDs, entity declarations and processing instructions", () => {
    expect(refused('<!DOCTYPE a [<!ENTITY x "boom">]><a>&x;</a>')).toBe("restricted")
    expect(refused("<!DOCTYPE a SYSTEM 'file:///etc/passwd'><a/>")).toBe("restricted")
    expect(refused("<?evil data?><a/>")).toBe("restricted")
  })

  test("refuses oversized frames and deep nesting", () => {
    expect(refused(`<a>${"x".repeat(5000)}</a>`)).toBe("policy")
    expect(refused(`${"<a>".repeat(9)}${"</a>".repeat(9)}`)).toBe("policy")
    expect(refused(`${"<a>".repeat(8)}${"</a>".repeat(8)}`)).toBe("accepted")
  })
})
