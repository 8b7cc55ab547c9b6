// Turns what xmpp.js throws or emits (SASLError, StreamError, StanzaError, TimeoutError, socket errors)
// into XmppError reasons, and decides which ones a reconnect can cure.
import * as XmppError from "../XmppError.ts"

interface XmppJsError {
  readonly name?: string
  readonly message?: string
  readonly condition?: string
  readonly text?: string
  readonly element?: {
    attrs: Record<string, string | undefined>
    getChildElements(): Array<{ name: string; attrs: Record<string, string | undefined>; getText(): string }>
  }
}

const text = (value: string | undefined): string | undefined => (value ? value : undefined)

/** The reason behind an error raised while connecting or on an open stream. */
export const classify = (error: unknown, streamTimeoutMs: number): XmppError.XmppErrorReason => {
  if (XmppError.XmppError.is(error)) return error.reason
  const e = (typeof error === "object" && error !== null ? error : {}) as XmppJsError
  switch (e.name) {
    case "SASLError":
      return new XmppError.AuthenticationFailed({
        condition: e.condition ?? "not-authorized",
        text: text(e.text),
      })
    case "StreamError":
      return new XmppError.StreamError({
        condition: e.condition ?? "undefined-condition",
        text: text(e.text),
      })
    case "StanzaError":
      return e.element
        ? XmppError.fromErrorElement(e.element)
        : new XmppError.StanzaError({ condition: e.condition ?? "undefined-condition", text: text(e.text) })
    case "TimeoutError":
      return new XmppError.Timeout({ operation: "stream", timeoutMs: streamTimeoutMs })
    default:
      return new XmppError.ConnectFailed({ detail: e.message ?? String(error), cause: error })
  }
}

// Stream errors a new connection would only run into again (RFC 6120 §4.9.3).
const fatalStreamConditions = new Set([
  "conflict",
  "not-authorized",
  "host-unknown",
  "invalid-namespace",
  "unsupported-version",
  "policy-violation",
  "bad-format",
  "not-well-formed",
  "invalid-xml",
  "restricted-xml",
  "unsupported-encoding",
  "unsupported-stanza-type",
])

/** Whether the reconnect policy should get a say; a wrong password or a replaced session never retries. */
export const isRetryable = (reason: XmppError.XmppErrorReason): boolean => {
  switch (reason._tag) {
    case "AuthenticationFailed":
    case "InvalidStanza":
      return false
    case "StreamError":
      return !fatalStreamConditions.has(reason.condition)
    default:
      return true
  }
}
