import { type Element, x } from "./Element.ts"
import { NS } from "./Namespaces.ts"

/**
 * Children a client may not pass on: carbons wrappers, forwards and delays would let it fake
 * messages from others or from the past (the official SDK unwraps any `sent` child), and
 * reactions are the server's to announce.
 */
const serverOnly = new Set(["sent", "forwarded", "delay", "reactions", "result"])

/** A copy of a client's message to relay: server-chosen `type`, `id` and `from`, client children minus server-only ones. */
export const relayCopy = (
  stanza: Element,
  attrs: { readonly type: string; readonly id: string | undefined; readonly from: string },
): Element => {
  const copy = x("message", { xmlns: NS.client, type: attrs.type, id: attrs.id, from: attrs.from })
  for (const child of stanza.elements()) if (!serverOnly.has(child.name)) copy.append(child.clone())
  return copy
}
