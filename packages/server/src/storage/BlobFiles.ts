import { createReadStream, createWriteStream, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs"
import { mkdir, rename, rm, stat } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { Readable } from "node:stream"
import { Transform } from "node:stream"
import { pipeline } from "node:stream/promises"
import { randomToken } from "../ids.ts"

/** Blob uids are server-generated lowercase hex; nothing else ever names a file. */
const uidPattern = /^[0-9a-f]{32,64}$/

/** A file received into the incoming folder, not yet kept under its uid. */
export interface IncomingFile {
  readonly path: string
  readonly size: number
}

/** Thrown when a received stream passes the byte limit; nothing of it is kept. */
export class FileTooLargeError extends Error {
  readonly limit: number

  constructor(limit: number) {
    super(`The file is larger than ${limit} bytes`)
    this.limit = limit
  }
}

/** Counts bytes going through and fails once more than `limit` have passed. */
const byteCounter = (limit: number, counted: { bytes: number }) =>
  new Transform({
    transform(chunk: Buffer, _encoding, done) {
      counted.bytes += chunk.length
      if (counted.bytes > limit) done(new FileTooLargeError(limit))
      else done(null, chunk)
    },
  })

/**
 * The folder of blob bytes: `<root>/<first 2 hex of uid>/<uid>`. Uploads stream into
 * `<root>/.incoming/` and are renamed into place, so a file under its final name is always whole.
 * Every path is built from a validated uid only; blob names never reach the filesystem.
 */
export class BlobFiles {
  readonly root: string
  private readonly incoming: string
  private readonly temporary: boolean

  private constructor(root: string, temporary: boolean) {
    this.root = root
    this.temporary = temporary
    this.incoming = join(root, ".incoming")
    mkdirSync(this.incoming, { recursive: true })
    // Leftovers of uploads cut short by a crash are never complete; drop them.
    for (const name of readdirSync(this.incoming)) rmSync(join(this.incoming, name), { force: true })
  }

  /** `{dataDir}/blobs`, or a fresh temporary folder (removed on close) when the server keeps no data dir. */
  static open(dataDir: string | undefined): BlobFiles {
    if (dataDir !== undefined) return new BlobFiles(join(dataDir, "blobs"), false)
    return new BlobFiles(mkdtempSync(join(tmpdir(), "cube-blobs-")), true)
  }

  /** Whether a string has the shape of a blob uid (checked before any filesystem access). */
  static isUid(value: unknown): value is string {
    return typeof value === "string" && uidPattern.test(value)
  }

  /** Streams `source` into the incoming folder; rejects with `FileTooLargeError` past `maxBytes` (keeping nothing). */
  async receive(source: Readable, maxBytes: number): Promise<IncomingFile> {
    const path = join(this.incoming, `${randomToken(12)}.part`)
    const counted = { bytes: 0 }
    try {
      await pipeline(source, byteCounter(maxBytes, counted), createWriteStream(path, { flags: "wx" }))
    } catch (error) {
      await rm(path, { force: true })
      throw error
    }
    return { path, size: counted.bytes }
  }

  /** Moves a received file under its uid; the rename is atomic, so readers see all of it or nothing. */
  async keep(file: IncomingFile, uid: string): Promise<void> {
    const target = this.pathOf(uid)
    await mkdir(join(this.root, uid.slice(0, 2)), { recursive: true })
    await rename(file.path, target)
  }

  /** Drops a received file that will not be kept. */
  async discard(file: IncomingFile): Promise<void> {
    await rm(file.path, { force: true })
  }

  /** The stored size of a blob's file, or undefined when there is none. */
  async size(uid: string): Promise<number | undefined> {
    try {
      return (await stat(this.pathOf(uid))).size
    } catch {
      return undefined
    }
  }

  /** Reads a blob's file, whole or the inclusive byte range `start`..`end`. */
  read(uid: string, range?: { readonly start: number; readonly end: number }): Readable {
    return createReadStream(this.pathOf(uid), range)
  }

  /** Removes a blob's file (a no-op when there is none). */
  async remove(uid: string): Promise<void> {
    await rm(this.pathOf(uid), { force: true })
  }

  /** Removes the folder when it was a temporary one; kept data folders stay. */
  async close(): Promise<void> {
    if (this.temporary) await rm(this.root, { recursive: true, force: true })
  }

  private pathOf(uid: string): string {
    if (!BlobFiles.isUid(uid)) throw new Error("Not a blob uid")
    return join(this.root, uid.slice(0, 2), uid)
  }
}
