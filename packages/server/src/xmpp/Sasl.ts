import type { ServerContext } from "../ServerContext.ts"
import { verifyPassword } from "../services/passwords.ts"
import { parseJid, parseUserLocal } from "./Jid.ts"

/** Who a successful SASL exchange authenticated. */
export interface Authenticated {
  readonly appId: number
  readonly userId: number
}

/** A SASL failure condition (RFC 6120 §6.5) with its text. */
export interface SaslFailure {
  readonly condition: "not-authorized" | "malformed-request" | "incorrect-encoding" | "invalid-authzid"
  readonly text: string
}

const base64Pattern = /^[A-Za-z0-9+/]*={0,2}$/

/** The authcid as the SDKs send it: `{userId}-{appId}`, or that bare JID. */
const parseUsername = (username: string, domain: string) => {
  const jid = username.includes("@") ? parseJid(username) : undefined
  if (jid !== undefined)
    return jid.domain === domain && jid.resource === "" ? parseUserLocal(jid.local) : undefined
  return parseUserLocal(username)
}

/**
 * SASL PLAIN (RFC 4616): `base64(authzid \0 {userId}-{appId} \0 password)`. The password is the
 * user's password or a live REST session token of that same user.
 */
export const authenticatePlain = async (
  server: ServerContext,
  payload: string,
): Promise<{ readonly ok: Authenticated } | { readonly failure: SaslFailure }> => {
  const text = payload.trim()
  if (text === "" || text === "=" || !base64Pattern.test(text)) {
    return { failure: { condition: "incorrect-encoding", text: "The PLAIN response is not base64" } }
  }
  const parts = Buffer.from(text, "base64").toString("utf8").split("\0")
  if (parts.length !== 3)
    return { failure: { condition: "malformed-request", text: "Expected authzid, username and password" } }
  const [authzid, username, password] = parts as [string, string, string]
  const denied = { failure: { condition: "not-authorized", text: "Password not verified" } } as const
  const identity = parseUsername(username, server.config.chatDomain)
  if (identity === undefined || password === "") return denied
  if (
    authzid !== "" &&
    authzid !== username &&
    parseUsername(authzid, server.config.chatDomain)?.userId !== identity.userId
  ) {
    return { failure: { condition: "invalid-authzid", text: "You may only act as yourself" } }
  }
  if (server.app(identity.appId) === undefined) return denied
  const user = await server.storage.users.get(identity.appId, identity.userId)
  if (user === undefined) return denied
  const session = await server.storage.sessions.findLive(password, Date.now())
  if (session !== undefined && session.appId === identity.appId && session.userId === identity.userId)
    return { ok: identity }
  if (await verifyPassword(password, user.passwordHash)) return { ok: identity }
  return denied
}
