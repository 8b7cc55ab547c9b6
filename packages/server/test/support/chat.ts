import { expect } from "vitest"
import type { ServerEventMap } from "../../src/ServerEvents.ts"
import { raw } from "./http.ts"
import type { TestServer } from "./testServer.ts"
import type { TestUser } from "./users.ts"

// biome-ignore lint/suspicious/noExplicitAny: wire JSON in tests
type Json = any

/** Creates a dialog as `owner` (201 or 200 expected) and returns its JSON. */
export const createDialog = async (
  server: { readonly url: string },
  owner: TestUser,
  body: Record<string, unknown>,
): Promise<Json> => {
  const response = await raw(server.url, "POST", "/chat/Dialog.json", { token: owner.token, body })
  if (response.status !== 201 && response.status !== 200)
    throw new Error(`create dialog: ${response.status} ${response.text}`)
  return response.json
}

/** Creates a group dialog of `owner` with `members`. */
export const createGroup = (
  server: { readonly url: string },
  owner: TestUser,
  members: ReadonlyArray<TestUser>,
  extra: Record<string, unknown> = {},
) =>
  createDialog(server, owner, {
    type: 2,
    name: "Group",
    occupants_ids: members.map((member) => member.userId).join(", "),
    ...extra,
  })

/** Posts a message over REST as `sender` and returns its JSON. */
export const sendMessage = async (
  server: { readonly url: string },
  sender: TestUser,
  dialogId: string,
  text: string,
  extra: Record<string, unknown> = {},
): Promise<Json> => {
  const response = await raw(server.url, "POST", "/chat/Message.json", {
    token: sender.token,
    body: { chat_dialog_id: dialogId, message: text, ...extra },
  })
  if (response.status !== 201) throw new Error(`send message: ${response.status} ${response.text}`)
  return response.json
}

/** The dialog as `viewer` sees it in their list (undefined when it is not listed). */
export const listedDialog = async (
  server: { readonly url: string },
  viewer: TestUser,
  dialogId: string,
): Promise<Json | undefined> => {
  const response = await raw(server.url, "GET", "/chat/Dialog.json", {
    token: viewer.token,
    query: `_id=${dialogId}`,
  })
  expect(response.status).toBe(200)
  return response.json.items[0]
}

/** Messages of a dialog as `viewer` sees them, without marking them read. */
export const history = async (
  server: { readonly url: string },
  viewer: TestUser,
  dialogId: string,
  query = "",
): Promise<Json[]> => {
  const response = await raw(server.url, "GET", "/chat/Message.json", {
    token: viewer.token,
    query: `chat_dialog_id=${dialogId}&mark_as_read=0${query ? `&${query}` : ""}`,
  })
  if (response.status !== 200) throw new Error(`history: ${response.status} ${response.text}`)
  return response.json.items
}

/** The viewer's unread count in one dialog and in total. */
export const unread = async (
  server: { readonly url: string },
  viewer: TestUser,
  dialogId: string,
): Promise<{ dialog: number; total: number }> => {
  const response = await raw(server.url, "GET", "/chat/Message/unread.json", {
    token: viewer.token,
    query: `chat_dialog_ids=${dialogId}`,
  })
  expect(response.status).toBe(200)
  return { dialog: response.json[dialogId], total: response.json.total }
}

/** Records every emission of a server event until the returned `stop` is called. */
export const recordEvents = <K extends keyof ServerEventMap & string>(server: TestServer, event: K) => {
  const seen: Array<ServerEventMap[K][0]> = []
  const stop = server.context.events.on(event, ((payload: ServerEventMap[K][0]) =>
    seen.push(payload)) as never)
  return { seen, stop }
}
