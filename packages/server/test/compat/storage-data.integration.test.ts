import { afterAll, beforeAll, describe, expect, test } from "vitest"
import { type OfficialClient, officialClient } from "../support/officialSdk.ts"
import { startTestServer, type TestServer } from "../support/testServer.ts"

let server: TestServer
let alice: OfficialClient
let bob: OfficialClient

beforeAll(async () => {
  server = await startTestServer()
  alice = await officialClient(server, undefined, { connect: false })
  bob = await officialClient(server, undefined, { connect: false })
})

afterAll(async () => {
  for (const client of [alice, bob]) await client?.disconnect()
  await server?.dispose()
})

describe("official SDK: storage", () => {
  test("createAndUpload, getInfo, getFile, list, update, private and public URLs, delete", async () => {
    const content = Buffer.from("bytes from the official SDK")
    const blob = await alice.sdk.storage.createAndUpload({
      file: content,
      name: "sdk.txt",
      type: "text/plain",
      size: content.length,
      public: false,
    })
    expect(blob).toMatchObject({
      name: "sdk.txt",
      content_type: "text/plain",
      size: content.length,
      public: false,
    })

    const info = await alice.sdk.storage.getInfo(blob.id)
    expect(info.blob).toMatchObject({ id: blob.id, uid: blob.uid, size: content.length })
    expect((await alice.sdk.storage.getFile(blob.uid)).blob.id).toBe(blob.id)

    const privateUrl = alice.sdk.storage.privateUrl(blob.uid)
    expect(await (await fetch(privateUrl)).text()).toBe(content.toString())
    expect((await fetch(alice.sdk.storage.publicUrl(blob.uid))).status).toBe(401)

    // The SDK's update forgets its method and sends GET /blobs/{id}.json?blob[name]=…
    const renamed = await alice.sdk.storage.update({ id: blob.id, name: "renamed.txt" })
    expect(renamed.blob.name).toBe("renamed.txt")

    const open = await alice.sdk.storage.createAndUpload({
      file: Buffer.from("open"),
      name: "open.txt",
      type: "text/plain",
      size: 4,
    })
    expect(open.public).toBe(true)
    expect(await (await fetch(bob.sdk.storage.publicUrl(open.uid))).text()).toBe("open")

    const page = await alice.sdk.storage.list({ current_page: 1, per_page: 10 })
    expect(page.items.map((item: { blob: { id: number } }) => item.blob.id)).toEqual([blob.id, open.id])

    await expect(bob.sdk.storage.delete(blob.id)).rejects.toMatchObject({ code: 403 })
    await alice.sdk.storage.delete(blob.id)
    await expect(alice.sdk.storage.getInfo(blob.id)).rejects.toMatchObject({ code: 404 })
    expect((await fetch(privateUrl)).status).toBe(404)
  })
})

describe("official SDK: custom objects", () => {
  test("moderation reports through data.create", async () => {
    const userReport = await alice.sdk.data.create("UserReports", {
      reportedUserId: bob.user.userId,
      reason: "spam",
    })
    expect(userReport).toMatchObject({
      user_id: alice.user.userId,
      reportedUserId: bob.user.userId,
      reason: "spam",
    })
    const messageReport = await alice.sdk.data.create("MessageReports", {
      reportedMessageId: "6b024fba44e0b5495c158c06",
      reason: "abuse",
    })
    expect(messageReport._id).toMatch(/^[0-9a-f]{24}$/)
    const found = await alice.sdk.data.list("UserReports", { reportedUserId: bob.user.userId })
    expect(found.items.map((item: { _id: string }) => item._id)).toEqual([userReport._id])
  })

  test("create many, list by ids and filters, read permissions, update, delete", async () => {
    const batch = await alice.sdk.data.create("Tasks", [
      { title: "a", points: 1 },
      { title: "b", points: 5 },
      { title: "c", points: 8 },
    ])
    expect(batch.class_name).toBe("Tasks")
    const [a, b, c] = batch.items
    const byIds = await bob.sdk.data.list("Tasks", [a._id, c._id])
    expect(byIds.items.map((item: { title: string }) => item.title)).toEqual(["a", "c"])
    const filtered = await bob.sdk.data.list("Tasks", { points: { gt: 1 }, sort_desc: "points", limit: 10 })
    expect(filtered.items.map((item: { title: string }) => item.title)).toEqual(["c", "b"])
    expect(await alice.sdk.data.list("Tasks", { count: 1 })).toEqual({ class_name: "Tasks", items_count: 3 })

    const permissions = await alice.sdk.data.readPermissions("Tasks", a._id)
    expect(permissions).toMatchObject({ record_id: a._id, permissions: { update: { access: "owner" } } })

    const updated = await alice.sdk.data.update("Tasks", { _id: a._id, title: "a2", inc: { points: 2 } })
    expect(updated).toMatchObject({ _id: a._id, title: "a2", points: 3 })
    await expect(bob.sdk.data.update("Tasks", { _id: a._id, title: "stolen" })).rejects.toMatchObject({
      code: 403,
    })

    await alice.sdk.data.delete("Tasks", a._id)
    const outcome = await alice.sdk.data.delete("Tasks", [b._id, a._id])
    expect(outcome).toEqual({
      SuccessfullyDeleted: { ids: [b._id] },
      NotFound: { ids: [a._id] },
      WrongPermissions: { ids: [] },
    })
    expect((await alice.sdk.data.list("Tasks")).items.map((item: { _id: string }) => item._id)).toEqual([
      c._id,
    ])
  })
})
