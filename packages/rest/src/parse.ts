// Success bodies. Most calls answer JSON and an empty 2xx there is an error (the official SDK rejects
// it too). The calls the SDK reads as text (protocol.md §2.1) may answer an empty 200: they resolve
// with `data: undefined`, or with the parsed body when one is JSON (a multi-id DELETE's outcome).
// Downloads answer the file itself and resolve with its text unless the call asks for `parseAs`.
import { RestError } from "./errors.ts"

/** `METHOD path` of every call whose success body may be empty (the spec's `EmptyOk` / `DeleteOutcome`). */
export const textCalls: ReadonlySet<string> = new Set([
  "DELETE /session.json",
  "DELETE /login.json",
  "DELETE /users/{userId}.json",
  "POST /users/password/reset.json",
  "DELETE /chat/Dialog/{dialogId}.json",
  "DELETE /chat/Dialog/{dialogId}/subscribe.json",
  "DELETE /chat/Dialog/clearHistory/{dialogId}.json",
  "PUT /chat/Message.json",
  "PUT /chat/Message/{messageIds}.json",
  // The spec promises a DeleteResult here, but the SDK reads it as text: accept an empty answer too.
  "DELETE /chat/Message/{messageIds}.json",
  "PUT /chat/Message/{messageId}/reactions.json",
  "POST /blobs/upload",
  "PUT /blobs/{blobId}/complete.json",
  "DELETE /blobs/{blobId}.json",
  "DELETE /data/{className}/{recordIds}.json",
])

/** `METHOD path` of the calls that answer a file rather than JSON. */
export const fileCalls: ReadonlySet<string> = new Set(["GET /blobs/{uid}", "GET /blobs/{uid}/download"])

/** How a success body is read: JSON required, JSON or nothing (text calls), or the raw text (files). */
export type BodyKind = "json" | "text" | "file"

/** Whether `method schemaPath` may answer an empty (or non-JSON) 2xx. */
export const isTextCall = (method: string, schemaPath: string): boolean =>
  textCalls.has(`${method.toUpperCase()} ${schemaPath}`)

/** The body kind of a call. */
export const bodyKind = (method: string, schemaPath: string): BodyKind => {
  const key = `${method.toUpperCase()} ${schemaPath}`
  return fileCalls.has(key) ? "file" : textCalls.has(key) ? "text" : "json"
}

/** Turns a 2xx body read as text into the call's data, or a `parse` RestError. */
export const parseBody = (
  text: string | undefined,
  kind: BodyKind,
  response: Response,
): { data: unknown } | { error: RestError } => {
  if (kind === "file") return { data: text ?? "" }
  if (text === undefined || text.trim() === "") {
    if (kind === "text") return { data: undefined }
    return {
      error: new RestError({
        reason: "parse",
        status: response.status,
        response,
        message: "Expected a JSON body, got an empty answer",
      }),
    }
  }
  try {
    return { data: JSON.parse(text) }
  } catch (cause) {
    // The SDK reads text calls' bodies and ignores them; so do we when they are not JSON.
    if (kind === "text") return { data: undefined }
    return {
      error: new RestError({
        reason: "parse",
        status: response.status,
        body: text,
        response,
        cause,
        message: "Expected a JSON body",
      }),
    }
  }
}
