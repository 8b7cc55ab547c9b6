import type { Readable } from "node:stream"
import type { MultipartFile } from "@fastify/multipart"
import { randomToken } from "../../ids.ts"
import { uploadTicketTtlMs, uploadUrl, verifyUpload } from "../../services/uploadTickets.ts"
import { BlobFiles, FileTooLargeError, type IncomingFile } from "../../storage/BlobFiles.ts"
import type { BlobRecord } from "../../storage/BlobsStore.ts"
import type { CubeContext, Handlers } from "../CubeContext.ts"
import { requireUser } from "../CubeContext.ts"
import {
  conflict,
  forbidden,
  HttpError,
  invalid,
  notFound,
  sessionMissing,
  tooLarge,
  unauthorized,
} from "../HttpError.ts"
import { blobJson, blobObjectAccessJson } from "../wire/blobJson.ts"

/** `type/subtype` with optional `; key=value` parameters: safe to send back as a header. */
const contentTypePattern =
  /^[A-Za-z0-9][\w!#$&^.+-]{0,126}\/[A-Za-z0-9][\w!#$&^.+-]{0,126}(\s*;\s*[\w!#$&^.+-]+=("[^"\\\p{Cc}]*"|[\w!#$&^.+-]+))*$/u
/** Control characters, and lone surrogates (which cannot be encoded into a header). */
const unprintable = /[\p{Cc}\p{Cs}]/u

/** A blob name is metadata only (files are named by uid); it must still be printable text. */
const checkName = (name: unknown): string => {
  if (typeof name !== "string" || name.trim().length === 0 || name.length > 100) {
    throw invalid("name", "must be 1 to 100 characters")
  }
  if (unprintable.test(name)) throw invalid("name", "must not contain control characters")
  return name
}

const checkContentType = (value: unknown): string => {
  if (typeof value !== "string" || value.length > 255 || !contentTypePattern.test(value)) {
    throw invalid("content_type", "must be a MIME type such as image/png")
  }
  return value
}

/** A blob of the caller's app by numeric id or uid, or a 404. */
const findBlob = async (ctx: CubeContext, idOrUid: string): Promise<BlobRecord> => {
  const blob = /^\d{1,15}$/.test(idOrUid)
    ? await ctx.server.storage.blobs.get(ctx.app.id, Number(idOrUid))
    : BlobFiles.isUid(idOrUid)
      ? await ctx.server.storage.blobs.findByUid(idOrUid)
      : undefined
  if (blob === undefined || blob.appId !== ctx.app.id) throw notFound("Blob")
  return blob
}

const requireOwner = (ctx: CubeContext, blob: BlobRecord): void => {
  if (requireUser(ctx) !== blob.ownerId) throw forbidden("Only the blob's owner may do this")
}

/** `{size}` (the SDK) or `{blob: {size}}` (the docs), as a number or numeric string. */
const declaredSize = (body: unknown): number => {
  const input = body as { size?: unknown; blob?: { size?: unknown } } | undefined
  const size = input?.size ?? input?.blob?.size
  const number = typeof size === "string" && /^\d+$/.test(size) ? Number(size) : size
  if (typeof number !== "number" || !Number.isSafeInteger(number) || number < 0) {
    throw invalid("size", "must be a non-negative integer")
  }
  return number
}

/**
 * Reads the form up to its first file: the text fields sent before it (first value of each name)
 * and the file part, still unread. Fields after the file are never looked at.
 */
const firstFile = async (
  ctx: CubeContext,
): Promise<{ fields: Map<string, string>; part: MultipartFile | undefined }> => {
  const fields = new Map<string, string>()
  const parts = ctx.request.parts()
  for (let next = await parts.next(); !next.done; next = await parts.next()) {
    const part = next.value
    if (part.type === "file") return { fields, part }
    if (typeof part.value === "string" && !fields.has(part.fieldname)) fields.set(part.fieldname, part.value)
  }
  return { fields, part: undefined }
}

/** `inline` with an ASCII fallback name and the exact name RFC 5987-encoded. */
const contentDisposition = (name: string): string => {
  const safe = name.replace(/\p{Cs}/gu, "\uFFFD")
  const ascii = safe.replace(/[^\x20-\x7e]|["\\%]/g, "_")
  const encoded = encodeURIComponent(safe).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
  return `inline; filename="${ascii}"; filename*=UTF-8''${encoded}`
}

/** A single `bytes=` range clipped to the file, "unsatisfiable", or undefined to send the whole file. */
const rangeOf = (
  header: unknown,
  size: number,
): { start: number; end: number } | "unsatisfiable" | undefined => {
  const match = typeof header === "string" ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null
  if (match === null || (match[1] === "" && match[2] === "")) return undefined
  if (match[1] === "") {
    const suffix = Number(match[2])
    return suffix === 0 || size === 0 ? "unsatisfiable" : { start: Math.max(size - suffix, 0), end: size - 1 }
  }
  const start = Number(match[1])
  const end = match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1)
  return start >= size || end < start ? "unsatisfiable" : { start, end }
}

const tokenGiven = (ctx: CubeContext): boolean =>
  ctx.request.headers["cb-token"] !== undefined || typeof ctx.query.token === "string"

/** A completed blob anyone may fetch by uid when public, or with a live session of its app when private. */
const downloadable = async (ctx: CubeContext): Promise<BlobRecord> => {
  const uid = ctx.params.uid
  // Validate the shape before anything else: a uid is the only thing that names a file.
  if (!BlobFiles.isUid(uid)) throw notFound("Blob")
  const blob = await ctx.server.storage.blobs.findByUid(uid)
  if (blob === undefined || blob.completedAt === null) throw notFound("Blob")
  if (!blob.isPublic) {
    if (ctx.session === undefined)
      throw tokenGiven(ctx) ? sessionMissing() : unauthorized("Token is required")
    if (ctx.session.appId !== blob.appId) throw forbidden()
  }
  return blob
}

/** Stores the upload's file unless another upload of the same blob got there first. */
const keepUpload = async (ctx: CubeContext, blob: BlobRecord, incoming: IncomingFile): Promise<void> => {
  const { blobs, blobFiles } = ctx.server.storage
  if (!(await blobs.markUploaded(blob.id, incoming.size, Date.now()))) {
    await blobFiles.discard(incoming)
    throw (await blobs.findByUid(blob.uid))
      ? conflict("This blob's file was already uploaded")
      : notFound("Blob")
  }
  try {
    await blobFiles.keep(incoming, blob.uid)
  } catch (error) {
    await blobs.unmarkUploaded(blob.id)
    await blobFiles.discard(incoming)
    throw error
  }
  // Deleted while the bytes were arriving: drop the file that no record points at any more.
  if ((await blobs.findByUid(blob.uid)) === undefined) await blobFiles.remove(blob.uid)
}

export const blobHandlers: Handlers = {
  /** POST /blobs.json: creates the record and answers the signed upload URL in `blob_object_access.params`. */
  createBlob: async (ctx) => {
    const ownerId = requireUser(ctx)
    const input = (ctx.body as { blob: { name: unknown; content_type: unknown; public?: unknown } }).blob
    const blob = await ctx.server.storage.blobs.create({
      appId: ctx.app.id,
      uid: randomToken(17),
      ownerId,
      name: checkName(input.name),
      contentType: checkContentType(input.content_type),
      isPublic: input.public === true,
      uploadExpiresAt: Date.now() + uploadTicketTtlMs,
    })
    const url = uploadUrl(
      ctx.server.baseUrl(),
      ctx.server.config.signingSecret,
      blob.uid,
      blob.uploadExpiresAt,
    )
    ctx.reply.code(201)
    return { blob: { ...blobJson(blob), blob_object_access: blobObjectAccessJson(blob, url) } }
  },

  /** POST /blobs/upload: the multipart form of the signed URL's fields, then `file`; one upload per blob. */
  uploadBlob: async (ctx) => {
    if (!ctx.request.isMultipart()) {
      throw new HttpError(415, { errors: { base: ["The upload must be multipart/form-data"] } })
    }
    const { fields, part } = await firstFile(ctx)
    if (part === undefined) throw invalid("file", "is missing")
    const { storage, config } = ctx.server
    let blob: BlobRecord | undefined
    try {
      const [key, expires, signature] = [fields.get("key"), fields.get("expires"), fields.get("signature")]
      if (key === undefined || expires === undefined || signature === undefined) {
        throw invalid("base", "key, expires and signature must come before file")
      }
      const verdict = verifyUpload(config.signingSecret, { key, expires, signature }, Date.now())
      if (verdict === "bad-signature") throw forbidden("The upload signature is not valid")
      if (verdict === "expired") throw forbidden("The upload URL has expired")
      blob = BlobFiles.isUid(key) ? await storage.blobs.findByUid(key) : undefined
      if (blob === undefined) throw notFound("Blob")
      if (blob.uploadedSize !== null) throw conflict("This blob's file was already uploaded")
    } catch (error) {
      part.file.resume() // let the rest of the body drain so the client reads the answer
      throw error
    }
    let incoming: IncomingFile
    try {
      incoming = await storage.blobFiles.receive(part.file, config.maxBlobBytes)
    } catch (error) {
      part.file.resume()
      const code = (error as { code?: unknown }).code
      if (error instanceof FileTooLargeError || code === "FST_REQ_FILE_TOO_LARGE") {
        throw tooLarge(`The file is larger than ${config.maxBlobBytes} bytes`)
      }
      throw error
    }
    if (part.file.truncated) {
      await storage.blobFiles.discard(incoming)
      throw tooLarge(`The file is larger than ${config.maxBlobBytes} bytes`)
    }
    await keepUpload(ctx, blob, incoming)
    ctx.reply.code(201)
    return undefined
  },

  /** PUT /blobs/{blobId}/complete.json: the declared size must match the bytes received. */
  completeBlob: async (ctx) => {
    const blob = await findBlob(ctx, ctx.params.blobId!)
    requireOwner(ctx, blob)
    const size = declaredSize(ctx.body)
    if (blob.uploadedSize === null) throw invalid("size", "the file has not been uploaded yet")
    if (blob.uploadedSize !== size)
      throw invalid("size", `is ${size} but ${blob.uploadedSize} bytes were uploaded`)
    await ctx.server.storage.blobs.complete(ctx.app.id, blob.id, size, Date.now())
    return undefined
  },

  /** GET /blobs/{id or uid}.json: the owner's blob, or any public one; `blob[name]` renames (the SDK's `storage.update`). */
  getBlob: async (ctx) => {
    const blob = await findBlob(ctx, ctx.params.blobId!)
    const rename = (ctx.query.blob as { name?: unknown } | undefined)?.name
    if (rename !== undefined) {
      requireOwner(ctx, blob)
      const renamed = await ctx.server.storage.blobs.rename(
        ctx.app.id,
        blob.id,
        checkName(rename),
        Date.now(),
      )
      if (renamed === undefined) throw notFound("Blob")
      return { blob: blobJson(renamed) }
    }
    if (!blob.isPublic && ctx.userId !== blob.ownerId) throw forbidden("This blob is private")
    return { blob: blobJson(blob) }
  },

  /** GET /blobs.json: a page of the caller's blobs. */
  listBlobs: async (ctx) => {
    const ownerId = requireUser(ctx)
    const page = Number(ctx.query.current_page ?? ctx.query.page ?? 1)
    const perPage = Number(ctx.query.per_page ?? 10)
    const result = await ctx.server.storage.blobs.listByOwner(ctx.app.id, ownerId, {
      limit: perPage,
      offset: (page - 1) * perPage,
    })
    return {
      current_page: page,
      per_page: perPage,
      total_entries: result.total,
      items: result.items.map((blob) => ({ blob: blobJson(blob) })),
    }
  },

  /** DELETE /blobs/{blobId}.json: the owner removes the record and its file. */
  deleteBlob: async (ctx) => {
    const blob = await findBlob(ctx, ctx.params.blobId!)
    requireOwner(ctx, blob)
    await ctx.server.storage.blobs.delete(ctx.app.id, blob.id)
    await ctx.server.storage.blobFiles.remove(blob.uid)
    return undefined
  },

  /** GET /blobs/{uid}: the bytes, with a single `Range` honoured. */
  downloadBlob: async (ctx): Promise<Readable | undefined> => {
    const blob = await downloadable(ctx)
    const files = ctx.server.storage.blobFiles
    const size = await files.size(blob.uid)
    if (size === undefined) throw notFound("Blob")
    const range = rangeOf(ctx.request.headers.range, size)
    ctx.reply
      .header("content-type", blob.contentType)
      .header("content-disposition", contentDisposition(blob.name))
      .header("x-content-type-options", "nosniff")
      // Uploaded HTML or SVG must not run as a page of this origin.
      .header("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
      .header("cache-control", blob.isPublic ? "public, max-age=3600" : "private, no-cache")
      .header("accept-ranges", "bytes")
    if (range === "unsatisfiable") {
      ctx.reply
        .code(416)
        .header("content-range", `bytes */${size}`)
        .header("content-type", "text/plain; charset=utf-8")
      return undefined
    }
    if (range === undefined) {
      ctx.reply.header("content-length", size)
      return files.read(blob.uid)
    }
    ctx.reply
      .code(206)
      .header("content-range", `bytes ${range.start}-${range.end}/${size}`)
      .header("content-length", range.end - range.start + 1)
    return files.read(blob.uid, range)
  },

  /** GET /blobs/{uid}/download: a redirect to the bytes (keeping a `?token=`). */
  downloadBlobRedirect: async (ctx) => {
    const blob = await downloadable(ctx)
    const token = typeof ctx.query.token === "string" ? `?token=${encodeURIComponent(ctx.query.token)}` : ""
    ctx.reply.code(302).header("location", `${ctx.server.baseUrl()}/blobs/${blob.uid}${token}`)
    return undefined
  },
}
