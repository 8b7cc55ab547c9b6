// The chat endpoint families (dialogs, messages): the exact requests, compared with the official
// SDK's captured traffic (protocol.md §8); see endpoints.test.ts for the deliberate differences.
import { describe, expect, it } from "vitest"
import { empty, json } from "./support/fakeFetch.ts"
import * as samples from "./support/samples.ts"
import {
  recordingClient as client,
  EMPTY_OK,
  emptyOk,
  FORM_TYPE,
  JSON_TYPE,
  token,
  wire,
} from "./support/wire.ts"

const { ids } = samples

describe("dialogs family", () => {
  it("sends every dialog call as captured", async () => {
    const { calls, client: rest } = client((call) => {
      if (call.path.endsWith("/notifications.json")) return json(200, samples.notifications)
      if (call.path.endsWith("/occupants.json")) return json(200, samples.occupants)
      if (call.path === "/chat/Dialog.json" && call.method === "GET") return json(200, samples.dialogList)
      if (call.method === "DELETE")
        return call.path.includes(",") ? json(200, samples.deleteDialogsResult) : empty()
      return json(call.method === "POST" ? 201 : 200, samples.groupDialog)
    })
    const dialog = { path: { dialogId: ids.groupDialog } }
    await rest.POST("/chat/Dialog.json", { body: { type: 3, occupants_ids: "2" } })
    await rest.POST("/chat/Dialog.json", {
      body: {
        type: 2,
        name: "Team",
        occupants_ids: "2, 3",
        description: "d",
        extensions: { location: "x" },
        permissions: { allow_preview: true },
      },
    })
    const list = await rest.GET("/chat/Dialog.json", {
      params: {
        query: {
          limit: 10,
          name: { ctn: "Te" },
          skip: 0,
          sort_desc: "last_message_date_sent",
          type: { in: [2, 3] },
        },
      },
    })
    await rest.PUT("/chat/Dialog/{dialogId}.json", {
      params: dialog,
      body: {
        name: "Team 2",
        push_all: { occupants_ids: [4], pinned_messages_ids: [ids.pinned] },
        pull_all: { occupants_ids: [3] },
      },
    })
    await rest.PUT("/chat/Dialog/{dialogId}/admins.json", {
      params: dialog,
      body: { push_all: { admins_ids: [2] } },
    })
    await rest.PUT("/chat/Dialog/{dialogId}/admins.json", {
      params: dialog,
      body: { pull_all: { admins_ids: [2] } },
    })
    await rest.POST("/chat/Dialog/{dialogId}/subscribe.json", { params: dialog })
    await rest.DELETE("/chat/Dialog/{dialogId}/subscribe.json", { params: dialog })
    const settings = await rest.GET("/chat/Dialog/{dialogId}/notifications.json", { params: dialog })
    await rest.PUT("/chat/Dialog/{dialogId}/notifications.json", { params: dialog, body: { enabled: 0 } })
    await rest.GET("/chat/Dialog/{dialogId}/occupants.json", {
      params: { ...dialog, query: { limit: 10, skip: 0 } },
    })
    await rest.DELETE("/chat/Dialog/clearHistory/{dialogId}.json", { params: dialog })
    const one = await rest.DELETE("/chat/Dialog/{dialogId}.json", {
      params: { path: { dialogId: ids.privateDialog } },
    })
    const several = await rest.DELETE("/chat/Dialog/{dialogId}.json", {
      params: { path: { dialogId: [ids.groupDialog, ids.missingDialog] } },
      body: { force: 1 },
    })

    expect(list.data).toEqual(samples.dialogList)
    expect(settings.data).toEqual(samples.notifications)
    expect(emptyOk(one)).toEqual(EMPTY_OK)
    expect(several.data).toEqual(samples.deleteDialogsResult)
    const g = ids.groupDialog
    expect(calls.map(wire)).toEqual([
      {
        line: "POST /chat/Dialog.json",
        token,
        authKey: undefined,
        type: JSON_TYPE,
        body: '{"type":3,"occupants_ids":"2"}',
      },
      {
        line: "POST /chat/Dialog.json",
        token,
        authKey: undefined,
        type: JSON_TYPE,
        body: '{"type":2,"name":"Team","occupants_ids":"2, 3","description":"d","extensions":{"location":"x"},"permissions":{"allow_preview":true}}',
      },
      {
        line: "GET /chat/Dialog.json?limit=10&name[ctn]=Te&skip=0&sort_desc=last_message_date_sent&type[in]=2%2C3",
        token,
        authKey: undefined,
        type: undefined,
        body: undefined,
      },
      {
        line: `PUT /chat/Dialog/${g}.json`,
        token,
        authKey: undefined,
        type: JSON_TYPE,
        body: `{"name":"Team 2","push_all":{"occupants_ids":[4],"pinned_messages_ids":["${ids.pinned}"]},"pull_all":{"occupants_ids":[3]}}`,
      },
      {
        line: `PUT /chat/Dialog/${g}/admins.json`,
        token,
        authKey: undefined,
        type: JSON_TYPE,
        body: '{"push_all":{"admins_ids":[2]}}',
      },
      {
        line: `PUT /chat/Dialog/${g}/admins.json`,
        token,
        authKey: undefined,
        type: JSON_TYPE,
        body: '{"pull_all":{"admins_ids":[2]}}',
      },
      {
        line: `POST /chat/Dialog/${g}/subscribe.json`,
        token,
        authKey: undefined,
        type: undefined,
        body: undefined,
      },
      {
        line: `DELETE /chat/Dialog/${g}/subscribe.json`,
        token,
        authKey: undefined,
        type: undefined,
        body: undefined,
      },
      {
        line: `GET /chat/Dialog/${g}/notifications.json`,
        token,
        authKey: undefined,
        type: undefined,
        body: undefined,
      },
      {
        line: `PUT /chat/Dialog/${g}/notifications.json`,
        token,
        authKey: undefined,
        type: JSON_TYPE,
        body: '{"enabled":0}',
      },
      {
        line: `GET /chat/Dialog/${g}/occupants.json?limit=10&skip=0`,
        token,
        authKey: undefined,
        type: undefined,
        body: undefined,
      },
      {
        line: `DELETE /chat/Dialog/clearHistory/${g}.json`,
        token,
        authKey: undefined,
        type: undefined,
        body: undefined,
      },
      {
        line: `DELETE /chat/Dialog/${ids.privateDialog}.json`,
        token,
        authKey: undefined,
        type: undefined,
        body: undefined,
      },
      {
        line: `DELETE /chat/Dialog/${g},${ids.missingDialog}.json`,
        token,
        authKey: undefined,
        type: FORM_TYPE,
        body: "force=1",
      },
    ])
  })
})

describe("messages family", () => {
  it("sends every message call as captured", async () => {
    const { calls, client: rest } = client((call) => {
      if (call.path.endsWith("/reactions.json"))
        return call.method === "GET" ? json(200, samples.reactions) : empty()
      if (call.path === "/chat/Message/unread.json") return json(200, samples.unread)
      if (call.path === "/chat/Message/system.json") return json(200, samples.systemMessage)
      if (call.method === "DELETE") return json(200, samples.deleteMessagesResult)
      if (call.method === "PUT") return empty()
      return call.method === "POST" ? json(201, samples.restMessage) : json(200, samples.messageList)
    })
    const m = ids.message
    const dialogId = ids.privateDialog
    await rest.PUT("/chat/Message/{messageId}/reactions.json", {
      params: { path: { messageId: m } },
      body: { add: "👍" },
    })
    await rest.PUT("/chat/Message/{messageId}/reactions.json", {
      params: { path: { messageId: m } },
      body: { add: "🔥", remove: "👎" },
    })
    const reactions = await rest.GET("/chat/Message/{messageId}/reactions.json", {
      params: { path: { messageId: m } },
    })
    const sent = await rest.POST("/chat/Message.json", {
      body: {
        chat_dialog_id: dialogId,
        message: "via REST",
        recipient_id: 2,
        attachments: [{ type: "image", uid: "abc" }],
        send_to_chat: 1,
        markable: 1,
        custom: "x",
      },
    })
    const history = await rest.GET("/chat/Message.json", {
      params: {
        query: {
          chat_dialog_id: dialogId,
          date_sent: { gt: 1795313575 },
          limit: 50,
          mark_as_read: 0,
          skip: 0,
          sort_desc: "date_sent",
        },
      },
    })
    const marked = await rest.PUT("/chat/Message/{messageIds}.json", {
      params: { path: { messageIds: ids.restMessage } },
      body: { read: 1, chat_dialog_id: dialogId },
    })
    await rest.PUT("/chat/Message.json", { body: { read: 1, chat_dialog_id: dialogId } })
    const unread = await rest.GET("/chat/Message/unread.json", {
      params: { query: { chat_dialog_ids: [dialogId, ids.groupDialog] } },
    })
    const system = await rest.POST("/chat/Message/system.json", {
      body: { recipientId: 2, foo: "bar", nested: { k: "v" } },
    })
    const deleted = await rest.DELETE("/chat/Message/{messageIds}.json", {
      params: { path: { messageIds: [ids.restMessage, ids.missingMessage] } },
      body: { force: 1 },
    })

    expect(reactions.data).toEqual(samples.reactions)
    expect(sent.data).toEqual(samples.restMessage)
    expect(history.data).toEqual(samples.messageList)
    expect(emptyOk(marked)).toEqual(EMPTY_OK)
    expect(unread.data).toEqual(samples.unread)
    expect(system.data).toEqual(samples.systemMessage)
    expect(deleted.data).toEqual(samples.deleteMessagesResult)
    expect(calls.map(wire)).toEqual([
      {
        line: `PUT /chat/Message/${m}/reactions.json`,
        token,
        authKey: undefined,
        type: JSON_TYPE,
        body: '{"add":"👍"}',
      },
      {
        line: `PUT /chat/Message/${m}/reactions.json`,
        token,
        authKey: undefined,
        type: JSON_TYPE,
        body: '{"add":"🔥","remove":"👎"}',
      },
      {
        line: `GET /chat/Message/${m}/reactions.json`,
        token,
        authKey: undefined,
        type: undefined,
        body: undefined,
      },
      {
        line: "POST /chat/Message.json",
        token,
        authKey: undefined,
        type: JSON_TYPE,
        body: `{"chat_dialog_id":"${dialogId}","message":"via REST","recipient_id":2,"attachments":[{"type":"image","uid":"abc"}],"send_to_chat":1,"markable":1,"custom":"x"}`,
      },
      {
        line: `GET /chat/Message.json?chat_dialog_id=${dialogId}&date_sent[gt]=1795313575&limit=50&mark_as_read=0&skip=0&sort_desc=date_sent`,
        token,
        authKey: undefined,
        type: undefined,
        body: undefined,
      },
      {
        line: `PUT /chat/Message/${ids.restMessage}.json`,
        token,
        authKey: undefined,
        type: JSON_TYPE,
        body: `{"read":1,"chat_dialog_id":"${dialogId}"}`,
      },
      {
        line: "PUT /chat/Message.json",
        token,
        authKey: undefined,
        type: JSON_TYPE,
        body: `{"read":1,"chat_dialog_id":"${dialogId}"}`,
      },
      {
        line: `GET /chat/Message/unread.json?chat_dialog_ids=${dialogId}%2C${ids.groupDialog}`,
        token,
        authKey: undefined,
        type: undefined,
        body: undefined,
      },
      {
        line: "POST /chat/Message/system.json",
        token,
        authKey: undefined,
        type: JSON_TYPE,
        body: '{"recipientId":2,"foo":"bar","nested":{"k":"v"}}',
      },
      {
        line: `DELETE /chat/Message/${ids.restMessage},${ids.missingMessage}.json`,
        token,
        authKey: undefined,
        type: FORM_TYPE,
        body: "force=1",
      },
    ])
  })
})
