import { randomBytes } from "node:crypto"

const processUnique = randomBytes(5)
let counter = randomBytes(3).readUIntBE(0, 3)

/** A new 24-hex ObjectId (4 bytes seconds, 5 random bytes per process, 3 bytes counter), as MongoDB makes them. */
export const objectId = (seconds = Math.floor(Date.now() / 1000)): string => {
  counter = (counter + 1) % 0xffffff
  const id = Buffer.alloc(12)
  id.writeUInt32BE(seconds >>> 0, 0)
  processUnique.copy(id, 4)
  id.writeUIntBE(counter, 9, 3)
  return id.toString("hex")
}

const objectIdPattern = /^[0-9a-f]{24}$/i

/** Whether a string has the shape of an ObjectId. */
export const isObjectId = (value: unknown): value is string =>
  typeof value === "string" && objectIdPattern.test(value)

/** An opaque random token (sessions, blob uids). */
export const randomToken = (bytes = 20): string => randomBytes(bytes).toString("hex")

/** Splits a comma-joined id list as the SDKs send it ("a, b,c"), dropping blanks and duplicates. */
export const splitIdList = (value: string | ReadonlyArray<string | number> | undefined): string[] => {
  if (value === undefined) return []
  const parts = typeof value === "string" ? value.split(",") : value.map(String)
  return [...new Set(parts.map((part) => part.trim()).filter((part) => part.length > 0))]
}

/** Unix seconds now. */
export const nowSeconds = (): number => Math.floor(Date.now() / 1000)
