import { HttpError } from "../http/HttpError.ts"
import { type Element, x } from "./Element.ts"
import { NS } from "./Namespaces.ts"

/** An RFC 6120 stanza error condition with its error type and the legacy numeric code the SDKs read. */
export interface StanzaCondition {
  readonly condition: string
  readonly type: "auth" | "cancel" | "modify" | "wait"
  readonly code: number
}

export const conditions = {
  badRequest: { condition: "bad-request", type: "modify", code: 400 },
  forbidden: { condition: "forbidden", type: "auth", code: 403 },
  itemNotFound: { condition: "item-not-found", type: "cancel", code: 404 },
  notAcceptable: { condition: "not-acceptable", type: "modify", code: 406 },
  notAllowed: { condition: "not-allowed", type: "cancel", code: 405 },
  conflict: { condition: "conflict", type: "cancel", code: 409 },
  serviceUnavailable: { condition: "service-unavailable", type: "cancel", code: 503 },
  featureNotImplemented: { condition: "feature-not-implemented", type: "cancel", code: 501 },
  internalServerError: { condition: "internal-server-error", type: "cancel", code: 500 },
  jidMalformed: { condition: "jid-malformed", type: "modify", code: 400 },
  policyViolation: { condition: "policy-violation", type: "modify", code: 406 },
  registrationRequired: { condition: "registration-required", type: "auth", code: 407 },
} as const satisfies Record<string, StanzaCondition>

/** A failure while handling one stanza: answered with a stanza error to its sender, nothing else. */
export class StanzaFailure extends Error {
  readonly error: StanzaCondition

  constructor(error: StanzaCondition, text: string) {
    super(text)
    this.error = error
  }
}

/** The `<error>` child: condition, legacy `code`, and a human text. */
export const errorElement = (error: StanzaCondition, text?: string): Element =>
  x(
    "error",
    { type: error.type, code: error.code },
    x(error.condition, { xmlns: NS.stanzas }),
    text !== undefined && x("text", { xmlns: NS.stanzas, "xml:lang": "en" }, text),
  )

/** The error reply to a stanza: same name and id, `from`/`to` swapped, the original children kept for messages. */
export const errorReply = (
  stanza: Element,
  error: StanzaCondition,
  text: string,
  from: string | undefined,
  to: string,
): Element => {
  const reply = x(stanza.name, { xmlns: NS.client, type: "error", id: stanza.attrs.id, from, to })
  if (stanza.name === "message") {
    const body = stanza.child("body")
    if (body) reply.append(body.clone())
  }
  return reply.append(errorElement(error, text))
}

/** Maps a ChatService `HttpError` (or anything else) to the stanza error its sender gets. */
export const failureFrom = (error: unknown): StanzaFailure => {
  if (error instanceof StanzaFailure) return error
  if (error instanceof HttpError) {
    const text = error.message
    if (error.status === 403 || error.status === 401) return new StanzaFailure(conditions.forbidden, text)
    if (error.status === 404) return new StanzaFailure(conditions.itemNotFound, text)
    if (error.status === 409) return new StanzaFailure(conditions.conflict, text)
    if (error.status >= 400 && error.status < 500) return new StanzaFailure(conditions.badRequest, text)
  }
  return new StanzaFailure(conditions.internalServerError, "Internal server error")
}

/** A stream-level error (RFC 6120 §4.9) in RFC 7395 framing; the stream closes right after. */
export const streamError = (condition: string, text?: string): Element =>
  x(
    "stream:error",
    { "xmlns:stream": NS.stream },
    x(condition, { xmlns: NS.streams }),
    text !== undefined && x("text", { xmlns: NS.streams, "xml:lang": "en" }, text),
  )
