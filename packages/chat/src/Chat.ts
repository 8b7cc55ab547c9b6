// The Promise API of a chat client, as types only (no Effect types): what `createChat` returns.
import type { User } from "@cube/rest"
import type { UploadedFile, UploadParams } from "./Attachments.ts"
import type { Session as SessionState } from "./ChatState.ts"
import type { ConnectParams } from "./Connection.ts"
import type {
  CreateParams,
  DeleteResult,
  ListQuery as DialogListQuery,
  Page,
  UpdateParams,
} from "./Dialogs.ts"
import type { ChatEvents } from "./events.ts"
import type { ListQuery as MessageListQuery, SearchParams } from "./History.ts"
import type { Via } from "./MessageActions.ts"
import type { SendParams } from "./Messages.ts"
import type { List, Names } from "./Privacy.ts"
import type { Credentials, SignUp } from "./Session.ts"
import type { Store } from "./store.ts"
import type {
  Attachment,
  ChatDialog,
  ChatMessage,
  ConnectionState,
  DialogsState,
  Timeline,
  TypingState,
  UnreadState,
} from "./types.ts"
import type { Report, ListQuery as UserListQuery } from "./Users.ts"

/** What a search found. */
export interface SearchResults<P, E> {
  readonly dialogs: ReadonlyArray<ChatDialog<E>>
  readonly messages: ReadonlyArray<ChatMessage<P>>
  readonly users: ReadonlyArray<User>
}

/** A page of dialogs. */
export interface DialogPage<E> extends Omit<Page, "items"> {
  readonly items: ReadonlyArray<ChatDialog<E>>
}

/** Dialog operations. */
export interface DialogsApi<E> {
  list(query?: DialogListQuery): Promise<DialogPage<E>>
  count(query?: DialogListQuery): Promise<number>
  /** From the store, or fetched. */
  get(dialogId: string): Promise<ChatDialog<E>>
  refresh(dialogId: string): Promise<ChatDialog<E> | undefined>
  create(params: CreateParams<E>): Promise<ChatDialog<E>>
  update(dialogId: string, params: UpdateParams<E>): Promise<ChatDialog<E>>
  addAdmins(dialogId: string, userIds: ReadonlyArray<number>): Promise<ChatDialog<E>>
  removeAdmins(dialogId: string, userIds: ReadonlyArray<number>): Promise<ChatDialog<E>>
  /** For the user only, or for everyone (`forEveryone`, owner only); one id or many. */
  delete(
    dialogIds: string | ReadonlyArray<string>,
    options?: { readonly forEveryone?: boolean },
  ): Promise<DeleteResult>
  subscribe(dialogId: string): Promise<ChatDialog<E>>
  unsubscribe(dialogId: string): Promise<void>
  publicOccupants(
    dialogId: string,
    page?: { readonly limit?: number; readonly skip?: number },
  ): Promise<ReadonlyArray<User>>
  notificationsEnabled(dialogId: string): Promise<boolean>
  setNotificationsEnabled(dialogId: string, enabled: boolean): Promise<boolean>
  clearHistory(dialogId: string): Promise<void>
  /** Room presence (never needed to send or receive). */
  join(dialogId: string): Promise<void>
  leave(dialogId: string): Promise<void>
  onlineUsers(dialogId: string): Promise<ReadonlyArray<number>>
}

/** Message operations. */
export interface MessagesApi<P, E> {
  /** Resolves with the message once the server acknowledged it; rejects with `SendTimeout`, `Blocked`, … */
  send(dialogId: string, params: SendParams<P>): Promise<ChatMessage<P>>
  /** Sends a failed message again under the same id. */
  resend(dialogId: string, messageId: string): Promise<ChatMessage<P>>
  /** Uploads a file (with progress) and sends it as an attachment. */
  sendFile(
    dialogId: string,
    file: UploadParams,
    params?: SendParams<P> & { readonly type?: string },
  ): Promise<ChatMessage<P>>
  /** Creates a message over HTTP (`sendToChat` also delivers it live). */
  create(dialogId: string, params: SendParams<P> & { readonly sendToChat?: boolean }): Promise<ChatMessage<P>>
  /** The latest page into the timeline (once). */
  load(dialogId: string): Promise<Timeline<P>>
  loadOlder(dialogId: string): Promise<Timeline<P>>
  fillGap(dialogId: string, gapId?: string): Promise<Timeline<P>>
  /** Loads whatever is newer than the newest confirmed message. */
  sync(dialogId: string): Promise<Timeline<P>>
  /** History with REST filters and paging (not merged into the timeline, not marked read). */
  list(dialogId: string, query?: MessageListQuery): Promise<ReadonlyArray<ChatMessage<P>>>
  markRead(dialogId: string, messageIds: ReadonlyArray<string>): Promise<void>
  markDelivered(dialogId: string, messageId: string): Promise<void>
  markAllRead(dialogId: string): Promise<void>
  edit(dialogId: string, messageId: string, body: string, options?: { readonly via?: Via }): Promise<void>
  delete(
    dialogId: string,
    messageIds: ReadonlyArray<string>,
    options?: { readonly forEveryone?: boolean; readonly via?: Via },
  ): Promise<void>
  react(messageId: string, change: { readonly add?: string; readonly remove?: string }): Promise<void>
  reactions(messageId: string): Promise<Readonly<Record<string, ReadonlyArray<number>>>>
  search(params: SearchParams): Promise<SearchResults<P, E>>
}

/** Privacy lists and the block list. */
export interface PrivacyApi {
  create(list: List): Promise<void>
  names(): Promise<Names>
  get(name: string): Promise<List>
  update(list: List): Promise<List>
  delete(name: string): Promise<void>
  setDefault(name: string | undefined): Promise<void>
  /** Servers that only apply the default list (ConnectyCube's) refuse it. */
  setActive(name: string | undefined): Promise<void>
  block(userId: number, options?: { readonly mutual?: boolean }): Promise<void>
  unblock(userId: number): Promise<void>
  blocked(): Promise<ReadonlyArray<number>>
}

/** Users, last activity, system messages, reports. */
export interface UsersApi {
  signUp(user: SignUp): Promise<User>
  list(query?: UserListQuery): Promise<ReadonlyArray<User>>
  lastActivity(userId: number): Promise<number>
  subscribeLastActivity(userId: number): Promise<void>
  unsubscribeLastActivity(userId: number): Promise<void>
  sendSystemMessage(
    userId: number,
    message: { readonly body?: string; readonly extension?: Readonly<Record<string, unknown>> },
  ): Promise<string>
  report(userId: number, reason: string): Promise<Report>
  reportMessage(messageId: string, reason: string): Promise<Report>
}

/** Files. */
export interface FilesApi {
  upload(params: UploadParams): Promise<UploadedFile>
  privateUrl(uid: string): string
  publicUrl(uid: string): string
  /** The attachment of an uploaded file. */
  attachment(file: UploadedFile, type?: string): Attachment
  /** A location attachment. */
  location(latitude: number, longitude: number): Attachment
}

/** The stores an app (or `@cube/react`) subscribes to. */
export interface ChatStores<P, E> {
  readonly connection: Store<ConnectionState>
  readonly dialogs: Store<DialogsState<E>>
  readonly unread: Store<UnreadState>
  readonly typing: Store<TypingState>
  /** The logged-in user (`userId` undefined when logged out) and the session token. */
  readonly session: Store<SessionState>
  /** One dialog's timeline (the same store for the same id). */
  messages(dialogId: string): Store<Timeline<P>>
}

/** A chat client. */
export interface Chat<P = Readonly<Record<string, unknown>>, E = Readonly<Record<string, string>>> {
  /** Connects (logging in first when given a login or a token); resolves when online. */
  connect(params?: ConnectParams): Promise<void>
  /** Closes the connection; pending messages wait in the outbox. */
  disconnect(): Promise<void>
  /** Disconnects and releases everything; the client cannot be used again. */
  destroy(): Promise<void>
  /** Drops the socket as a network loss would; the client reconnects and resumes. */
  terminate(): Promise<void>
  /** Logs in again with the same credentials and reconnects. */
  relogin(): Promise<void>
  /** Pings the chat server; rejects after `timeoutMs` (default 5000). */
  ping(timeoutMs?: number): Promise<void>
  readonly isConnected: boolean
  markActive(): Promise<void>
  markInactive(): Promise<void>
  /** Opens a REST session (without connecting the chat). */
  login(credentials: Credentials): Promise<User>
  logout(): Promise<void>
  /** The logged-in user's id. */
  readonly userId: number | undefined
  /** Listens to an event; returns the function that stops listening. */
  on<K extends keyof ChatEvents<P, E>>(event: K, listener: (payload: ChatEvents<P, E>[K]) => void): () => void
  once<K extends keyof ChatEvents<P, E>>(
    event: K,
    listener: (payload: ChatEvents<P, E>[K]) => void,
  ): () => void
  readonly stores: ChatStores<P, E>
  readonly dialogs: DialogsApi<E>
  readonly messages: MessagesApi<P, E>
  readonly typing: { start(dialogId: string): Promise<void>; stop(dialogId: string): Promise<void> }
  readonly unread: {
    refresh(): Promise<UnreadState>
    fetch(dialogIds: ReadonlyArray<string>): Promise<UnreadState>
  }
  readonly users: UsersApi
  readonly privacy: PrivacyApi
  readonly files: FilesApi
}
