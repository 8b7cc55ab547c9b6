import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, describe, expect, test } from "vitest"
import type { PushEventRecord } from "../../src/storage/XmppStore.ts"
import type { PushSink } from "../../src/xmpp/PushSink.ts"
import { eventually } from "../support/eventually.ts"
import { RawXmpp } from "../support/rawXmpp.ts"
import { startTestServer, type TestServer, testApp } from "../support/testServer.ts"
import { createUser, type TestUser } from "../support/users.ts"

let hook: Server
let hookUrl: string
const posted: Array<Record<string, unknown>> = []

const message = (to: TestUser, id: string, extra = "") =>
  `<message xmlns="jabber:client" type="chat" id="${id}" to="${to.userId}-${testApp.id}@localhost"><body>${id}</body>${extra}</message>`

beforeAll(async () => {
  hook = createServer((request, response) => {
    let body = ""
    request.on("data", (chunk) => {
      body += chunk
    })
    request.on("end", () => {
      posted.push(JSON.parse(body) as Record<string, unknown>)
      response.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => hook.listen(0, "127.0.0.1", resolve))
  hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/push`
})

afterAll(async () => {
  await new Promise((resolve) => hook.close(resolve))
})

describe("chat alerts", () => {
  test("the webhook sink POSTs an alert for an offline recipient; storage keeps it queryable", async () => {
    const server: TestServer = await startTestServer({ pushWebhookUrl: hookUrl })
    try {
      const sender = await createUser(server)
      const away = await createUser(server)
      const client = await RawXmpp.login(server.wsUrl, sender)
      client.send(
        message(
          away,
          "6b024fb6f0f1952113000101",
          `<extraParams xmlns="jabber:client"><save_to_history>1</save_to_history></extraParams>`,
        ),
      )
      client.send(
        message(
          away,
          "6b024fb6f0f1952113000102",
          `<extraParams xmlns="jabber:client"><silent>1</silent></extraParams>`,
        ),
      )
      const received = await eventually(
        () => posted.filter((event) => event.recipient_id === away.userId),
        (events) => events.length > 0,
      )
      expect(received).toEqual([
        expect.objectContaining({
          application_id: testApp.id,
          sender_id: sender.userId,
          message_id: "6b024fb6f0f1952113000101",
          message: "6b024fb6f0f1952113000101",
        }),
      ])
      const stored = await server.context.storage.xmpp.listPushEvents(testApp.id, {
        userId: away.userId,
        limit: 10,
      })
      expect(stored.map((event) => event.messageId)).toEqual(["6b024fb6f0f1952113000101"])
      client.close()
    } finally {
      await server.dispose()
    }
  })

  test("a custom sink plugs in through startServer; an online, active recipient raises nothing", async () => {
    const delivered: PushEventRecord[] = []
    const sink: PushSink = { deliver: async (event) => void delivered.push(event) }
    const server = await startTestServer({ pushSink: sink })
    try {
      const sender = await createUser(server)
      const present = await createUser(server)
      const away = await createUser(server)
      const client = await RawXmpp.login(server.wsUrl, sender)
      const peer = await RawXmpp.login(server.wsUrl, present)
      client.send(message(present, "live"))
      await peer.next((element) => element.attrs.id === "live")
      // Standard CSI: an inactive session gets alerts like an offline user.
      peer.send(`<inactive xmlns="urn:xmpp:csi:0"/>`)
      peer.send(
        `<iq xmlns="jabber:client" type="get" id="sync" to="localhost"><ping xmlns="urn:xmpp:ping"/></iq>`,
      )
      await peer.next((element) => element.attrs.id === "sync")
      client.send(message(present, "backgrounded"))
      client.send(message(away, "gone"))
      await eventually(
        () => delivered.length,
        (count) => count >= 2,
      )
      expect(delivered.map((event) => [event.userId, event.body])).toEqual([
        [present.userId, "backgrounded"],
        [away.userId, "gone"],
      ])
      client.close()
      peer.close()
    } finally {
      await server.dispose()
    }
  })
})
