import { createHmac, timingSafeEqual } from "node:crypto"

/** How long an upload URL from `POST /blobs.json` works. */
export const uploadTicketTtlMs = 60 * 60 * 1000

/** The fields an upload URL carries and the SDK posts back as form fields. */
export interface UploadTicket {
  readonly key: string
  readonly expires: string
  readonly signature: string
}

/** Hex HMAC-SHA256 of the uid and expiry (unix seconds), keyed with the server's signing secret. */
export const signUpload = (secret: string, uid: string, expires: number): string =>
  createHmac("sha256", secret).update(`blob-upload\n${uid}\n${expires}`).digest("hex")

/** The upload URL on this server; values are percent-encoded (`%20`, never `+`, which the SDK would not decode). */
export const uploadUrl = (baseUrl: string, secret: string, uid: string, expiresAtMs: number): string => {
  const expires = Math.floor(expiresAtMs / 1000)
  const query = [
    ["key", uid],
    ["expires", String(expires)],
    ["signature", signUpload(secret, uid, expires)],
  ]
  return `${baseUrl}/blobs/upload?${query.map(([name, value]) => `${name}=${encodeURIComponent(value!)}`).join("&")}`
}

/** Checks a posted ticket: "ok", "bad-signature" (also for malformed fields) or "expired". */
export const verifyUpload = (
  secret: string,
  ticket: UploadTicket,
  nowMs: number,
): "ok" | "bad-signature" | "expired" => {
  if (!/^\d{1,12}$/.test(ticket.expires) || !/^[0-9a-f]{64}$/i.test(ticket.signature)) return "bad-signature"
  const expected = Buffer.from(signUpload(secret, ticket.key, Number(ticket.expires)), "hex")
  const given = Buffer.from(ticket.signature, "hex")
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return "bad-signature"
  return Number(ticket.expires) * 1000 < nowMs ? "expired" : "ok"
}
