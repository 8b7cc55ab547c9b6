import { randomUUID } from "node:crypto"
import { type Element, x } from "./Element.ts"
import { NS } from "./Namespaces.ts"

/** The server's `<open/>` answering a client's (RFC 7395), with a fresh stream id. */
export const openReply = (open: Element, domain: string): Element =>
  x("open", {
    xmlns: NS.framing,
    from: open.attrs.to ?? domain,
    id: randomUUID(),
    version: "1.0",
    "xml:lang": "en",
  })

/** Features before authentication: SASL PLAIN only. */
export const saslFeatures = (): Element =>
  x(
    "stream:features",
    { "xmlns:stream": NS.stream },
    x("mechanisms", { xmlns: NS.sasl }, x("mechanism", {}, "PLAIN")),
  )

/** Features after authentication: bind (or resume), optional session, stream management, client state. */
export const sessionFeatures = (): Element =>
  x(
    "stream:features",
    { "xmlns:stream": NS.stream },
    x("bind", { xmlns: NS.bind }),
    x("session", { xmlns: NS.session }, x("optional")),
    x("sm", { xmlns: NS.sm }),
    x("csi", { xmlns: NS.csi }),
  )
