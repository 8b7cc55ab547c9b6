// @cube/chat: the high-level chat API of the Cube SDK — Promises, events and subscribable stores over the
// ConnectyCube wire (REST + XMPP). Effect services of the same capabilities: `@cube/chat/effect`.

export type { UploadedFile, UploadParams } from "./Attachments.ts"
export { fromFile as fileAttachment, location as locationAttachment } from "./Attachments.ts"
export type {
  Chat,
  ChatStores,
  DialogPage,
  DialogsApi,
  FilesApi,
  MessagesApi,
  PrivacyApi,
  SearchResults,
  UsersApi,
} from "./Chat.ts"
export type { Options as ChatOptions, ReconnectOptions, WebSocketClass } from "./ChatConfig.ts"
export type { ChatErrorReason } from "./ChatError.ts"
export {
  AuthenticationFailed,
  Blocked,
  ChatError,
  Destroyed,
  InvalidInput,
  isChatError,
  NotFound,
  NotLoggedIn,
  RealtimeFailed,
  RequestFailed,
  SendTimeout,
} from "./ChatError.ts"
export type { Session as SessionState } from "./ChatState.ts"
export type { ConnectParams } from "./Connection.ts"
export type { ChatSchema, FieldCodec } from "./CustomFields.ts"
export { createChat } from "./createChat.ts"
export { Kind as DialogNoticeKind } from "./DialogNotices.ts"
export type {
  CreateParams as CreateDialogParams,
  DeleteResult,
  ListQuery as DialogListQuery,
  UpdateParams as UpdateDialogParams,
} from "./Dialogs.ts"
export type { ChatEvents, Emitter, MarkerEvent, SystemMessage } from "./events.ts"
export type { ListQuery as MessageListQuery, SearchParams } from "./History.ts"
export type { Via } from "./MessageActions.ts"
export type { SendParams } from "./Messages.ts"
export type { OutboxEntry, OutboxStore } from "./Outbox.ts"
export { memoryStore as memoryOutboxStore } from "./Outbox.ts"
export type { Item as PrivacyItem, List as PrivacyList, Names as PrivacyListNames } from "./Privacy.ts"
export type { FieldsSchema } from "./SchemaFields.ts"
export { chatSchema } from "./SchemaFields.ts"
export type { Credentials, SignUp } from "./Session.ts"
export type { Store } from "./store.ts"
export { compare as compareMessages } from "./Timeline.ts"
export type {
  Attachment,
  ChatDialog,
  ChatMessage,
  ConnectionState,
  ConnectionStatus,
  Cursor,
  DialogsState,
  DialogType,
  Gap,
  JsonValue,
  MessageStatus,
  Reactions,
  Timeline,
  TypingState,
  UnreadState,
} from "./types.ts"
export type { Report, User } from "./Users.ts"
