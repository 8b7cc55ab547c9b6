// What the provider remembers per client beyond @cube/chat's own stores: users by id (fetched in batches),
// the block list, and last activity (one server subscription per watched user, however many hooks watch).
import type { Chat, User } from "@cube/chat"
import { type ValueStore, valueStore } from "./valueStore.ts"

/** A user's last activity as last heard: `seconds` since they were online (0: online now) at time `at` (ms). */
export interface Activity {
  readonly seconds: number
  readonly at: number
}

/** The block list: loaded once per client, then kept in step with `block` / `unblock`. */
export interface BlockListState {
  readonly loaded: boolean
  readonly userIds: ReadonlyArray<number>
}

/** Per-client caches shared by every hook under one provider. */
export interface ClientCaches {
  readonly users: ValueStore<{ readonly [userId: number]: User }>
  readonly blocked: ValueStore<BlockListState>
  readonly activity: ValueStore<{ readonly [userId: number]: Activity }>
  /** Fetches the users not cached yet (one request per tick for every hook asking). */
  wantUsers(userIds: ReadonlyArray<number>): void
  /** Runs `start` unless a call with the same key is still running, whose promise it then returns (StrictMode runs effects twice). */
  shared<A>(key: string, start: () => Promise<A>): Promise<A>
  /** Loads the block list (once at a time). */
  loadBlocked(): Promise<void>
  /** Keeps a user's last activity up to date until the returned function is called. */
  watchActivity(userId: number): () => void
}

const ignore = () => undefined

/** Caches for one client. Nothing happens until a hook asks. */
export const createCaches = (chat: Chat<unknown, unknown>): ClientCaches => {
  const users = valueStore<{ readonly [userId: number]: User }>({})
  const activity = valueStore<{ readonly [userId: number]: Activity }>({})
  const asked = new Set<number>()
  const wanted = new Set<number>()
  const watchers = new Map<number, number>()
  let listening = false
  const running = new Map<string, Promise<unknown>>()
  const shared = <A>(key: string, start: () => Promise<A>): Promise<A> => {
    let promise = running.get(key) as Promise<A> | undefined
    if (promise === undefined) {
      promise = start().finally(() => running.delete(key))
      running.set(key, promise)
    }
    return promise
  }
  const blocked = valueStore<BlockListState>({ loaded: false, userIds: [] })

  const flush = () => {
    const ids = [...wanted]
    wanted.clear()
    if (ids.length === 0) return
    chat.users.list({ id: { in: ids }, limit: 100 }).then(
      (list) => {
        users.update((known) => {
          const next = { ...known }
          for (const user of list) next[user.id] = user
          return next
        })
      },
      () => {
        // Forget the failed ids so that a later hook asks again.
        for (const id of ids) asked.delete(id)
      },
    )
  }

  const record = (userId: number, seconds: number) =>
    activity.update((known) => ({ ...known, [userId]: { seconds, at: Date.now() } }))

  return {
    users,
    blocked,
    activity,
    wantUsers: (userIds) => {
      for (const id of userIds) {
        if (asked.has(id) || id in users.getSnapshot()) continue
        asked.add(id)
        if (wanted.size === 0) queueMicrotask(flush)
        wanted.add(id)
      }
    },
    shared,
    loadBlocked: () =>
      shared("blocked", () =>
        chat.privacy.blocked().then((userIds) => blocked.set({ loaded: true, userIds })),
      ),
    watchActivity: (userId) => {
      // One listener per client, for its whole life (the client's emitter goes with it).
      if (!listening) chat.on("lastActivity", (event) => record(event.userId, event.seconds))
      listening = true
      const count = watchers.get(userId) ?? 0
      watchers.set(userId, count + 1)
      chat.users.lastActivity(userId).then((seconds) => record(userId, seconds), ignore)
      if (count === 0) chat.users.subscribeLastActivity(userId).catch(ignore)
      let done = false
      return () => {
        if (done) return
        done = true
        const left = (watchers.get(userId) ?? 1) - 1
        if (left > 0) {
          watchers.set(userId, left)
          return
        }
        watchers.delete(userId)
        if (chat.isConnected) chat.users.unsubscribeLastActivity(userId).catch(ignore)
      }
    },
  }
}
