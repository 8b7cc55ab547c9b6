// createChat: the Promise and event API over the Effect services. The stores and the emitter exist from
// the start (subscribe before connecting); the services run in a ManagedRuntime built on first use.
import * as Attachments from "./Attachments.ts"
import type { Chat } from "./Chat.ts"
import * as ChatClient from "./ChatClient.ts"
import * as ChatConfig from "./ChatConfig.ts"
import * as ChatState from "./ChatState.ts"
import { Connection } from "./Connection.ts"
import { Dialogs } from "./Dialogs.ts"
import { History } from "./History.ts"
import { MessageActions } from "./MessageActions.ts"
import { Messages } from "./Messages.ts"
import { Privacy } from "./Privacy.ts"
import { Rooms } from "./Rooms.ts"
import { makeRunner } from "./runtime.ts"
import { Session } from "./Session.ts"
import { Typing } from "./Typing.ts"
import { Unread } from "./Unread.ts"
import { Users } from "./Users.ts"

/** Creates a chat client; nothing connects until `connect` (or `login`) is called. */
export const createChat = <P = Readonly<Record<string, unknown>>, E = Readonly<Record<string, string>>>(
  options: ChatConfig.Options<P, E>,
): Chat<P, E> => {
  const state = ChatState.make()
  const blobsUrl = `${ChatConfig.make(options).apiUrl}/blobs`
  const runner = makeRunner(ChatClient.layer(options, state))
  const run = runner.run
  let connected = false
  state.connection.subscribe(() => {
    connected = state.connection.getSnapshot().status === "connected"
  })

  const chat: Chat<unknown, unknown> = {
    connect: (params) => run(Connection.use((c) => c.connect(params))),
    disconnect: () => run(Connection.use((c) => c.disconnect)),
    destroy: async () => {
      await run(Connection.use((c) => c.disconnect)).catch(() => undefined)
      await runner.dispose()
    },
    terminate: () => run(Connection.use((c) => c.terminate)),
    relogin: () => run(Connection.use((c) => c.relogin)),
    ping: (timeoutMs) => run(Connection.use((c) => c.ping(timeoutMs))),
    get isConnected() {
      return connected
    },
    markActive: () => run(Connection.use((c) => c.markActive)),
    markInactive: () => run(Connection.use((c) => c.markInactive)),
    login: (credentials) => run(Session.use((s) => s.login(credentials))),
    logout: () => run(Session.use((s) => s.logout)),
    get userId() {
      return state.session.getSnapshot().userId
    },
    on: (event, listener) => state.events.on(event, listener as never),
    once: (event, listener) => state.events.once(event, listener as never),
    stores: {
      connection: state.connection,
      dialogs: state.dialogs,
      unread: state.unread,
      typing: state.typing,
      session: state.session,
      messages: (dialogId) => state.timeline(dialogId),
    },
    dialogs: {
      list: (query) => run(Dialogs.use((d) => d.list(query))),
      count: (query) => run(Dialogs.use((d) => d.count(query))),
      get: (dialogId) => run(Dialogs.use((d) => d.get(dialogId))),
      refresh: (dialogId) => run(Dialogs.use((d) => d.refresh(dialogId))),
      create: (params) => run(Dialogs.use((d) => d.create(params))),
      update: (dialogId, params) => run(Dialogs.use((d) => d.update(dialogId, params))),
      addAdmins: (dialogId, userIds) => run(Dialogs.use((d) => d.addAdmins(dialogId, userIds))),
      removeAdmins: (dialogId, userIds) => run(Dialogs.use((d) => d.removeAdmins(dialogId, userIds))),
      delete: (dialogIds, options) => run(Dialogs.use((d) => d.remove(dialogIds, options))),
      subscribe: (dialogId) => run(Dialogs.use((d) => d.subscribe(dialogId))),
      unsubscribe: (dialogId) => run(Dialogs.use((d) => d.unsubscribe(dialogId))),
      publicOccupants: (dialogId, page) => run(Dialogs.use((d) => d.publicOccupants(dialogId, page))),
      notificationsEnabled: (dialogId) => run(Dialogs.use((d) => d.notificationsEnabled(dialogId))),
      setNotificationsEnabled: (dialogId, enabled) =>
        run(Dialogs.use((d) => d.setNotificationsEnabled(dialogId, enabled))),
      clearHistory: (dialogId) => run(Dialogs.use((d) => d.clearHistory(dialogId))),
      join: (dialogId) => run(Rooms.use((r) => r.join(dialogId))),
      leave: (dialogId) => run(Rooms.use((r) => r.leave(dialogId))),
      onlineUsers: (dialogId) => run(Rooms.use((r) => r.onlineUsers(dialogId))),
    },
    messages: {
      send: (dialogId, params) => run(Messages.use((m) => m.send(dialogId, params))),
      resend: (dialogId, messageId) => run(Messages.use((m) => m.resend(dialogId, messageId))),
      sendFile: async (dialogId, file, params = {}) => {
        const uploaded = await run(Attachments.Attachments.use((a) => a.upload(file)))
        const { type, ...rest } = params
        const attachment = Attachments.fromFile(uploaded, type)
        return run(
          Messages.use((m) =>
            m.send(dialogId, { ...rest, attachments: [...(rest.attachments ?? []), attachment] }),
          ),
        )
      },
      create: (dialogId, params) => run(Messages.use((m) => m.create(dialogId, params))),
      load: (dialogId) => run(History.use((h) => h.load(dialogId))),
      loadOlder: (dialogId) => run(History.use((h) => h.loadOlder(dialogId))),
      fillGap: (dialogId, gapId) => run(History.use((h) => h.fillGap(dialogId, gapId))),
      sync: (dialogId) => run(History.use((h) => h.sync(dialogId))),
      list: (dialogId, query) => run(History.use((h) => h.list(dialogId, query))),
      markRead: (dialogId, messageIds) => run(MessageActions.use((a) => a.markRead(dialogId, messageIds))),
      markDelivered: (dialogId, messageId) =>
        run(MessageActions.use((a) => a.markDelivered(dialogId, messageId))),
      markAllRead: (dialogId) => run(MessageActions.use((a) => a.markAllRead(dialogId))),
      edit: (dialogId, messageId, body, options) =>
        run(MessageActions.use((a) => a.edit(dialogId, messageId, body, options))),
      delete: (dialogId, messageIds, options) =>
        run(MessageActions.use((a) => a.remove(dialogId, messageIds, options))),
      react: (messageId, change) => run(MessageActions.use((a) => a.react(messageId, change))),
      reactions: (messageId) => run(MessageActions.use((a) => a.reactions(messageId))),
      search: (params) => run(History.use((h) => h.search(params))),
    },
    typing: {
      start: (dialogId) => run(Typing.use((t) => t.start(dialogId))),
      stop: (dialogId) => run(Typing.use((t) => t.stop(dialogId))),
    },
    unread: {
      refresh: () => run(Unread.use((u) => u.refresh)),
      fetch: (dialogIds) => run(Unread.use((u) => u.fetch(dialogIds))),
    },
    users: {
      signUp: (user) => run(Session.use((s) => s.signUp(user))),
      list: (query) => run(Users.use((u) => u.list(query))),
      lastActivity: (userId) => run(Users.use((u) => u.lastActivity(userId))),
      subscribeLastActivity: (userId) => run(Users.use((u) => u.subscribeLastActivity(userId))),
      unsubscribeLastActivity: (userId) => run(Users.use((u) => u.unsubscribeLastActivity(userId))),
      sendSystemMessage: (userId, message) => run(Users.use((u) => u.sendSystemMessage(userId, message))),
      report: (userId, reason) => run(Users.use((u) => u.reportUser(userId, reason))),
      reportMessage: (messageId, reason) => run(Users.use((u) => u.reportMessage(messageId, reason))),
    },
    privacy: {
      create: (list) => run(Privacy.use((p) => p.create(list))),
      names: () => run(Privacy.use((p) => p.names)),
      get: (name) => run(Privacy.use((p) => p.get(name))),
      update: (list) => run(Privacy.use((p) => p.update(list))),
      delete: (name) => run(Privacy.use((p) => p.remove(name))),
      setDefault: (name) => run(Privacy.use((p) => p.setDefault(name))),
      setActive: (name) => run(Privacy.use((p) => p.setActive(name))),
      block: (userId, options) => run(Privacy.use((p) => p.block(userId, options))),
      unblock: (userId) => run(Privacy.use((p) => p.unblock(userId))),
      blocked: () => run(Privacy.use((p) => p.blocked)),
    },
    files: {
      upload: (params) => run(Attachments.Attachments.use((a) => a.upload(params))),
      privateUrl: (uid) =>
        `${blobsUrl}/${encodeURIComponent(uid)}?token=${encodeURIComponent(state.session.getSnapshot().token ?? "")}`,
      publicUrl: (uid) => `${blobsUrl}/${encodeURIComponent(uid)}`,
      attachment: Attachments.fromFile,
      location: Attachments.location,
    },
  }
  return chat as unknown as Chat<P, E>
}
