import type { SessionRecord, UserRecord } from "../../storage/records.ts"
import { isoTime, unixSeconds } from "./time.ts"
import { userJson } from "./userJson.ts"

/** The session object of `POST /session.json`, with its user when it has one. */
export const sessionJson = (session: SessionRecord, user: UserRecord | undefined) => ({
  id: session.id,
  user_id: session.userId,
  application_id: session.appId,
  token: session.token,
  ts: unixSeconds(session.createdAt),
  created_at: isoTime(session.createdAt),
  updated_at: isoTime(session.updatedAt),
  ...(user === undefined ? {} : { user: userJson(user) }),
})
