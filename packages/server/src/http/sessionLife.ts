import type { SessionRecord } from "../storage/records.ts"

/**
 * A session lives `ttl` after its last use. Writing its new expiry on every request would cost a
 * commit per request, so the expiry is written with some slack (a tenth of the lifetime, at most a
 * minute) and moved again only once the slack is used up: a session always lives at least `ttl`
 * after its last use, and at most `ttl` plus the slack. The user's `last_request_at` follows the
 * same writes, so it is at most the slack behind.
 */
const slackMs = (ttlMs: number) => Math.min(60_000, Math.floor(ttlMs / 10))

/** The expiry to store for a session used (or created) at `now`. */
export const sessionExpiry = (ttlMs: number, now: number): number => now + ttlMs + slackMs(ttlMs)

/** Whether a use at `now` must move the stored expiry (it would otherwise end sooner than `ttl` from now). */
export const sessionNeedsExtending = (session: SessionRecord, ttlMs: number, now: number): boolean =>
  session.expiresAt < now + ttlMs
