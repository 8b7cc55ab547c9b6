// A dialog from the REST API as a ChatDialog, extensions decoded by the app's schema.
import type { components } from "@cube/rest"
import type { FieldCodec } from "../CustomFields.ts"
import type { ChatDialog, DialogsState, DialogType } from "../types.ts"

/** A dialog as the REST API sends it. */
export type RestDialog = components["schemas"]["Dialog"]

/** Reads a REST dialog. */
export const fromRest = (dialog: RestDialog, codec: FieldCodec<unknown>): ChatDialog<unknown> => {
  const raw = (dialog.extensions ?? {}) as Record<string, unknown>
  const decoded = codec.decode(raw)
  return {
    id: dialog._id,
    type: dialog.type as DialogType,
    name: dialog.name ?? null,
    description: dialog.description ?? null,
    photo: dialog.photo ?? null,
    ownerId: dialog.user_id,
    occupantIds: dialog.occupants_ids ?? [],
    occupantsCount: dialog.occupants_count,
    adminIds: dialog.admins_ids ?? [],
    pinnedMessageIds: dialog.pinned_messages_ids ?? [],
    lastMessage: dialog.last_message ?? null,
    lastMessageId: dialog.last_message_id ?? null,
    lastMessageDateSent: dialog.last_message_date_sent ?? null,
    lastMessageUserId: dialog.last_message_user_id ?? null,
    unreadCount: dialog.unread_messages_count ?? 0,
    extensions: decoded.value,
    rawExtensions: raw,
    permissions: dialog.permissions ? { allowPreview: dialog.permissions.allow_preview === true } : null,
    createdAt: dialog.created_at,
    updatedAt: dialog.updated_at,
  }
}

const activity = (dialog: ChatDialog<unknown>): number =>
  dialog.lastMessageDateSent ?? Math.floor(Date.parse(dialog.updatedAt) / 1000)

// Whether `a` comes before `b` in the list: newer activity first, then the greater id.
const before = (a: ChatDialog<unknown>, b: ChatDialog<unknown>): boolean =>
  activity(a) !== activity(b) ? activity(a) > activity(b) : a.id > b.id

/** Dialog ids, newest activity first. */
export const order = (byId: DialogsState<unknown>["byId"]): ReadonlyArray<string> =>
  Object.values(byId)
    .sort((a, b) => activity(b) - activity(a) || (a.id < b.id ? 1 : -1))
    .map((dialog) => dialog.id)

/** The state with these dialogs added or replaced. */
export const put = (
  state: DialogsState<unknown>,
  dialogs: ReadonlyArray<ChatDialog<unknown>>,
): DialogsState<unknown> => {
  if (dialogs.length === 0) return state
  const byId = { ...state.byId }
  for (const dialog of dialogs) byId[dialog.id] = dialog
  return { ...state, byId, order: order(byId) }
}

/** The state without these dialogs. */
export const drop = (state: DialogsState<unknown>, ids: ReadonlyArray<string>): DialogsState<unknown> => {
  if (!ids.some((id) => id in state.byId)) return state
  const byId = { ...state.byId }
  for (const id of ids) delete byId[id]
  return { ...state, byId, order: order(byId) }
}

/** The state with a newer last message on its dialog (if the dialog is known). */
export const withLastMessage = (
  state: DialogsState<unknown>,
  message: {
    readonly dialogId: string
    readonly id: string
    readonly body: string
    readonly senderId: number
    readonly dateSent: number
  },
): DialogsState<unknown> => {
  const dialog = state.byId[message.dialogId]
  if (dialog === undefined) return state
  const newer =
    dialog.lastMessageDateSent === null ||
    message.dateSent > dialog.lastMessageDateSent ||
    (message.dateSent === dialog.lastMessageDateSent && message.id > (dialog.lastMessageId ?? ""))
  if (!newer) return state
  const updated: ChatDialog<unknown> = {
    ...dialog,
    lastMessage: message.body,
    lastMessageId: message.id,
    lastMessageDateSent: message.dateSent,
    lastMessageUserId: message.senderId,
  }
  const byId = { ...state.byId, [updated.id]: updated }
  // Newer activity only moves this dialog towards the front: no sort of every dialog per message.
  const rest = state.order[0] === updated.id ? undefined : state.order.filter((id) => id !== updated.id)
  if (rest === undefined || rest.length !== state.order.length - 1) {
    return { ...state, byId, order: rest === undefined ? state.order : order(byId) }
  }
  let at = 0
  while (at < rest.length && before(byId[rest[at]!]!, updated)) at += 1
  return { ...state, byId, order: [...rest.slice(0, at), updated.id, ...rest.slice(at)] }
}
