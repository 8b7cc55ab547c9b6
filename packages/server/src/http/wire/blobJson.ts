import type { BlobRecord } from "../../storage/BlobsStore.ts"
import { isoTime } from "./time.ts"

/** The blob object of the REST API (`{blob: …}` wraps it). */
export const blobJson = (blob: BlobRecord) => ({
  id: blob.id,
  uid: blob.uid,
  content_type: blob.contentType,
  name: blob.name,
  size: blob.size,
  public: blob.isPublic,
  created_at: isoTime(blob.createdAt),
  updated_at: isoTime(blob.updatedAt),
  blob_status: blob.completedAt === null ? null : "complete",
  set_completed_at: blob.completedAt === null ? null : isoTime(blob.completedAt),
})

/** The upload ticket of `POST /blobs.json`: `params` is the signed upload URL. */
export const blobObjectAccessJson = (blob: BlobRecord, uploadUrl: string) => ({
  id: blob.id,
  blob_id: blob.id,
  expires: isoTime(blob.uploadExpiresAt),
  object_access_type: "Write" as const,
  params: uploadUrl,
})
