import { EventEmitter } from "node:events"

/**
 * Domain events one side of the server raises and the other reacts to: REST changes that must
 * reach XMPP clients (a message created with `send_to_chat`, reactions, deletes, system messages)
 * and XMPP facts that REST reports (who is online). Each area adds its events to `ServerEventMap`.
 */
// biome-ignore lint/suspicious/noExplicitAny: each area declares its own payload types
export interface ServerEventMap extends Record<string, any[]> {}

/** A typed, synchronous, multi-listener event bus. */
export class ServerEvents {
  private readonly emitter = new EventEmitter({ captureRejections: false })

  constructor() {
    this.emitter.setMaxListeners(0)
  }

  on<K extends keyof ServerEventMap & string>(
    event: K,
    listener: (...args: ServerEventMap[K]) => void,
  ): () => void {
    this.emitter.on(event, listener as (...args: unknown[]) => void)
    return () => this.emitter.off(event, listener as (...args: unknown[]) => void)
  }

  emit<K extends keyof ServerEventMap & string>(event: K, ...args: ServerEventMap[K]): void {
    this.emitter.emit(event, ...args)
  }
}
