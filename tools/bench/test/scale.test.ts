import { describe, expect, test } from "vitest"
import { parseFdLimit, parseVmRss } from "../src/procStats.ts"
import { fanOutBody, groupStanza, seqOfFrame } from "../src/scale/fanOut.ts"
import { advanceLogin, pingReply, saslPlain, streamOpen } from "../src/scale/lightLogin.ts"
import { bytesPerSession, rampSteps, splitEvenly } from "../src/scale/ramp.ts"

describe("ramp", () => {
  test("steps every `step` sessions, the target last", () => {
    expect(rampSteps(20_000, 5_000)).toEqual([5_000, 10_000, 15_000, 20_000])
    expect(rampSteps(12_000, 5_000)).toEqual([5_000, 10_000, 12_000])
    expect(rampSteps(3, 5)).toEqual([3])
    expect(() => rampSteps(0, 5)).toThrow(RangeError)
  })

  test("slices are contiguous, cover every item and differ by at most one", () => {
    const slices = splitEvenly([1, 2, 3, 4, 5, 6, 7], 3)
    expect(slices).toEqual([
      [1, 2, 3],
      [4, 5],
      [6, 7],
    ])
    expect(splitEvenly([1, 2], 4)).toEqual([[1], [2]])
    expect(splitEvenly([], 4)).toEqual([])
  })

  test("bytes per session is the memory delta over the sessions added", () => {
    expect(bytesPerSession({ bytes: 1_000, sessions: 0 }, { bytes: 21_000, sessions: 10 })).toBe(2_000)
    expect(bytesPerSession({ bytes: 5_000, sessions: 5 }, { bytes: 15_000, sessions: 10 })).toBe(2_000)
    expect(bytesPerSession({ bytes: 5_000, sessions: 5 }, { bytes: 15_000, sessions: 5 })).toBeNaN()
  })
})

describe("/proc parsing", () => {
  test("the soft fd limit of a limits file", () => {
    const limits = [
      "Limit                     Soft Limit           Hard Limit           Units     ",
      "Max cpu time              unlimited            unlimited            seconds   ",
      "Max open files            20000                20000                files     ",
    ].join("\n")
    expect(parseFdLimit(limits)).toBe(20_000)
    expect(
      parseFdLimit("Max open files            unlimited            unlimited            files"),
    ).toBeNaN()
    expect(parseFdLimit("")).toBeNaN()
  })

  test("VmRSS in bytes", () => {
    expect(parseVmRss("Name:\tnode\nVmRSS:\t  123456 kB\nVmData:\t 1 kB\n")).toBe(123_456 * 1024)
    expect(parseVmRss("Name:\tnode\n")).toBeNaN()
  })
})

describe("light XMPP login", () => {
  const login = { domain: "localhost", userId: 42, appId: 777, secret: "token" }

  test("walks open, SASL PLAIN, restart, bind and presence", () => {
    const features = advanceLogin("features", "<open xmlns='urn:ietf:params:xml:ns:xmpp-framing'/>", login)
    expect(features).toEqual({ stage: "features", send: [] })
    const auth = advanceLogin("features", "<stream:features><mechanisms/></stream:features>", login)
    expect(auth).toEqual({ stage: "auth", send: [saslPlain(42, 777, "token")] })
    expect(Buffer.from(/>([^<]+)</.exec(auth.send[0]!)![1]!, "base64").toString()).toBe(
      "\u000042-777\u0000token",
    )
    const restart = advanceLogin("auth", '<success xmlns="urn:ietf:params:xml:ns:xmpp-sasl"/>', login)
    expect(restart).toEqual({ stage: "restart", send: [streamOpen("localhost")] })
    const bind = advanceLogin("restart", "<stream:features><bind/></stream:features>", login)
    expect(bind.stage).toBe("bind")
    const done = advanceLogin(
      "bind",
      '<iq type="result" id="bind"><bind><jid>42-777@localhost/r1</jid></bind></iq>',
      login,
    )
    expect(done).toEqual({
      stage: "done",
      send: ['<presence xmlns="jabber:client"/>'],
      jid: "42-777@localhost/r1",
    })
  })

  test("a SASL failure or a stream error ends it", () => {
    expect(advanceLogin("auth", "<failure><not-authorized/></failure>", login).stage).toBe("failed")
    expect(advanceLogin("bind", "<stream:error><conflict/></stream:error>", login).stage).toBe("failed")
    expect(advanceLogin("bind", '<iq type="error" id="bind"><error/></iq>', login).stage).toBe("failed")
  })

  test("server pings get a result to their sender; other frames none", () => {
    expect(pingReply('<iq type="get" id="p1" from="localhost"><ping xmlns="urn:xmpp:ping"/></iq>')).toBe(
      '<iq xmlns="jabber:client" type="result" id="p1" to="localhost"/>',
    )
    expect(pingReply('<iq type="result" id="p1"><ping xmlns="urn:xmpp:ping"/></iq>')).toBeUndefined()
    expect(pingReply("<message><body>urn:xmpp:ping</body></message>")).toBeUndefined()
  })
})

describe("fan-out frames", () => {
  test("the sequence number survives the stanza; other frames carry none", () => {
    const stanza = groupStanza("777_abc@muc.localhost", "abc", fanOutBody(1234))
    expect(seqOfFrame(stanza)).toBe(1234)
    expect(fanOutBody(7)).toHaveLength(100)
    expect(seqOfFrame('<presence from="x"/>')).toBeUndefined()
    expect(seqOfFrame("<message><body>hello</body></message>")).toBeUndefined()
  })
})
