import { describe, expect, test } from "vitest"
import { ConnectionLog } from "../src/recovery/ConnectionLog.ts"
import { streamLoss } from "../src/recovery/streamLoss.ts"

describe("stream loss", () => {
  test("lost, not stored and duplicates are counted per tag", () => {
    expect(streamLoss(["a", "b", "c", "d"], ["a", "b", "b", "d"], ["a", "b", "c", "d"])).toEqual({
      sent: 4,
      lost: 1,
      notStored: 0,
      duplicates: 1,
    })
    expect(streamLoss(["a", "b"], [], ["b"])).toEqual({ sent: 2, lost: 2, notStored: 1, duplicates: 0 })
    expect(streamLoss([], [], [])).toEqual({ sent: 0, lost: 0, notStored: 0, duplicates: 0 })
  })
})

describe("connection log", () => {
  test("finds the first event after a moment and the last attempt before another", () => {
    const log = new ConnectionLog("client")
    log.events.push(
      { at: 10, status: "connected" },
      { at: 20, status: "reconnecting", waiting: true },
      { at: 30, status: "reconnecting" },
      { at: 35, status: "reconnecting", waiting: true },
      { at: 40, status: "reconnecting" },
      { at: 50, status: "connected", resumed: true },
    )
    const isConnected = (event: { status: string }) => event.status === "connected"
    expect(log.firstAfter(15, isConnected)?.at).toBe(50)
    expect(log.firstAfter(0, isConnected)?.at).toBe(10)
    expect(log.firstAfter(51, isConnected)).toBeUndefined()
    const attempt = (event: { status: string; waiting?: boolean }) =>
      event.status === "reconnecting" && event.waiting !== true
    expect(log.lastBefore(15, 50, attempt)?.at).toBe(40)
    expect(log.lastBefore(15, 35, attempt)?.at).toBe(30)
  })

  test("waitFor resolves with an event already there and names what it saw when it times out", async () => {
    const log = new ConnectionLog("client")
    log.record({ status: "reconnecting", detail: "socket closed" })
    const since = log.events[0]!.at
    await expect(
      log.waitFor(since, (event) => event.status === "reconnecting", 10, "x"),
    ).resolves.toMatchObject({
      status: "reconnecting",
    })
    await expect(
      log.waitFor(since, (event) => event.status === "connected", 10, "connection"),
    ).rejects.toThrow(/client: no connection within 10 ms; saw 0 ms reconnecting \(socket closed\)/)
  })
})
