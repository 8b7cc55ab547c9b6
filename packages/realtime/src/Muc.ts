/**
 * Group dialog rooms (XEP-0045, ConnectyCube style: the room of dialog `d` is `{appId}_{d}@muc.{domain}` and
 * the nick is the user id). Joining is optional for sending and receiving group messages; it drives occupant
 * presence. `join`/`leave` resolve on the self-presence, recognised by `<status code="110"/>` as XEP-0045
 * says (the official SDK 6 looks for a non-standard child instead). Joined rooms are joined again after a
 * fresh (not resumed) login.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import { CubeJid } from "./CubeJid.ts"
import { freshSessions, select } from "./internal/incoming.ts"
import * as Stanza from "./Stanza.ts"
import { XmppConfig } from "./XmppConfig.ts"
import { type RequestOptions, XmppConnection } from "./XmppConnection.ts"
import * as XmppError from "./XmppError.ts"

const NS_MUC = "http://jabber.org/protocol/muc"
const NS_MUC_USER = "http://jabber.org/protocol/muc#user"
const NS_DISCO_ITEMS = "http://jabber.org/protocol/disco#items"

/**
 * Someone else joined or left a joined room, or the user was kicked (`actorId` is who kicked).
 *
 * @since 0.1.0
 * @category models
 */
export interface OccupantEvent {
  readonly kind: "joined" | "left" | "kicked"
  readonly dialogId: string
  readonly userId: number
  readonly actorId: number | undefined
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Shape {
  readonly join: (dialogId: string, options?: RequestOptions) => Effect.Effect<void, XmppError.XmppError>
  readonly leave: (dialogId: string, options?: RequestOptions) => Effect.Effect<void, XmppError.XmppError>
  /** User ids of the room's occupants (disco#items). */
  readonly occupants: (
    dialogId: string,
    options?: RequestOptions,
  ) => Effect.Effect<ReadonlyArray<number>, XmppError.XmppError>
  readonly joined: Effect.Effect<ReadonlyArray<string>>
  readonly events: Stream.Stream<OccupantEvent>
}

/**
 * @since 0.1.0
 * @category services
 */
export class Muc extends Context.Service<Muc, Shape>()("@cube/realtime/Muc") {}

/**
 * The status codes of a room presence (`<x xmlns="…muc#user"><status code/>`).
 *
 * @since 0.1.0
 * @category getters
 */
export const statusCodes = (presence: Stanza.Element): ReadonlyArray<string> =>
  (presence.getChild("x", NS_MUC_USER)?.getChildren("status") ?? []).flatMap((status) =>
    status.attrs.code === undefined ? [] : [status.attrs.code],
  )

/**
 * The join presence (pure): no history replay.
 *
 * @since 0.1.0
 * @category constructors
 */
export const joinStanza = (occupant: string, id: string): Stanza.Element =>
  Stanza.xml(
    "presence",
    { to: occupant, id },
    Stanza.xml("x", { xmlns: NS_MUC }, Stanza.xml("history", { maxstanzas: 0 })),
  )

/**
 * The leave presence (pure).
 *
 * @since 0.1.0
 * @category constructors
 */
export const leaveStanza = (occupant: string, id: string): Stanza.Element =>
  Stanza.xml("presence", { to: occupant, id, type: "unavailable" })

let counter = 0

/**
 * @since 0.1.0
 * @category constructors
 */
export const make = /*#__PURE__*/ Effect.gen(function* () {
  const connection = yield* XmppConnection
  const jids = yield* CubeJid
  const config = yield* XmppConfig
  const joined = new Set<string>()

  const ownUserId = Effect.gen(function* () {
    const ready = yield* connection.states.pipe(
      Stream.filter((state) => state._tag === "Ready"),
      Stream.runHead,
    )
    const address = jids.parse(ready._tag === "Some" && ready.value._tag === "Ready" ? ready.value.jid : "")
    if (address._tag !== "User") {
      return yield* Effect.fail(XmppError.make(new XmppError.NotConnected({ detail: "no user JID" })))
    }
    return address.userId
  })

  // Sends a presence to our occupant JID and waits for the room's answer to it.
  const exchange = (dialogId: string, unavailable: boolean, options?: RequestOptions) => {
    const timeout =
      options?.timeout === undefined ? config.requestTimeoutMs : Duration.toMillis(options.timeout)
    return Effect.scoped(
      Effect.gen(function* () {
        const me = yield* ownUserId
        const occupant = jids.occupant(dialogId, me)
        counter += 1
        const id = `muc-${counter}`
        const incoming = yield* connection.subscribe
        const answer = yield* incoming.pipe(
          Stream.filter(
            (stanza) =>
              stanza.name === "presence" &&
              (stanza.attrs.id === id ||
                (stanza.attrs.from === occupant &&
                  (stanza.attrs.type === "error" ||
                    (statusCodes(stanza).includes("110") &&
                      (stanza.attrs.type === "unavailable") === unavailable)))),
          ),
          Stream.runHead,
          Effect.forkScoped,
        )
        yield* connection.send(unavailable ? leaveStanza(occupant, id) : joinStanza(occupant, id), {
          writtenOnly: true,
          timeout,
        })
        const reply = yield* Fiber.join(answer)
        if (reply._tag === "Some" && reply.value.attrs.type === "error") {
          const error = reply.value.getChild("error")
          return yield* Effect.fail(
            XmppError.make(
              error
                ? XmppError.fromErrorElement(error)
                : new XmppError.StanzaError({ condition: "undefined-condition" }),
            ),
          )
        }
      }).pipe(
        Effect.timeoutOrElse({
          duration: timeout,
          orElse: () =>
            Effect.fail(
              XmppError.make(
                new XmppError.Timeout({ operation: unavailable ? "leave" : "join", timeoutMs: timeout }),
              ),
            ),
        }),
      ),
    )
  }

  yield* freshSessions(connection).pipe(
    Stream.runForEach(() =>
      Effect.forEach([...joined], (dialogId) => Effect.ignore(exchange(dialogId, false)), { discard: true }),
    ),
    Effect.forkScoped,
  )

  const events = select(connection, (stanza, ownJid): OccupantEvent | undefined => {
    if (stanza.name !== "presence" || stanza.attrs.type === "error") return undefined
    const from = jids.parse(stanza.attrs.from ?? "")
    if (from._tag !== "Room" || from.occupantId === undefined) return undefined
    const own = jids.parse(ownJid ?? "")
    const self =
      statusCodes(stanza).includes("110") || (own._tag === "User" && own.userId === from.occupantId)
    const leaving = stanza.attrs.type === "unavailable"
    if (self) {
      if (!statusCodes(stanza).includes("301")) return undefined
      joined.delete(from.dialogId)
      const actor = jids.parse(
        stanza.getChild("x", NS_MUC_USER)?.getChild("item")?.getChild("actor")?.attrs.jid ?? "",
      )
      return {
        kind: "kicked",
        dialogId: from.dialogId,
        userId: from.occupantId,
        actorId: actor._tag === "User" ? actor.userId : undefined,
      }
    }
    return {
      kind: leaving ? "left" : "joined",
      dialogId: from.dialogId,
      userId: from.occupantId,
      actorId: undefined,
    }
  })

  return Muc.of({
    join: (dialogId, options) =>
      Effect.tap(exchange(dialogId, false, options), () => Effect.sync(() => joined.add(dialogId))),
    leave: (dialogId, options) =>
      Effect.sync(() => joined.delete(dialogId)).pipe(Effect.andThen(exchange(dialogId, true, options))),
    occupants: (dialogId, options) =>
      Effect.map(
        connection.request(
          Stanza.xml(
            "iq",
            { type: "get", to: jids.room(dialogId) },
            Stanza.xml("query", { xmlns: NS_DISCO_ITEMS }),
          ),
          options,
        ),
        (reply) =>
          (reply.getChild("query", NS_DISCO_ITEMS)?.getChildren("item") ?? []).flatMap((item) => {
            const address = jids.parse(item.attrs.jid ?? "")
            return address._tag === "Room" && address.occupantId !== undefined ? [address.occupantId] : []
          }),
      ),
    joined: Effect.sync(() => [...joined]),
    events,
  })
})

/**
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<Muc, never, XmppConnection | CubeJid | XmppConfig> =
  /*#__PURE__*/ Layer.effect(Muc, make)
