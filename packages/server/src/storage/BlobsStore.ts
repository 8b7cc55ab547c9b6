/** A stored file's record; its bytes live in `BlobFiles` under `uid`. Times are unix milliseconds. */
export interface BlobRecord {
  readonly id: number
  readonly appId: number
  /** Server-generated hex, unique across apps; names the file and appears in download URLs. */
  readonly uid: string
  readonly ownerId: number
  readonly name: string
  readonly contentType: string
  readonly isPublic: boolean
  /** The size declared by `complete`; null until then. */
  readonly size: number | null
  /** Bytes actually received by the upload; null until the file arrived. */
  readonly uploadedSize: number | null
  /** The upload URL stops working after this. */
  readonly uploadExpiresAt: number
  readonly completedAt: number | null
  readonly createdAt: number
  readonly updatedAt: number
}

export interface NewBlob {
  readonly appId: number
  readonly uid: string
  readonly ownerId: number
  readonly name: string
  readonly contentType: string
  readonly isPublic: boolean
  readonly uploadExpiresAt: number
}

/** Blob records of every app. */
export interface BlobsStore {
  create(blob: NewBlob): Promise<BlobRecord>
  get(appId: number, id: number): Promise<BlobRecord | undefined>
  /** Looks a blob up by uid in any app (uids are unique; uploads and downloads carry only the uid). */
  findByUid(uid: string): Promise<BlobRecord | undefined>
  /** A page of one user's blobs, oldest first. */
  listByOwner(
    appId: number,
    ownerId: number,
    page: { readonly limit: number; readonly offset: number },
  ): Promise<{ readonly items: ReadonlyArray<BlobRecord>; readonly total: number }>
  /**
   * Records that the file of a blob arrived. Only the first call for a blob succeeds (one upload per
   * blob); false when the blob already has a file or is gone.
   */
  markUploaded(id: number, bytes: number, at: number): Promise<boolean>
  /** Undoes `markUploaded` when the file could not be put in place. */
  unmarkUploaded(id: number): Promise<void>
  /** Declares the upload complete with its size. */
  complete(appId: number, id: number, size: number, at: number): Promise<BlobRecord | undefined>
  rename(appId: number, id: number, name: string, at: number): Promise<BlobRecord | undefined>
  /** Removes the record; the caller removes the file. */
  delete(appId: number, id: number): Promise<boolean>
}
