/** A parsed JID: `local@domain/resource`, each part optional except the domain. */
export interface Jid {
  readonly local: string
  readonly domain: string
  readonly resource: string
}

/** Parses a JID string; undefined when it is empty or has no domain. */
export const parseJid = (value: string | undefined): Jid | undefined => {
  if (value === undefined || value === "") return undefined
  const slash = value.indexOf("/")
  const bare = slash === -1 ? value : value.slice(0, slash)
  const resource = slash === -1 ? "" : value.slice(slash + 1)
  const at = bare.indexOf("@")
  const local = at === -1 ? "" : bare.slice(0, at)
  const domain = (at === -1 ? bare : bare.slice(at + 1)).toLowerCase()
  if (domain === "") return undefined
  return { local, domain, resource }
}

/** `local@domain` (or `domain`). */
export const bareJid = (jid: Jid): string => (jid.local === "" ? jid.domain : `${jid.local}@${jid.domain}`)

/** `local@domain/resource`, without empty parts. */
export const formatJid = (jid: Jid): string =>
  jid.resource === "" ? bareJid(jid) : `${bareJid(jid)}/${jid.resource}`

/** The user JID ConnectyCube uses: `{userId}-{appId}@{domain}`. */
export const userJid = (userId: number, appId: number, domain: string): string =>
  `${userId}-${appId}@${domain}`

/** The room JID of a dialog: `{appId}_{dialogId}@muc.{domain}`. */
export const roomJid = (appId: number, dialogId: string, domain: string): string =>
  `${appId}_${dialogId}@muc.${domain}`

const userLocalPattern = /^([1-9][0-9]{0,15})-([1-9][0-9]{0,15})$/
const roomLocalPattern = /^([1-9][0-9]{0,15})_([0-9a-fA-F]{24})$/

/** `{userId}-{appId}` → ids, or undefined. */
export const parseUserLocal = (local: string): { userId: number; appId: number } | undefined => {
  const match = userLocalPattern.exec(local)
  return match ? { userId: Number(match[1]), appId: Number(match[2]) } : undefined
}

/** `{appId}_{dialogId}` → ids, or undefined. */
export const parseRoomLocal = (local: string): { appId: number; dialogId: string } | undefined => {
  const match = roomLocalPattern.exec(local)
  return match ? { appId: Number(match[1]), dialogId: (match[2] as string).toLowerCase() } : undefined
}

/** What a `to` address names on this server. */
export type Address =
  | { readonly kind: "server" }
  | { readonly kind: "user"; readonly appId: number; readonly userId: number; readonly resource: string }
  | { readonly kind: "room"; readonly appId: number; readonly dialogId: string; readonly nick: string }
  | { readonly kind: "muc-service" }
  | { readonly kind: "unknown" }

/** Classifies an address against the chat domain (`{domain}` users, `muc.{domain}` rooms). */
export const resolveAddress = (value: string | undefined, domain: string): Address => {
  const jid = parseJid(value)
  if (jid === undefined) return { kind: "unknown" }
  if (jid.domain === domain) {
    if (jid.local === "") return { kind: "server" }
    const user = parseUserLocal(jid.local)
    return user ? { kind: "user", ...user, resource: jid.resource } : { kind: "unknown" }
  }
  if (jid.domain === `muc.${domain}`) {
    if (jid.local === "") return { kind: "muc-service" }
    const room = parseRoomLocal(jid.local)
    return room ? { kind: "room", ...room, nick: jid.resource } : { kind: "unknown" }
  }
  return { kind: "unknown" }
}
