// Custom objects: createRecord, createRecords, listRecords, getRecords, updateRecord, deleteRecords.
import { beforeAll, describe, expect, it } from "vitest"
import type { CustomObject } from "../../src/index.ts"
import { type IntegrationEnv, type Member, ok, refused } from "../support/integration.ts"

const className = "Profiles"
const missingId = "5f00000000000000000000dd"

/** The custom-objects suite. */
export const dataSuite = (env: IntegrationEnv): void => {
  describe("custom objects", () => {
    let mo: Member
    let nia: Member

    beforeAll(async () => {
      mo = await env.member("mo")
      nia = await env.member("nia")
    })

    const create = async (member: Member, fields: Record<string, unknown>): Promise<CustomObject> =>
      ok(
        await member.client.POST("/data/{className}.json", { params: { path: { className } }, body: fields }),
      )

    it("creates a record with fields and permissions", async () => {
      const record = await create(mo, {
        name: "Mo",
        age: 31,
        tags: ["a"],
        permissions: { update: { access: "open_for_users_ids", ids: [nia.user.id] } },
      })
      expect(record).toMatchObject({
        _parent_id: null,
        user_id: mo.user.id,
        name: "Mo",
        age: 31,
        tags: ["a"],
        permissions: {
          read: { access: "open" },
          update: { access: "open_for_users_ids", users_ids: [String(nia.user.id)] },
          delete: { access: "owner" },
        },
      })
      expect(record._id).toMatch(/^[0-9a-f]{24}$/)
      expect(record.created_at).toBeGreaterThan(1_600_000_000)
    })

    it("creates several records at once, in key order", async () => {
      const batch = ok(
        await mo.client.POST("/data/{className}/multi.json", {
          params: { path: { className } },
          body: { record: { "2": { name: "Second", age: 20 }, "1": { name: "First", age: 10 } } },
        }),
      )
      expect(batch.class_name).toBe(className)
      expect(batch.items.map((record) => record.name)).toEqual(["First", "Second"])
      expect(batch.items.every((record) => record.user_id === mo.user.id)).toBe(true)

      const badKeys = await mo.client.POST("/data/{className}/multi.json", {
        params: { path: { className } },
        body: { record: {} },
      })
      expect(refused(badKeys).status).toBe(422)
    })

    it("searches records by criteria with sorting, paging, projection, and counts them", async () => {
      for (const age of [41, 42, 43]) await create(nia, { name: `Searchable ${age}`, age, group: "search" })
      const found = ok(
        await mo.client.GET("/data/{className}.json", {
          params: {
            path: { className },
            query: { criteria: { group: "search", age: { gt: 41 } }, sort_desc: "age", limit: 10 },
          },
        }),
      )
      expect("items" in found && found.items.map((record) => record.age)).toEqual([43, 42])
      expect(found).toMatchObject({ class_name: className, skip: 0, limit: 10 })

      const projected = ok(
        await mo.client.GET("/data/{className}.json", {
          params: {
            path: { className },
            query: {
              criteria: { group: "search" },
              sort_asc: "age",
              skip: 1,
              limit: 1,
              output: { include: "age" },
            },
          },
        }),
      )
      expect("items" in projected && projected.items).toEqual([{ _id: expect.any(String), age: 42 }])

      const counted = ok(
        await mo.client.GET("/data/{className}.json", {
          params: { path: { className }, query: { criteria: { group: "search" }, count: 1 } },
        }),
      )
      expect(counted).toEqual({ class_name: className, items_count: 3 })

      const grouped = await mo.client.GET("/data/{className}.json", {
        params: { path: { className }, query: { group_by: "age" } },
      })
      expect(refused(grouped)).toEqual({
        status: 422,
        errors: { group_by: ["is not supported by this server"] },
      })
    })

    it("gets records by id, and one record's permissions (owner only)", async () => {
      const first = await create(mo, { name: "Get one" })
      const second = await create(mo, { name: "Get two", permissions: { read: { access: "owner" } } })

      const single = ok(
        await nia.client.GET("/data/{className}/{recordIds}.json", {
          params: { path: { className, recordIds: first._id } },
        }),
      )
      expect(single).toMatchObject({ class_name: className, items: [{ _id: first._id, name: "Get one" }] })

      // Several ids answer only the records the caller may read.
      const several = ok(
        await nia.client.GET("/data/{className}/{recordIds}.json", {
          params: { path: { className, recordIds: [first._id, second._id] } },
        }),
      )
      expect("items" in several && several.items.map((record) => record._id)).toEqual([first._id])

      const permissions = ok(
        await mo.client.GET("/data/{className}/{recordIds}.json", {
          params: { path: { className, recordIds: second._id }, query: { permissions: 1 } },
        }),
      )
      expect(permissions).toEqual({
        record_id: second._id,
        permissions: { read: { access: "owner" }, update: { access: "owner" }, delete: { access: "owner" } },
      })

      const private_ = await nia.client.GET("/data/{className}/{recordIds}.json", {
        params: { path: { className, recordIds: second._id } },
      })
      expect(refused(private_)).toEqual({ status: 403, errors: { base: ["You may not read this record"] } })
    })

    it("updates fields with operators, and refuses a user without update permission", async () => {
      const record = await create(mo, {
        name: "Counter",
        count: 1,
        tags: ["x"],
        permissions: { update: { access: "open_for_users_ids", ids: [nia.user.id] } },
      })
      const path = { params: { path: { className, recordIds: record._id } } }
      const updated = ok(
        await nia.client.PUT("/data/{className}/{recordIds}.json", {
          ...path,
          body: { name: "Counted", inc: { count: 2 }, push: { tags: "y" } },
        }),
      )
      expect(updated).toMatchObject({ _id: record._id, name: "Counted", count: 3, tags: ["x", "y"] })
      expect(updated.updated_at).toBeGreaterThanOrEqual(record.updated_at)

      const stranger = await env.member("ota")
      const denied = await stranger.client.PUT("/data/{className}/{recordIds}.json", {
        ...path,
        body: { name: "Nope" },
      })
      expect(refused(denied)).toEqual({ status: 403, errors: { base: ["You may not update this record"] } })
    })

    it("deletes one record (empty answer) or several (a DeleteResult)", async () => {
      const one = await create(mo, { name: "Delete one" })
      const denied = await nia.client.DELETE("/data/{className}/{recordIds}.json", {
        params: { path: { className, recordIds: one._id } },
      })
      expect(refused(denied)).toEqual({ status: 403, errors: { base: ["You may not delete this record"] } })
      const deleted = await mo.client.DELETE("/data/{className}/{recordIds}.json", {
        params: { path: { className, recordIds: one._id } },
      })
      expect(ok(deleted)).toBeUndefined()

      const [two, three] = [
        await create(mo, { name: "Delete two" }),
        await create(nia, { name: "Delete three" }),
      ]
      const outcome = ok(
        await mo.client.DELETE("/data/{className}/{recordIds}.json", {
          params: { path: { className, recordIds: [two._id, three._id, missingId] } },
        }),
      )
      expect(outcome).toEqual({
        SuccessfullyDeleted: { ids: [two._id] },
        NotFound: { ids: [missingId] },
        WrongPermissions: { ids: [three._id] },
      })
      const left = ok(
        await mo.client.GET("/data/{className}/{recordIds}.json", {
          params: { path: { className, recordIds: [one._id, two._id, three._id] } },
        }),
      )
      expect("items" in left && left.items.map((record) => record._id)).toEqual([three._id])
    })
  })
}
