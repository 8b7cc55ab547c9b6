/**
 * Client-generated message ids in the BSON ObjectId shape ConnectyCube uses (24 hex digits: seconds,
 * 5 random bytes, a counter). The server stores a message under its client id, so a re-sent message is
 * recognised as the same one.
 *
 * @since 0.1.0
 */

const randomBytes = (count: number): Uint8Array => {
  const bytes = new Uint8Array(count)
  const crypto = (globalThis as { crypto?: { getRandomValues?: (array: Uint8Array) => Uint8Array } }).crypto
  if (crypto?.getRandomValues) return crypto.getRandomValues(bytes)
  for (let i = 0; i < count; i++) bytes[i] = Math.floor(Math.random() * 256)
  return bytes
}

const hex = (value: number, digits: number): string => value.toString(16).padStart(digits, "0").slice(-digits)

// Per-process random part and a counter starting at a random point, as in BSON.
const processPart = Array.from(randomBytes(5), (byte) => hex(byte, 2)).join("")
let counter = (randomBytes(3).reduce((acc, byte) => acc * 256 + byte, 0) >>> 0) & 0xffffff

/**
 * A new id, unique across clients with overwhelming probability and increasing within one.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (now: number = Date.now()): string => {
  counter = (counter + 1) & 0xffffff
  return hex(Math.floor(now / 1000), 8) + processPart + hex(counter, 6)
}

/**
 * Whether a string has the ObjectId shape.
 *
 * @since 0.1.0
 * @category guards
 */
export const isObjectId = (value: string): boolean => /^[0-9a-f]{24}$/i.test(value)
