/** Rows as the storage keeps them; handlers turn them into the wire shapes (see ../http/wire/). */

export interface UserRecord {
  readonly id: number
  readonly appId: number
  readonly login: string | null
  readonly email: string | null
  readonly fullName: string | null
  readonly phone: string | null
  readonly website: string | null
  readonly externalUserId: number | null
  readonly facebookId: string | null
  readonly twitterId: string | null
  readonly blobId: number | null
  readonly avatar: string | null
  readonly customData: string | null
  readonly tags: ReadonlyArray<string>
  readonly timezone: number | null
  readonly isGuest: boolean
  readonly passwordHash: string
  readonly createdAt: number
  readonly updatedAt: number
  readonly lastRequestAt: number | null
}

export interface SessionRecord {
  readonly id: number
  readonly token: string
  readonly appId: number
  /** 0 for an application-only session. */
  readonly userId: number
  readonly createdAt: number
  readonly updatedAt: number
  readonly expiresAt: number
}
