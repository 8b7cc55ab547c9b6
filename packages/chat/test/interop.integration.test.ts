// An unmodified official `connectycube@6.1.2` client and a @cube/chat client converse through the server:
// each sees the other's messages, statuses, typing, edits, deletions, reactions and dialog notices.
import * as Schema from "effect/Schema"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type OfficialClient, officialClient } from "../../server/test/support/officialSdk.ts"
import { type Chat, type ChatDialog, chatSchema } from "../src/index.ts"
import {
  createUser,
  next,
  openChat,
  startTestServer,
  type TestServer,
  type TestUser,
} from "./support/chat.ts"

const Props = Schema.Struct({
  priority: Schema.optional(Schema.Number),
  urgent: Schema.optional(Schema.Boolean),
})
type Props = typeof Props.Type

let server: TestServer
let official: OfficialClient
let cube: Chat<Props>
let cubeUser: TestUser
let dialog: ChatDialog

beforeAll(async () => {
  server = await startTestServer()
  official = await officialClient(server)
  const opened = await openChat<Props>(server, await createUser(server), {
    schema: chatSchema({ messageProperties: Props }),
  })
  cube = opened.chat
  cubeUser = opened.user
  dialog = await cube.dialogs.create({ type: 3, occupantIds: [official.user.userId] })
})

afterAll(async () => {
  await cube?.destroy()
  await official?.disconnect()
  await server?.dispose()
})

describe("official SDK ⇄ @cube/chat", () => {
  it("official → cube: a message with custom fields arrives once, typed by the schema; cube's delivered marker reaches the official client", async () => {
    const received = next(cube, "message")
    const id = official.chat.send(cubeUser.userId, {
      type: "chat",
      body: "from the official SDK",
      extension: { save_to_history: 1, dialog_id: dialog.id, priority: 7, urgent: true, markable: 1 },
    })
    const message = await received
    expect(message).toMatchObject({
      id,
      body: "from the official SDK",
      senderId: official.user.userId,
      dialogId: dialog.id,
    })
    // The official SDK sends numbers and booleans as text; the schema gives them back their types.
    expect(message.rawProperties).toMatchObject({ priority: "7", urgent: "true" })
    expect(message.properties).toEqual({ priority: 7, urgent: true })
    const [deliveredId, deliveredDialog, by] = await official.next(
      "onDeliveredStatusListener",
      (messageId) => messageId === id,
    )
    expect([deliveredId, deliveredDialog, by]).toEqual([id, dialog.id, cubeUser.userId])
    const read = official.next("onReadStatusListener", (messageId) => messageId === id)
    await cube.messages.markRead(dialog.id, [id])
    expect((await read)[2]).toBe(cubeUser.userId)
  })

  it("cube → official: the message, its fields and its ack; the official client's markers come back", async () => {
    const arrived = official.next("onMessageListener", (_from, message) => message.body === "from @cube/chat")
    const delivered = next(cube, "message:delivered")
    const sent = await cube.messages.send(dialog.id, { body: "from @cube/chat", properties: { priority: 3 } })
    const [from, message] = await arrived
    expect(from).toBe(cubeUser.userId)
    expect(message).toMatchObject({ id: sent.id, dialog_id: dialog.id })
    expect(message.extension).toMatchObject({ priority: "3", save_to_history: "1" })
    // The official SDK marks delivered by itself; read when told to.
    expect((await delivered).messageId).toBe(sent.id)
    const read = next(cube, "message:read", (event) => event.messageId === sent.id)
    official.chat.sendReadStatus({ messageId: sent.id, userId: cubeUser.userId, dialogId: dialog.id })
    expect((await read).userId).toBe(official.user.userId)
  })

  it("typing both ways", async () => {
    const typing = next(cube, "typing", (event) => event.typing)
    official.chat.sendIsTypingStatus(cubeUser.userId)
    expect(await typing).toEqual({ dialogId: dialog.id, userId: official.user.userId, typing: true })
    const stopped = next(cube, "typing", (event) => !event.typing)
    official.chat.sendIsStopTypingStatus(cubeUser.userId)
    await stopped
    const atOfficial = official.next("onMessageTypingListener", (composing) => composing === true)
    await cube.typing.start(dialog.id)
    expect(await atOfficial).toEqual([true, cubeUser.userId, null])
    const pausedAtOfficial = official.next("onMessageTypingListener", (composing) => composing === false)
    await cube.typing.stop(dialog.id)
    await pausedAtOfficial
  })

  it("edits and deletions both ways", async () => {
    const received = next(cube, "message", (message) => message.body === "edit me")
    const id = official.chat.send(cubeUser.userId, {
      type: "chat",
      body: "edit me",
      extension: { save_to_history: 1, dialog_id: dialog.id },
    })
    await received
    const edited = next(cube, "message:edited", (event) => event.messageId === id)
    official.chat.editMessage({
      to: cubeUser.userId,
      dialogId: dialog.id,
      body: "edited by official",
      originMessageId: id,
      last: true,
    })
    expect((await edited).body).toBe("edited by official")
    const deleted = next(cube, "message:deleted", (event) => event.messageId === id)
    official.chat.deleteMessage({ to: cubeUser.userId, dialogId: dialog.id, messageId: id })
    await deleted
    expect(
      cube.stores
        .messages(dialog.id)
        .getSnapshot()
        .messages.some((message) => message.id === id),
    ).toBe(false)

    const arrived = official.next("onMessageListener", (_from, message) => message.body === "cube edits this")
    const sent = await cube.messages.send(dialog.id, { body: "cube edits this" })
    await arrived
    const update = official.next("onMessageUpdateListener", (messageId) => messageId === sent.id)
    await cube.messages.edit(dialog.id, sent.id, "edited by cube")
    const [, , body, updatedDialog, userId] = await update
    expect([body, updatedDialog, userId]).toEqual(["edited by cube", dialog.id, cubeUser.userId])
    const removed = official.next("onMessageDeleteListener", (messageId) => messageId === sent.id)
    await cube.messages.delete(dialog.id, [sent.id])
    expect((await removed)[1]).toBe(dialog.id)
  })

  it("reactions both ways", async () => {
    const sent = await cube.messages.send(dialog.id, { body: "react" })
    await official.next("onMessageListener", (_from, message) => message.id === sent.id)
    const atCube = next(cube, "reaction", (event) => event.userId === official.user.userId)
    await official.chat.message.addReaction(sent.id, "🔥")
    expect(await atCube).toMatchObject({ messageId: sent.id, add: "🔥" })
    const atOfficial = official.next(
      "onMessageReactionsListener",
      (messageId, userId) => messageId === sent.id && userId === cubeUser.userId,
    )
    await cube.messages.react(sent.id, { add: "👍" })
    const [, , reactionDialog, add] = await atOfficial
    expect([reactionDialog, add]).toEqual([dialog.id, "👍"])
    expect(await official.chat.message.listReactions(sent.id)).toEqual({
      "🔥": [official.user.userId],
      "👍": [cubeUser.userId],
    })
  })

  it("group messages and dialog notices both ways", async () => {
    const group = await cube.dialogs.create({ type: 2, name: "Mixed", occupantIds: [official.user.userId] })
    await official.next(
      "onSystemMessageListener",
      (message) => message.body === "dialog/NEW_DIALOG" && message.extension.dialogId === group.id,
    )
    const atOfficial = official.next("onMessageListener", (_from, message) => message.body === "hi group")
    await cube.messages.send(group.id, { body: "hi group" })
    const [, message] = await atOfficial
    expect(message.dialog_id).toBe(group.id)
    const atCube = next(cube, "message", (received) => received.body === "hi from official")
    official.chat.send(group.id, {
      type: "groupchat",
      body: "hi from official",
      extension: { save_to_history: 1, dialog_id: group.id },
    })
    expect((await atCube).dialogId).toBe(group.id)
    // A dialog change made by the official client's React convention reaches cube's dialogs store.
    await cube.dialogs.addAdmins(group.id, [official.user.userId])
    const updated = next(
      cube,
      "dialog",
      (event) => event.kind === "updated" && event.dialog?.name === "Renamed",
    )
    await official.chat.dialog.update(group.id, { name: "Renamed" })
    official.chat.sendSystemMessage(cubeUser.userId, {
      body: "dialog/UPDATE_DIALOG",
      extension: { dialogId: group.id },
    })
    await updated
  })
})
