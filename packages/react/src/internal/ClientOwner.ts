// Owns the client of one provider, outside React so that StrictMode cannot double anything: the client is
// created on first read, connecting with the same parameters twice is one connection, and an unmount destroys
// the client only if no remount follows at once (StrictMode's mount → unmount → mount keeps one socket).
import { type Chat, type ChatOptions, type ConnectParams, createChat } from "@cube/chat"
import { type ClientCaches, createCaches } from "./ClientCaches.ts"
import { type ValueStore, valueStore } from "./valueStore.ts"

/** The client a provider serves now, with its caches (a new pair after `logout` or a remount). */
export interface Current {
  readonly chat: Chat<unknown, unknown>
  readonly caches: ClientCaches
}

/** Progress of the session actions (log in, sign up, log out) started through the provider. */
export interface AuthState {
  readonly pending: boolean
  readonly error: unknown
}

/** The owner of a provider's client. */
export interface ClientOwner {
  subscribe(listener: () => void): () => void
  getSnapshot(): Current
  readonly auth: ValueStore<AuthState>
  /** A provider mounted; returns its release (deferred, so that an immediate remount keeps the client). */
  retain(): () => void
  /** Logs in and connects; the same parameters while connecting or connected are one connection. */
  connect(params: ConnectParams): Promise<void>
  /** Runs a session action, tracking it in `auth`. */
  track<A>(work: (chat: Chat<unknown, unknown>) => Promise<A>): Promise<A>
  /** Disconnects and ends the session; an owned client is replaced by a fresh one (no data of the old user stays). */
  logout(): Promise<void>
}

const ignore = () => undefined

/** An owner for a client it creates from `options` (and destroys), or for a given client (which it never destroys). */
export const createOwner = (
  source: { readonly options: ChatOptions<unknown, unknown> } | { readonly client: Chat<unknown, unknown> },
): ClientOwner => {
  const owned = "options" in source
  const make = (): Current => {
    const chat = "options" in source ? createChat(source.options) : source.client
    return { chat, caches: createCaches(chat) }
  }
  const holder = valueStore<Current | undefined>(undefined)
  const auth = valueStore<AuthState>({ pending: false, error: undefined })
  let refs = 0
  let running = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  let destroyed = false
  let last: { readonly key: string; readonly promise: Promise<void> } | undefined

  const getSnapshot = (): Current => {
    let current = holder.getSnapshot()
    if (current === undefined) {
      current = make()
      holder.set(current)
    }
    return current
  }

  const replace = () => {
    last = undefined
    holder.set(make())
  }

  const track = async <A>(work: (chat: Chat<unknown, unknown>) => Promise<A>): Promise<A> => {
    running += 1
    auth.set({ pending: true, error: undefined })
    try {
      const value = await work(getSnapshot().chat)
      running -= 1
      auth.set({ pending: running > 0, error: undefined })
      return value
    } catch (error) {
      running -= 1
      auth.set({ pending: running > 0, error })
      throw error
    }
  }

  return {
    subscribe: holder.subscribe,
    getSnapshot,
    auth,
    retain: () => {
      refs += 1
      clearTimeout(timer)
      timer = undefined
      if (destroyed) {
        destroyed = false
        replace()
      }
      let released = false
      return () => {
        if (released) return
        released = true
        refs -= 1
        if (refs > 0 || !owned) return
        timer = setTimeout(() => {
          timer = undefined
          destroyed = true
          last = undefined
          getSnapshot().chat.destroy().catch(ignore)
        }, 0)
      }
    },
    connect: (params) => {
      const key = JSON.stringify(params ?? null)
      if (last?.key === key) return last.promise
      const switching = last !== undefined
      const promise = track(async (chat) => {
        if (switching) await chat.disconnect()
        await chat.connect(params)
      })
      const entry = { key, promise }
      last = entry
      promise.catch(() => {
        if (last === entry) last = undefined
      })
      return promise
    },
    track,
    logout: () =>
      track(async (chat) => {
        last = undefined
        await chat.disconnect().catch(ignore)
        await chat.logout().catch(ignore)
        if (!owned) return
        chat.destroy().catch(ignore)
        replace()
      }),
  }
}
