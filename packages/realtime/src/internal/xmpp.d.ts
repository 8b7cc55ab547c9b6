// Minimal declarations for the xmpp.js 0.14 modules this package composes (they ship no types).
// Only what src/internal uses is declared; nothing here leaks into the public API.

declare module "@xmpp/xml" {
  export interface XmlElement {
    name: string
    attrs: Record<string, string | undefined>
    children: Array<XmlElement | string>
    is(name: string, xmlns?: string): boolean
    getName(): string
    getNS(): string | undefined
    getChild(name: string, xmlns?: string): XmlElement | undefined
    getChildren(name: string, xmlns?: string): Array<XmlElement>
    getChildElements(): Array<XmlElement>
    getChildText(name: string, xmlns?: string): string | null
    getText(): string
    append(...nodes: Array<XmlElement | string>): void
    toString(): string
  }
  type Child = XmlElement | string | null | undefined | false | ReadonlyArray<Child>
  const xml: {
    (
      name: string,
      attrs?: Record<string, string | number | undefined> | null,
      ...children: Array<Child>
    ): XmlElement
    Element: new (name: string, attrs?: Record<string, string>) => XmlElement
  }
  export default xml
}

declare module "@xmpp/xml/lib/parse.js" {
  import type { XmlElement } from "@xmpp/xml"
  export default function parse(data: string): XmlElement
}

declare module "@xmpp/middleware" {
  import type Connection from "@xmpp/websocket/lib/Connection.js"
  import type { XmlElement } from "@xmpp/xml"
  export interface Context {
    readonly stanza: XmlElement
    readonly entity: Connection
  }
  export type Handler = (context: Context, next: () => Promise<unknown>) => unknown
  export interface Middleware {
    use(handler: Handler): Handler
    filter(handler: Handler): Handler
  }
  export default function middleware(options: { entity: Connection }): Middleware
}

declare module "@xmpp/stream-features" {
  import type { Context, Middleware } from "@xmpp/middleware"
  import type { XmlElement } from "@xmpp/xml"
  export interface StreamFeatures {
    use(
      name: string,
      xmlns: string,
      handler: (context: Context, next: () => Promise<unknown>, feature: XmlElement) => unknown,
    ): void
  }
  export default function streamFeatures(options: { middleware: Middleware }): StreamFeatures
}

declare module "@xmpp/stream-management" {
  import type { Middleware } from "@xmpp/middleware"
  import type { StreamFeatures } from "@xmpp/stream-features"
  import type Connection from "@xmpp/websocket/lib/Connection.js"
  import type { XmlElement } from "@xmpp/xml"
  export interface StreamManagement {
    enabled: boolean
    id: string
    outbound_q: Array<{ stanza: XmlElement; stamp: string }>
    timeout: number
    requestAckInterval: number
    requestAckDebounce: number
    on(event: "ack" | "fail", listener: (stanza: XmlElement) => void): void
    on(event: "resumed", listener: () => void): void
  }
  export default function streamManagement(options: {
    streamFeatures: StreamFeatures
    entity: Connection
    middleware: Middleware
  }): StreamManagement
}

declare module "@xmpp/websocket/lib/Connection.js" {
  import type { XmlElement } from "@xmpp/xml"
  export default class ConnectionWebSocket {
    constructor(options: { service: string; domain: string; lang?: string; timeout?: number })
    Socket: unknown
    status: string
    isSecure(): boolean
    jid: { toString(): string } | null
    socket: { socket?: { terminate?: () => void; close(): void } | null; end(): void } | null
    options: { domain: string; service: string }
    on(event: string, listener: (...args: Array<never>) => void): this
    emit(event: string, ...args: Array<unknown>): boolean
    removeListener(event: string, listener: (...args: Array<never>) => void): this
    connect(service: string): Promise<void>
    open(options: { domain: string; lang?: string }): Promise<XmlElement>
    send(element: XmlElement): Promise<void>
    stop(): Promise<unknown>
    restart(): Promise<void>
    _jid(jid: string): unknown
    _ready(resumed?: boolean): void
    _detachSocket(): void
    _detachParser(): void
    _status(status: string, ...args: Array<unknown>): void
  }
}

declare module "@xmpp/websocket/lib/Socket.js" {
  export function isSecure(url: string): boolean
  export default class Socket {
    url: string | null
    secure: boolean
    _attachSocket(socket: unknown): void
  }
}
