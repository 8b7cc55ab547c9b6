/**
 * ConnectyCube's addressing conventions, used by the feature services: a user is `{userId}-{appId}@{domain}`,
 * a dialog's room is `{appId}_{dialogId}@muc.{domain}`, an occupant is `{room}/{userId}`, and the SASL
 * username is `{userId}-{appId}` with the user's password or REST session token as password.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import type * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type { Credentials } from "./XmppConnection.ts"
import type { XmppError } from "./XmppError.ts"

/**
 * @since 0.1.0
 * @category models
 */
export interface Options {
  readonly appId: number | string
  /** The chat domain (`endpoints.chat` of the official SDK). */
  readonly domain: string
}

/**
 * What a JID names under ConnectyCube's conventions.
 *
 * @since 0.1.0
 * @category models
 */
export type Address =
  | { readonly _tag: "User"; readonly userId: number; readonly resource: string | undefined }
  | { readonly _tag: "Room"; readonly dialogId: string; readonly occupantId: number | undefined }
  | { readonly _tag: "Other"; readonly jid: string }

/**
 * Whom a message goes to: a user (1-1, `type="chat"`) or a dialog's room (group, `type="groupchat"`).
 *
 * @since 0.1.0
 * @category models
 */
export type Target = { readonly userId: number | string } | { readonly dialogId: string }

/**
 * @since 0.1.0
 * @category models
 */
export interface Shape {
  readonly appId: string
  readonly domain: string
  readonly mucDomain: string
  /** Bare JID of a user. */
  readonly user: (userId: number | string) => string
  /** Bare JID of a dialog's room. */
  readonly room: (dialogId: string) => string
  /** Occupant JID of a user in a dialog's room (the nick is the user id). */
  readonly occupant: (dialogId: string, userId: number | string) => string
  readonly parse: (jid: string) => Address
  /** The `to` and `type` of a message for a target. */
  readonly address: (target: Target) => { readonly to: string; readonly type: "chat" | "groupchat" }
}

/**
 * The addressing of one application on one chat domain.
 *
 * @since 0.1.0
 * @category services
 */
export class CubeJid extends Context.Service<CubeJid, Shape>()("@cube/realtime/CubeJid") {}

const toInt = (text: string | undefined): number | undefined => {
  if (text === undefined || !/^\d+$/.test(text)) return undefined
  return Number.parseInt(text, 10)
}

/**
 * Builds the addressing helpers.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options): Shape => {
  const appId = String(options.appId)
  const domain = options.domain
  const mucDomain = `muc.${domain}`
  const room = (dialogId: string) => `${appId}_${dialogId}@${mucDomain}`
  const user = (userId: number | string) => `${userId}-${appId}@${domain}`
  return {
    appId,
    domain,
    mucDomain,
    user,
    room,
    occupant: (dialogId, userId) => `${room(dialogId)}/${userId}`,
    parse: (jid) => {
      const at = jid.indexOf("@")
      const slash = jid.indexOf("/", at + 1)
      const local = at < 0 ? "" : jid.slice(0, at)
      const host = jid.slice(at + 1, slash < 0 ? undefined : slash)
      const resource = slash < 0 ? undefined : jid.slice(slash + 1)
      if (host === mucDomain && local.startsWith(`${appId}_`)) {
        return { _tag: "Room", dialogId: local.slice(appId.length + 1), occupantId: toInt(resource) }
      }
      const dash = local.indexOf("-")
      const userId = toInt(dash < 0 ? undefined : local.slice(0, dash))
      if (host === domain && userId !== undefined && local.slice(dash + 1) === appId) {
        return { _tag: "User", userId, resource }
      }
      return { _tag: "Other", jid }
    },
    address: (target) =>
      "dialogId" in target
        ? { to: room(target.dialogId), type: "groupchat" }
        : { to: user(target.userId), type: "chat" },
  }
}

/**
 * Provides the addressing of an application.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options): Layer.Layer<CubeJid> => Layer.succeed(CubeJid, make(options))

/**
 * Login credentials: SASL username `{userId}-{appId}`, password or REST session token (or an Effect that
 * fetches a fresh token before every attempt), and optionally how to renew a refused one.
 *
 * @since 0.1.0
 * @category constructors
 */
export const credentials = (options: {
  readonly appId: number | string
  readonly userId: number | string
  readonly password: string | Effect.Effect<string, XmppError>
  /** What to log in with once the server refused `password` (see `Credentials.renew`). */
  readonly renew?: Effect.Effect<string, XmppError> | undefined
}): Credentials => ({
  username: `${options.userId}-${options.appId}`,
  password: options.password,
  ...(options.renew === undefined ? {} : { renew: options.renew }),
})
