import { randomBytes, scryptSync } from "node:crypto"
import type { Storage } from "@cube/server"

/** A user made by `bulkUsers`: its id and a live session token (also its XMPP password). */
export interface BulkUser {
  readonly userId: number
  readonly token: string
}

/** Users per transaction: big enough to amortize the commit, small enough not to stall the server long. */
const batch = 1000

/**
 * Creates `count` users with a live session each through the server's storage API, inside the server
 * process. REST sign-up hashes each password with scrypt (about 29 ms of CPU here, twice with the session
 * request): 20,000 users would take minutes. Here every user shares one precomputed hash and batches run
 * in one SQLite transaction each when the storage is the embedded one.
 */
export const bulkUsers = async (
  storage: Storage,
  options: {
    readonly appId: number
    readonly count: number
    readonly prefix: string
    readonly ttlMs: number
  },
): Promise<BulkUser[]> => {
  const salt = randomBytes(16)
  // The server's format (services/passwords.ts): `scrypt$<salt hex>$<hash hex>` of "bench-password-1".
  const passwordHash = `scrypt$${salt.toString("hex")}$${scryptSync("bench-password-1", salt, 32).toString("hex")}`
  const database = (storage as { database?: { transaction<A>(work: () => A): A } }).database
  // node:sqlite is synchronous: each store call runs its SQL before it returns its promise, so every call
  // made inside `transaction` lands in that one transaction.
  const inOneTransaction = <A>(work: () => A): A =>
    database === undefined ? work() : database.transaction(work)
  const users: BulkUser[] = []
  for (let start = 0; start < options.count; start += batch) {
    const indexes = Array.from(
      { length: Math.min(batch, options.count - start) },
      (_, offset) => start + offset,
    )
    const created = await Promise.all(
      inOneTransaction(() =>
        indexes.map((index) =>
          storage.users.create({
            appId: options.appId,
            login: `${options.prefix}-${index}`,
            email: null,
            fullName: `${options.prefix} ${index}`,
            phone: null,
            website: null,
            externalUserId: null,
            facebookId: null,
            twitterId: null,
            blobId: null,
            avatar: null,
            customData: null,
            tags: [],
            timezone: null,
            isGuest: false,
            passwordHash,
          }),
        ),
      ),
    )
    const createdAt = Date.now()
    const expiresAt = createdAt + options.ttlMs
    const made = created.map((user) => ({ userId: user.id, token: randomBytes(20).toString("hex") }))
    await Promise.all(
      inOneTransaction(() =>
        made.map((user) =>
          storage.sessions.create({
            appId: options.appId,
            userId: user.userId,
            token: user.token,
            expiresAt,
            createdAt,
          }),
        ),
      ),
    )
    users.push(...made)
  }
  return users
}
