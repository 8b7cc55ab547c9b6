import type { UserRecord } from "../../storage/records.ts"
import { isoTime } from "./time.ts"

/** The user object of the REST API (never the password hash). */
export const userJson = (user: UserRecord) => ({
  id: user.id,
  full_name: user.fullName,
  email: user.email,
  login: user.login,
  phone: user.phone,
  website: user.website,
  created_at: isoTime(user.createdAt),
  updated_at: isoTime(user.updatedAt),
  last_request_at: user.lastRequestAt === null ? null : isoTime(user.lastRequestAt),
  external_user_id: user.externalUserId,
  external_id: user.externalUserId,
  facebook_id: user.facebookId,
  twitter_id: user.twitterId,
  custom_data: user.customData,
  blob_id: user.blobId,
  avatar: user.avatar,
  user_tags: user.tags.length === 0 ? null : user.tags.join(","),
  timezone: user.timezone,
  is_guest: user.isGuest,
})
