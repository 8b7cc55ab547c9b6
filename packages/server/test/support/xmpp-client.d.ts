// @xmpp/client 0.14 ships no types; the resumption tests drive it untyped.
declare module "@xmpp/client" {
  // biome-ignore lint/suspicious/noExplicitAny: untyped package
  export const client: (options: Record<string, unknown>) => any
  // biome-ignore lint/suspicious/noExplicitAny: untyped package
  export const xml: (name: string, attrs?: Record<string, unknown>, ...children: unknown[]) => any
}
