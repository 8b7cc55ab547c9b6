// @cube/rest: the typed REST client of the Cube chat SDK (openapi-fetch over types generated from specs/).
import type { components } from "./generated/api.ts"

export type { SessionExpiredHandler } from "./auth.ts"
export type { BlobApi, UploadBlobParams } from "./blobs.ts"
export { parseUploadTicket } from "./blobs.ts"
export type { FetchLike, RestClient, RestClientOptions, RestCore } from "./client.ts"
export { createRestClient } from "./client.ts"
export type { RestErrorOptions, RestErrorReason, RestErrors } from "./errors.ts"
export { isRestError, RestError, SESSION_EXPIRED_MESSAGE } from "./errors.ts"
export type { components, operations, paths } from "./generated/api.ts"
export type { BodyKind } from "./parse.ts"
export { bodyKind, fileCalls, isTextCall, textCalls } from "./parse.ts"
export type { SerializeOptions } from "./serialize.ts"
export {
  joinIds,
  querySerializerFor,
  serializeBracketQuery,
  serializeForm,
  serializeParams,
  serializeQuery,
  serializeRecordQuery,
} from "./serialize.ts"
export type { AppCredentials, CreateSessionParams, SessionApi, SignUpParams } from "./session.ts"
export { createSessionApi } from "./session.ts"
export type { CallOptions, HttpMethod, RestMethod, RestPaths, RestResponse, SuccessData } from "./types.ts"

type Schemas = components["schemas"]

/** A session (`POST /session.json`); `token` is the `CB-Token`. */
export type Session = Schemas["Session"]
/** An application user. */
export type User = Schemas["User"]
/** A dialog (conversation). */
export type Dialog = Schemas["Dialog"]
/** The dialog types: 1 broadcast, 2 group, 3 private, 4 public, 5 meeting. */
export type DialogType = Schemas["DialogType"]
/** A chat message from history. */
export type Message = Schemas["Message"]
/** A message attachment. */
export type Attachment = Schemas["Attachment"]
/** A stored file. */
export type Blob = Schemas["Blob"]
/** A custom-object record (`/data/{className}`). */
export type CustomObject = Schemas["CustomObject"]
/** The `{SuccessfullyDeleted, NotFound, WrongPermissions}` outcome of a multi-id DELETE. */
export type DeleteResult = Schemas["DeleteResult"]
/** The server's error body, `{errors: …}`. */
export type ErrorBody = Schemas["Error"]
/** Unread counters: `total` and one per dialog id. */
export type UnreadMessagesCount = Schemas["UnreadMessagesCount"]
/** Search results: dialogs, messages and users. */
export type SearchResults = Schemas["SearchResults"]
