// uploadBlob: the three-step upload as one call — create the blob record, POST the bytes as multipart
// to the ticket URL (its query parameters as fields, in order, then `file`), declare it complete.
import type { RestCore } from "./client.ts"
import { createDeadline } from "./deadline.ts"
import { RestError } from "./errors.ts"
import type { components } from "./generated/api.ts"
import type { CallOptions, RestResponse } from "./types.ts"

type StoredBlob = components["schemas"]["Blob"]

/** uploadBlob input. */
export interface UploadBlobParams extends CallOptions {
  /** File name (1–100 characters). */
  readonly name: string
  /** MIME type; defaults to the Blob's own type, else `application/octet-stream`. */
  readonly contentType?: string
  /** The bytes (a string is sent as UTF-8). */
  readonly data: Blob | ArrayBuffer | ArrayBufferView<ArrayBuffer> | string
  /** Public blobs download without a token (default false). */
  readonly public?: boolean
}

/** The blob helpers of a RestClient. */
export interface BlobApi {
  /** Uploads a file: create → multipart upload → complete; resolves with the stored blob. */
  uploadBlob(params: UploadBlobParams): Promise<RestResponse<StoredBlob>>
  /** A blob's download URL, `{base}/blobs/{uid}`; `withToken` adds `?token=` for a private blob used as `<img src>`. */
  blobUrl(uid: string, options?: { readonly withToken?: boolean }): string
}

/**
 * Splits an upload ticket URL into the POST target and its form fields. Values are decoded with
 * decodeURIComponent, so `+` stays a plus (the official SDK does the same).
 */
export const parseUploadTicket = (params: string): { action: string; fields: Array<[string, string]> } => {
  const url = new URL(params)
  const fields: Array<[string, string]> = []
  for (const part of url.search.slice(1).split("&")) {
    if (part === "") continue
    const at = part.indexOf("=")
    const key = at < 0 ? part : part.slice(0, at)
    fields.push([decodeURIComponent(key), at < 0 ? "" : decodeURIComponent(part.slice(at + 1))])
  }
  return { action: `${url.origin}${url.pathname}`, fields }
}

const upload = async (
  core: RestCore,
  action: string,
  form: FormData,
  options: CallOptions,
): Promise<RestResponse<undefined>> => {
  const deadline = createDeadline(options.signal, options.timeout ?? core.timeout)
  try {
    const response = await core.fetch(
      new Request(action, {
        method: "POST",
        body: form,
        ...(deadline.signal ? { signal: deadline.signal } : {}),
      }),
    )
    const text = await response.text()
    if (response.ok) return { data: undefined, response }
    let body: unknown = text
    try {
      body = JSON.parse(text)
    } catch {}
    return { error: new RestError({ reason: "http", status: response.status, body, response }), response }
  } catch (cause) {
    const reason = options.signal?.aborted ? "aborted" : deadline.timedOut() ? "timeout" : "network"
    return {
      error: new RestError({ reason, status: 0, cause, message: `Upload failed (${reason})` }),
      response: undefined,
    }
  } finally {
    deadline.dispose()
  }
}

/** Builds the upload helper on a client core. */
export const createBlobApi = (core: RestCore): BlobApi => ({
  blobUrl: (uid, options) => {
    const url = `${core.baseUrl}/blobs/${encodeURIComponent(uid)}`
    const token = options?.withToken ? core.getToken() : undefined
    return token === undefined ? url : `${url}?token=${encodeURIComponent(token)}`
  },
  uploadBlob: async ({ name, contentType, data, public: isPublic = false, signal, timeout }) => {
    const options: CallOptions = {
      ...(signal ? { signal } : {}),
      ...(timeout !== undefined ? { timeout } : {}),
    }
    const type = contentType || (data instanceof Blob && data.type) || "application/octet-stream"
    const file = data instanceof Blob ? data : new Blob([data], { type })
    const created = await core.POST("/blobs.json", {
      ...options,
      body: { blob: { name, content_type: type, public: isPublic } },
    })
    if (created.error) return created
    const { blob_object_access: ticket, ...blob } = created.data?.blob ?? ({} as Partial<StoredBlob>)
    if (!ticket?.params || blob.id === undefined) {
      const error = new RestError({
        reason: "parse",
        status: created.response.status,
        response: created.response,
        message: "The created blob has no upload ticket",
      })
      return { error, response: created.response }
    }
    const { action, fields } = parseUploadTicket(ticket.params)
    const form = new FormData()
    for (const [key, value] of fields) form.append(key, value)
    form.append("file", file, name)
    const uploaded = await upload(core, action, form, options)
    if (uploaded.error) return uploaded
    const completed = await core.PUT("/blobs/{blobId}/complete.json", {
      ...options,
      params: { path: { blobId: blob.id } },
      body: { size: file.size },
    })
    if (completed.error) return completed
    return { data: { ...(blob as StoredBlob), size: file.size }, response: completed.response }
  },
})
