// Storage: createBlob, uploadBlob, completeBlob (the uploadBlob helper and by hand), getBlob,
// listBlobs, deleteBlob, downloadBlob, downloadBlobRedirect.
import { beforeAll, describe, expect, it } from "vitest"
import { parseUploadTicket } from "../../src/index.ts"
import { type IntegrationEnv, type Member, ok, refused } from "../support/integration.ts"

/** The blobs suite. */
export const blobsSuite = (env: IntegrationEnv): void => {
  describe("blobs", () => {
    let jo: Member
    let kim: Member

    beforeAll(async () => {
      jo = await env.member("jo")
      kim = await env.member("kim")
    })

    it("uploads through the helper: create, multipart upload, complete", async () => {
      const uploaded = ok(
        await jo.client.uploadBlob({ name: "note.txt", contentType: "text/plain", data: "hello blob" }),
      )
      expect(uploaded).toMatchObject({
        name: "note.txt",
        content_type: "text/plain",
        size: 10,
        public: false,
      })

      const info = ok(
        await jo.client.GET("/blobs/{blobId}.json", { params: { path: { blobId: uploaded.id } } }),
      )
      expect(info.blob).toMatchObject({ id: uploaded.id, uid: uploaded.uid, size: 10, name: "note.txt" })
      expect(info.blob.blob_object_access).toBeUndefined()
    })

    it("uploads by hand: create with a ticket, typed multipart POST, complete; refusals as RestErrors", async () => {
      const created = ok(
        await jo.client.POST("/blobs.json", {
          body: { blob: { name: "by-hand.bin", content_type: "application/octet-stream", public: true } },
        }),
      )
      expect(created.blob).toMatchObject({ name: "by-hand.bin", size: null, public: true })
      const ticket = created.blob.blob_object_access!
      expect(ticket).toMatchObject({ blob_id: created.blob.id, object_access_type: "Write" })
      const { action, fields } = parseUploadTicket(ticket.params)
      expect(action).toBe(`${env.server.url}/blobs/upload`)
      const signed = Object.fromEntries(fields) as { key: string; expires: string; signature: string }
      expect(signed.key).toBe(created.blob.uid)

      const complete = (size: number) =>
        jo.client.PUT("/blobs/{blobId}/complete.json", {
          params: { path: { blobId: created.blob.id } },
          body: { size },
        })
      const early = await complete(3)
      expect(refused(early)).toEqual({
        status: 422,
        errors: { size: ["the file has not been uploaded yet"] },
      })

      // The ticket's fields in order, then the file, as multipart (openapi-fetch leaves its boundary to fetch).
      const upload = (form: typeof signed) =>
        env.client().POST("/blobs/upload", {
          body: { ...form, file: "" },
          bodySerializer: ({ file: _file, ...text }) => {
            const body = new FormData()
            for (const [key, value] of Object.entries(text)) body.append(key, String(value))
            body.append("file", new Blob([new Uint8Array([1, 2, 3])]), "by-hand.bin")
            return body
          },
        })
      const forged = await upload({ ...signed, signature: "00".repeat(32) })
      expect(refused(forged)).toEqual({
        status: 403,
        errors: { base: ["The upload signature is not valid"] },
      })

      const uploaded = await upload(signed)
      expect(uploaded.response?.status).toBe(201)
      expect(ok(uploaded)).toBeUndefined()
      const again = await upload(signed)
      expect(refused(again)).toEqual({
        status: 409,
        errors: { base: ["This blob's file was already uploaded"] },
      })

      const wrongSize = await complete(4)
      expect(refused(wrongSize)).toEqual({
        status: 422,
        errors: { size: ["is 4 but 3 bytes were uploaded"] },
      })
      expect(ok(await complete(3))).toBeUndefined()
      const info = ok(
        await kim.client.GET("/blobs/{blobId}.json", { params: { path: { blobId: created.blob.id } } }),
      )
      expect(info.blob).toMatchObject({ id: created.blob.id, size: 3, public: true })
    })

    it("creates a private blob unless told otherwise, and refuses an upload without a session", async () => {
      const created = ok(
        await jo.client.POST("/blobs.json", {
          body: { blob: { name: "plain.txt", content_type: "text/plain" } },
        }),
      )
      expect(created.blob).toMatchObject({ name: "plain.txt", public: false, size: null })

      const anonymous = await env.client().uploadBlob({ name: "x.txt", data: "x" })
      expect(refused(anonymous)).toEqual({ status: 401, errors: { base: ["Token is required"] } })
    })

    it("gets a blob by id or uid, renames it, and refuses another user's private blob", async () => {
      const blob = ok(await jo.client.uploadBlob({ name: "old.txt", data: "abc" }))
      const byUid = ok(
        await jo.client.GET("/blobs/{blobId}.json", { params: { path: { blobId: blob.uid } } }),
      )
      expect(byUid.blob).toMatchObject({ id: blob.id, uid: blob.uid })

      const renamed = ok(
        await jo.client.GET("/blobs/{blobId}.json", {
          params: { path: { blobId: blob.id }, query: { blob: { name: "new.txt" } } },
        }),
      )
      expect(renamed.blob).toMatchObject({ id: blob.id, name: "new.txt" })

      const foreign = await kim.client.GET("/blobs/{blobId}.json", { params: { path: { blobId: blob.id } } })
      expect(refused(foreign)).toEqual({ status: 403, errors: { base: ["This blob is private"] } })
    })

    it("lists the current user's blobs page by page", async () => {
      const owner = await env.member("lee")
      const names = ["a.txt", "b.txt", "c.txt"]
      for (const name of names) ok(await owner.client.uploadBlob({ name, data: name }))
      const page = ok(
        await owner.client.GET("/blobs.json", { params: { query: { per_page: 2, current_page: 2 } } }),
      )
      expect(page).toMatchObject({ current_page: 2, per_page: 2, total_entries: 3 })
      expect(page.items).toHaveLength(1)
      const all = ok(await owner.client.GET("/blobs.json"))
      expect(all.items.map((item) => item.blob.name).sort()).toEqual(names)
    })

    it("downloads a private blob with the token, a public one without, and refuses no token", async () => {
      const secret = ok(
        await jo.client.uploadBlob({ name: "secret.txt", contentType: "text/plain", data: "for jo" }),
      )
      const text = await jo.client.GET("/blobs/{uid}", { params: { path: { uid: secret.uid } } })
      expect(ok(text)).toBe("for jo")
      expect(text.response?.headers.get("content-type")).toBe("text/plain")

      const bytes = ok(
        await env.client().GET("/blobs/{uid}", {
          params: { path: { uid: secret.uid }, query: { token: jo.token } },
          parseAs: "arrayBuffer",
        }),
      )
      expect(new TextDecoder().decode(bytes)).toBe("for jo")

      // blobUrl is what an <img src> gets: with the token in the query for a private blob.
      const image = await jo.client.fetch(new Request(jo.client.blobUrl(secret.uid, { withToken: true })))
      expect(await image.text()).toBe("for jo")
      expect((await jo.client.fetch(new Request(jo.client.blobUrl(secret.uid)))).status).toBe(401)

      const anonymous = await env.client().GET("/blobs/{uid}", { params: { path: { uid: secret.uid } } })
      expect(refused(anonymous)).toEqual({ status: 401, errors: { base: ["Token is required"] } })

      const open = ok(
        await jo.client.uploadBlob({
          name: "open.png",
          contentType: "image/png",
          data: new Uint8Array([137, 80, 78, 71]),
          public: true,
        }),
      )
      const png = ok(
        await env.client().GET("/blobs/{uid}", { params: { path: { uid: open.uid } }, parseAs: "blob" }),
      )
      expect(png.type).toBe("image/png")
      expect([...new Uint8Array(await png.arrayBuffer())]).toEqual([137, 80, 78, 71])
    })

    it("follows the download redirect to the bytes, and refuses a missing blob", async () => {
      const blob = ok(
        await jo.client.uploadBlob({
          name: "via-redirect.txt",
          contentType: "text/plain",
          data: "redirected",
        }),
      )
      const followed = await env.client().GET("/blobs/{uid}/download", {
        params: { path: { uid: blob.uid }, query: { token: jo.token } },
      })
      expect(ok(followed)).toBe("redirected")
      expect(followed.response?.redirected).toBe(true)
      expect(followed.response?.url).toBe(`${env.server.url}/blobs/${blob.uid}?token=${jo.token}`)

      const missing = await jo.client.GET("/blobs/{uid}/download", {
        params: { path: { uid: "0".repeat(34) } },
      })
      expect(refused(missing)).toEqual({ status: 404, errors: { base: ["Blob not found"] } })
    })

    it("deletes a blob (owner only); its info and bytes are gone", async () => {
      const blob = ok(await jo.client.uploadBlob({ name: "gone.txt", data: "bye" }))
      const notOwner = await kim.client.DELETE("/blobs/{blobId}.json", {
        params: { path: { blobId: blob.id } },
      })
      expect(refused(notOwner)).toEqual({
        status: 403,
        errors: { base: ["Only the blob's owner may do this"] },
      })

      expect(
        ok(await jo.client.DELETE("/blobs/{blobId}.json", { params: { path: { blobId: blob.id } } })),
      ).toBeUndefined()
      expect(
        refused(await jo.client.GET("/blobs/{blobId}.json", { params: { path: { blobId: blob.id } } }))
          .status,
      ).toBe(404)
      expect(
        refused(await jo.client.GET("/blobs/{uid}", { params: { path: { uid: blob.uid } } })).status,
      ).toBe(404)
    })
  })
}
