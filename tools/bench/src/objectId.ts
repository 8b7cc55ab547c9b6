import { randomBytes } from "node:crypto"

const processUnique = randomBytes(5)
let counter = randomBytes(3).readUIntBE(0, 3)

/** A new 24-hex ObjectId (seconds, 5 random bytes per process, a counter): unique message ids for the bench. */
export const objectId = (): string => {
  counter = (counter + 1) % 0xffffff
  const id = Buffer.alloc(12)
  id.writeUInt32BE(Math.floor(Date.now() / 1000) >>> 0, 0)
  processUnique.copy(id, 4)
  id.writeUIntBE(counter, 9, 3)
  return id.toString("hex")
}
