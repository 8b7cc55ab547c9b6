import { randomBytes, scrypt, timingSafeEqual } from "node:crypto"
import { promisify } from "node:util"

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, length: number) => Promise<Buffer>
const keyLength = 32

/** `scrypt$<salt hex>$<hash hex>`: the salted scrypt hash of a password. */
export const hashPassword = async (password: string): Promise<string> => {
  const salt = randomBytes(16)
  const hash = await scryptAsync(password, salt, keyLength)
  return `scrypt$${salt.toString("hex")}$${hash.toString("hex")}`
}

/** Whether a password matches a hash made by `hashPassword`, in constant time. */
export const verifyPassword = async (password: string, stored: string): Promise<boolean> => {
  const [scheme, saltHex, hashHex] = stored.split("$")
  if (scheme !== "scrypt" || saltHex === undefined || hashHex === undefined) return false
  const expected = Buffer.from(hashHex, "hex")
  const actual = await scryptAsync(password, Buffer.from(saltHex, "hex"), expected.length)
  return timingSafeEqual(expected, actual)
}
