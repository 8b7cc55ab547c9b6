import { afterAll, beforeAll, describe, expect, test } from "vitest"
import { type OfficialClient, officialClient } from "../support/officialSdk.ts"
import { startTestServer, type TestServer, testApp } from "../support/testServer.ts"

let server: TestServer
let alice: OfficialClient
let bob: OfficialClient

beforeAll(async () => {
  // The default flood limit and queue sizes: nothing raised for this test.
  server = await startTestServer()
  alice = await officialClient(server)
  bob = await officialClient(server)
})

afterAll(async () => {
  await alice?.disconnect()
  await bob?.disconnect()
  await server?.dispose()
})

describe("official SDK: a burst of messages", () => {
  test("1,000 messages sent in a tight loop all arrive at the peer, in order, stored; the sender is not cut", async () => {
    const ids: string[] = []
    for (let n = 0; n < 1000; n++) {
      ids.push(
        alice.chat.send(bob.user.userId, {
          type: "chat",
          body: `burst ${n}`,
          extension: { save_to_history: 1 },
        }),
      )
    }
    const [, last] = await bob.next("onMessageListener", (_from, message) => message.id === ids[999], 60_000)
    const received = bob.all("onMessageListener").map(([, message]) => message.id)
    expect(received).toEqual(ids)
    expect(alice.all("onDisconnectedListener")).toEqual([])
    expect(alice.all("onReconnectListener")).toEqual([])
    const stored = await server.context.storage.messages.list({
      appId: testApp.id,
      dialogId: last.dialog_id,
      viewerId: bob.user.userId,
      filters: [],
      limit: 1000,
      offset: 0,
    })
    // History is ordered by date_sent, then id (the SDK's ids are random within a second).
    expect(stored.map((message) => message.id).sort()).toEqual([...ids].sort())
  }, 90_000)
})
