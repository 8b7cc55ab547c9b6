/**
 * Files for messages: upload with progress (create the blob, send the bytes to its upload ticket,
 * declare it complete), then attach it; private download URLs; location attachments. Progress comes from
 * `XMLHttpRequest` where it exists (browsers, React Native) and from a streamed request body elsewhere.
 *
 * @since 0.1.0
 */
import { parseUploadTicket } from "@cube/rest"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { ChatConfig } from "./ChatConfig.ts"
import * as ChatError from "./ChatError.ts"
import { ChatState } from "./ChatState.ts"
import { RestApi } from "./RestApi.ts"
import type { Attachment } from "./types.ts"

/**
 * What to upload.
 *
 * @since 0.1.0
 * @category models
 */
export interface UploadParams {
  readonly name: string
  readonly data: Blob | ArrayBuffer | Uint8Array | string
  /** MIME type; the Blob's own type, else `application/octet-stream`. */
  readonly contentType?: string | undefined
  /** Public files download without a token. Default false. */
  readonly public?: boolean | undefined
  /** Called as bytes go out. */
  readonly onProgress?: ((progress: { readonly loaded: number; readonly total: number }) => void) | undefined
}

/**
 * An uploaded file.
 *
 * @since 0.1.0
 * @category models
 */
export interface UploadedFile {
  readonly id: number
  readonly uid: string
  readonly name: string
  readonly contentType: string
  readonly size: number
  readonly public: boolean
  /**
   * Where to download it, without any token: it travels in messages to other users, so it must
   * never carry the uploader's session. Show a private file with `privateUrl(uid)`, which adds
   * the viewer's own token.
   */
  readonly url: string
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Shape {
  readonly upload: (params: UploadParams) => Effect.Effect<UploadedFile, ChatError.ChatError>
  /** A file's download URL with the session token (`<img src>` of a private file). */
  readonly privateUrl: (uid: string) => string
  readonly publicUrl: (uid: string) => string
}

/**
 * @since 0.1.0
 * @category services
 */
export class Attachments extends Context.Service<Attachments, Shape>()("@cube/chat/Attachments") {}

/**
 * The attachment of an uploaded file (`type` defaults to the MIME family: image, video, audio, file).
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromFile = (file: UploadedFile, type?: string): Attachment => ({
  type: type ?? /^(image|video|audio)\//.exec(file.contentType)?.[1] ?? "file",
  id: String(file.id),
  uid: file.uid,
  name: file.name,
  size: file.size,
  content_type: file.contentType,
  url: file.url,
})

/**
 * A location attachment (ConnectyCube's `place`).
 *
 * @since 0.1.0
 * @category constructors
 */
export const location = (latitude: number, longitude: number): Attachment => ({
  type: "place",
  latitude: String(latitude),
  longitude: String(longitude),
})

const failed = (detail: string, status = 0) =>
  ChatError.make(new ChatError.RequestFailed({ kind: status === 0 ? "network" : "http", status, detail }))

const toBytes = async (data: UploadParams["data"]): Promise<Uint8Array> => {
  if (typeof data === "string") return new TextEncoder().encode(data)
  if (data instanceof Uint8Array) return data
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  return new Uint8Array(await data.arrayBuffer())
}

// The multipart body by hand, so it can be streamed in chunks and counted.
const multipart = (
  fields: ReadonlyArray<[string, string]>,
  name: string,
  type: string,
  bytes: Uint8Array,
) => {
  const boundary = `----cube${Math.random().toString(16).slice(2)}${Date.now().toString(16)}`
  const encoder = new TextEncoder()
  const quote = (text: string) => text.replace(/"/g, "%22").replace(/\r|\n/g, " ")
  const head = fields
    .map(
      ([key, value]) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${quote(key)}"\r\n\r\n${value}\r\n`,
    )
    .join("")
  const fileHead = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${quote(name)}"\r\nContent-Type: ${type}\r\n\r\n`
  const parts = [encoder.encode(head + fileHead), bytes, encoder.encode(`\r\n--${boundary}--\r\n`)]
  const body = new Uint8Array(parts.reduce((size, part) => size + part.length, 0))
  let offset = 0
  for (const part of parts) {
    body.set(part, offset)
    offset += part.length
  }
  return { body, contentType: `multipart/form-data; boundary=${boundary}` }
}

type XhrLike = {
  open(method: string, url: string): void
  setRequestHeader(name: string, value: string): void
  send(body: unknown): void
  abort(): void
  status: number
  responseText: string
  upload: { onprogress: ((event: { loaded: number; total: number }) => void) | null }
  onload: (() => void) | null
  onerror: (() => void) | null
}

/**
 * @since 0.1.0
 * @category constructors
 */
export const make = Effect.gen(function* () {
  const config = yield* ChatConfig
  const state = yield* ChatState
  const rest = yield* RestApi
  let uploads = 0

  const post = (
    action: string,
    body: Uint8Array,
    contentType: string,
    progress: (loaded: number) => void,
    signal: AbortSignal,
  ): Promise<void> => {
    const Xhr = (globalThis as { XMLHttpRequest?: new () => XhrLike }).XMLHttpRequest
    if (Xhr !== undefined && config.fetch === undefined) {
      return new Promise((resolve, reject) => {
        const xhr = new Xhr()
        xhr.open("POST", action)
        xhr.setRequestHeader("Content-Type", contentType)
        xhr.upload.onprogress = (event) => progress(event.loaded)
        xhr.onload = () =>
          xhr.status >= 200 && xhr.status < 300 ? resolve() : reject(failed(xhr.responseText, xhr.status))
        xhr.onerror = () => reject(failed("upload failed"))
        signal.addEventListener("abort", () => xhr.abort())
        xhr.send(body)
      })
    }
    const chunk = 64 * 1024
    let offset = 0
    const stream = new ReadableStream<Uint8Array>({
      pull: (controller) => {
        if (offset >= body.length) {
          controller.close()
          return
        }
        const next = body.subarray(offset, Math.min(body.length, offset + chunk))
        offset += next.length
        controller.enqueue(next)
        progress(offset)
      },
    })
    const request = new Request(action, {
      method: "POST",
      body: stream,
      headers: { "Content-Type": contentType },
      signal,
      duplex: "half",
    } as RequestInit)
    return (config.fetch ?? ((input: Request) => globalThis.fetch(input)))(request).then(async (response) => {
      const text = await response.text()
      if (!response.ok) throw failed(text || `HTTP ${response.status}`, response.status)
    })
  }

  const upload = (params: UploadParams) =>
    Effect.gen(function* () {
      uploads += 1
      const uploadId = `upload-${uploads}`
      const bytes = yield* Effect.promise(() => toBytes(params.data))
      const contentType =
        params.contentType || (params.data instanceof Blob && params.data.type) || "application/octet-stream"
      const isPublic = params.public === true
      const created = yield* rest.call((client, signal) =>
        client.POST("/blobs.json", {
          body: { blob: { name: params.name, content_type: contentType, public: isPublic } },
          signal,
        }),
      )
      const blob = created.blob
      const ticket = blob.blob_object_access?.params
      if (ticket === undefined) return yield* Effect.fail(failed("the blob has no upload ticket", 200))
      const { action, fields } = parseUploadTicket(ticket)
      const { body, contentType: multipartType } = multipart(fields, params.name, contentType, bytes)
      const report = (loaded: number) => {
        // Progress counts the file's bytes, not the form around them.
        const sent = Math.max(0, Math.min(bytes.length, loaded - (body.length - bytes.length)))
        params.onProgress?.({ loaded: sent, total: bytes.length })
        state.events.emit("upload:progress", {
          uploadId,
          name: params.name,
          loaded: sent,
          total: bytes.length,
        })
      }
      yield* Effect.tryPromise({
        try: (signal) => post(action, body, multipartType, report, signal),
        catch: (error) => (ChatError.isChatError(error) ? error : failed(String(error))),
      })
      yield* rest.call((client, signal) =>
        client.PUT("/blobs/{blobId}/complete.json", {
          params: { path: { blobId: blob.id } },
          body: { size: bytes.length },
          signal,
        }),
      )
      return {
        id: blob.id,
        uid: blob.uid,
        name: params.name,
        contentType,
        size: bytes.length,
        public: isPublic,
        url: rest.client.blobUrl(blob.uid),
      } satisfies UploadedFile
    })

  return Attachments.of({
    upload,
    privateUrl: (uid) => rest.client.blobUrl(uid, { withToken: true }),
    publicUrl: (uid) => rest.client.blobUrl(uid),
  })
})

/**
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<Attachments, never, ChatConfig | ChatState | RestApi> = Layer.effect(
  Attachments,
  make,
)
