// Multi-listener events: `on(name, listener)` returns the function that removes that listener. A throwing
// listener does not stop the others; its exception surfaces as an uncaught error instead of vanishing.
import type { ChatError } from "./ChatError.ts"
import { reportListenerError } from "./store.ts"
import type { ChatDialog, ChatMessage, ConnectionState, Gap, UnreadState } from "./types.ts"

/** Every event the chat client emits, with its payload. */
export interface ChatEvents<P = Readonly<Record<string, unknown>>, E = Readonly<Record<string, string>>> {
  /** The connection changed state. */
  readonly connection: ConnectionState
  /** A new message: from someone else, or the user's own from another device. Never twice for one id. */
  readonly message: ChatMessage<P>
  /** An own message was acknowledged by the server. */
  readonly "message:sent": ChatMessage<P>
  /** An own message failed (deadline passed, or refused: `error.reason._tag` says why). */
  readonly "message:failed": { readonly message: ChatMessage<P>; readonly error: ChatError }
  readonly "message:delivered": MarkerEvent
  readonly "message:read": MarkerEvent
  readonly "message:edited": {
    readonly messageId: string
    readonly dialogId: string | undefined
    readonly userId: number | undefined
    readonly body: string
  }
  readonly "message:deleted": {
    readonly messageId: string
    readonly dialogId: string | undefined
    readonly userId: number | undefined
  }
  /** A user added and/or removed a reaction. */
  readonly reaction: {
    readonly messageId: string
    readonly dialogId: string | undefined
    readonly userId: number | undefined
    readonly add: string | undefined
    readonly remove: string | undefined
  }
  /** Someone started (`typing: true`) or stopped typing; `dialogId` is the private dialog for 1-1 when known. */
  readonly typing: {
    readonly dialogId: string | undefined
    readonly userId: number
    readonly typing: boolean
  }
  /** A system message (not stored in history). */
  readonly system: SystemMessage
  /** A user's last activity: seconds since they were online, 0 while they are. */
  readonly lastActivity: { readonly userId: number; readonly seconds: number }
  /** A dialog appeared, changed or went away (own actions and other users' system messages). */
  readonly dialog: {
    readonly kind: "created" | "updated" | "removed"
    readonly dialogId: string
    readonly dialog: ChatDialog<E> | undefined
  }
  readonly unread: UnreadState
  /** Messages may be missing in a dialog (a catch-up could not fetch everything); `fillGap` loads them. */
  readonly gap: { readonly dialogId: string; readonly gap: Gap }
  /** Bytes of an upload sent so far. */
  readonly "upload:progress": {
    readonly uploadId: string
    readonly name: string
    readonly loaded: number
    readonly total: number
  }
  /** A room occupant joined, left, or the user was kicked (joined rooms only). */
  readonly occupant: {
    readonly kind: "joined" | "left" | "kicked"
    readonly dialogId: string
    readonly userId: number
  }
}

/** A delivered or read marker. */
export interface MarkerEvent {
  readonly messageId: string
  readonly dialogId: string | undefined
  readonly userId: number | undefined
}

/** A system message. */
export interface SystemMessage {
  readonly id: string | undefined
  readonly userId: number | undefined
  readonly body: string | undefined
  readonly extension: Readonly<Record<string, unknown>>
}

/** Listens to and emits a map of named events. */
export interface Emitter<Events> {
  /** Calls `listener` for every `name` event; returns the function that stops it. */
  on<K extends keyof Events>(name: K, listener: (payload: Events[K]) => void): () => void
  /** Calls `listener` for the next `name` event only. */
  once<K extends keyof Events>(name: K, listener: (payload: Events[K]) => void): () => void
  emit<K extends keyof Events>(name: K, payload: Events[K]): void
}

/** An emitter; listeners of one event run in the order they were added. */
export const createEmitter = <Events>(): Emitter<Events> => {
  const listeners = new Map<keyof Events, Set<(payload: never) => void>>()
  const on = <K extends keyof Events>(name: K, listener: (payload: Events[K]) => void) => {
    let set = listeners.get(name)
    if (set === undefined) {
      set = new Set()
      listeners.set(name, set)
    }
    const entry = (payload: Events[K]) => listener(payload)
    set.add(entry as (payload: never) => void)
    return () => {
      set.delete(entry as (payload: never) => void)
    }
  }
  return {
    on,
    once: (name, listener) => {
      const off = on(name, (payload) => {
        off()
        listener(payload)
      })
      return off
    },
    emit: (name, payload) => {
      const set = listeners.get(name)
      if (set === undefined) return
      for (const listener of [...set]) {
        try {
          ;(listener as (payload: unknown) => void)(payload)
        } catch (error) {
          reportListenerError(error)
        }
      }
    },
  }
}
