/**
 * Dialogs: create (private, group, public) with extensions and permissions, list with filters, read one,
 * update (name, photo, description, extensions, occupants, admins, pinned messages), delete for oneself or
 * for everyone (one or many), subscribe to public dialogs, their occupants, notification settings and
 * clear history. Every change lands in the dialogs store;
 * other users learn of it through the system messages `DialogNotices` sends.
 *
 * @since 0.1.0
 */
import { SystemMessages } from "@cube/realtime"
import type { components, operations, User } from "@cube/rest"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import { ChatConfig } from "./ChatConfig.ts"
import * as ChatError from "./ChatError.ts"
import { ChatState } from "./ChatState.ts"
import * as DialogNotices from "./DialogNotices.ts"
import { drop, fromRest, put, type RestDialog } from "./internal/dialogCodec.ts"
import { RestApi } from "./RestApi.ts"
import * as Timeline from "./Timeline.ts"
import type { ChatDialog, DialogType } from "./types.ts"

/**
 * The filters, sorting and paging of `list` (ConnectyCube's: `{ type: { in: [2, 3] }, limit: 20 }`).
 *
 * @since 0.1.0
 * @category models
 */
export type ListQuery = NonNullable<operations["listDialogs"]["parameters"]["query"]>

/**
 * A new dialog. `occupantIds` are the other members (the creator is added by the server).
 *
 * @since 0.1.0
 * @category models
 */
export interface CreateParams<E = unknown> {
  readonly type: Exclude<DialogType, 5>
  readonly occupantIds?: ReadonlyArray<number> | undefined
  readonly name?: string | undefined
  readonly description?: string | undefined
  readonly photo?: string | undefined
  readonly adminIds?: ReadonlyArray<number> | undefined
  readonly extensions?: E | undefined
  /** `allowPreview`: non-members may read the last messages. */
  readonly permissions?: { readonly allowPreview: boolean } | undefined
}

/**
 * Changes to a dialog; lists are added to or removed from.
 *
 * @since 0.1.0
 * @category models
 */
export interface UpdateParams<E = unknown> {
  readonly name?: string | undefined
  readonly description?: string | null | undefined
  readonly photo?: string | null | undefined
  /** New extensions; `null` removes them. */
  readonly extensions?: E | null | undefined
  readonly permissions?: { readonly allowPreview: boolean } | null | undefined
  readonly addOccupants?: ReadonlyArray<number> | undefined
  readonly removeOccupants?: ReadonlyArray<number> | undefined
  readonly pin?: ReadonlyArray<string> | undefined
  readonly unpin?: ReadonlyArray<string> | undefined
}

/**
 * A page of dialogs.
 *
 * @since 0.1.0
 * @category models
 */
export interface Page {
  readonly items: ReadonlyArray<ChatDialog<unknown>>
  readonly totalEntries: number
  readonly skip: number
  readonly limit: number
}

/**
 * What a multi-id delete did.
 *
 * @since 0.1.0
 * @category models
 */
export type DeleteResult = components["schemas"]["DeleteResult"]

/**
 * @since 0.1.0
 * @category models
 */
export interface Shape {
  readonly list: (query?: ListQuery) => Effect.Effect<Page, ChatError.ChatError>
  /** Counts the dialogs matching the filters. */
  readonly count: (query?: ListQuery) => Effect.Effect<number, ChatError.ChatError>
  /** A dialog from the store, or fetched. */
  readonly get: (dialogId: string) => Effect.Effect<ChatDialog<unknown>, ChatError.ChatError>
  /** Fetches a dialog again (e.g. after another user changed it). */
  readonly refresh: (dialogId: string) => Effect.Effect<ChatDialog<unknown> | undefined, ChatError.ChatError>
  readonly create: (params: CreateParams) => Effect.Effect<ChatDialog<unknown>, ChatError.ChatError>
  readonly update: (
    dialogId: string,
    params: UpdateParams,
  ) => Effect.Effect<ChatDialog<unknown>, ChatError.ChatError>
  readonly addAdmins: (
    dialogId: string,
    userIds: ReadonlyArray<number>,
  ) => Effect.Effect<ChatDialog<unknown>, ChatError.ChatError>
  readonly removeAdmins: (
    dialogId: string,
    userIds: ReadonlyArray<number>,
  ) => Effect.Effect<ChatDialog<unknown>, ChatError.ChatError>
  /** Deletes for the user only, or for everyone (`forEveryone`, owner only). */
  readonly remove: (
    dialogIds: string | ReadonlyArray<string>,
    options?: { readonly forEveryone?: boolean | undefined },
  ) => Effect.Effect<DeleteResult, ChatError.ChatError>
  /** Joins a public dialog (or a group, as a subscriber). */
  readonly subscribe: (dialogId: string) => Effect.Effect<ChatDialog<unknown>, ChatError.ChatError>
  readonly unsubscribe: (dialogId: string) => Effect.Effect<void, ChatError.ChatError>
  readonly publicOccupants: (
    dialogId: string,
    page?: { readonly limit?: number | undefined; readonly skip?: number | undefined },
  ) => Effect.Effect<ReadonlyArray<User>, ChatError.ChatError>
  readonly notificationsEnabled: (dialogId: string) => Effect.Effect<boolean, ChatError.ChatError>
  readonly setNotificationsEnabled: (
    dialogId: string,
    enabled: boolean,
  ) => Effect.Effect<boolean, ChatError.ChatError>
  /** Deletes the dialog's history for the user. */
  readonly clearHistory: (dialogId: string) => Effect.Effect<void, ChatError.ChatError>
}

/**
 * @since 0.1.0
 * @category services
 */
export class Dialogs extends Context.Service<Dialogs, Shape>()("@cube/chat/Dialogs") {}

const invalid = (detail: string) => ChatError.make(new ChatError.InvalidInput({ detail }))

/**
 * @since 0.1.0
 * @category constructors
 */
export const make = Effect.gen(function* () {
  const config = yield* ChatConfig
  const state = yield* ChatState
  const rest = yield* RestApi
  const notices = yield* DialogNotices.DialogNotices
  const system = yield* SystemMessages.SystemMessages
  const codec = config.extensions

  const store = (dialog: RestDialog) => {
    const chat = fromRest(dialog, codec)
    state.dialogs.update((current) => put(current, [chat]))
    return chat
  }
  const encodeExtensions = (extensions: unknown) =>
    Effect.suspend(() => {
      const encoded = codec.encodeStrings(extensions)
      return encoded.ok
        ? Effect.succeed(encoded.value as Record<string, string>)
        : Effect.fail(invalid(`extensions: ${encoded.error}`))
    })
  const permissionsOf = (permissions: { readonly allowPreview: boolean } | null) =>
    permissions === null ? null : { allow_preview: permissions.allowPreview }

  const fetchOne = (dialogId: string) =>
    rest
      .call((client, signal) =>
        client.GET("/chat/Dialog.json", { params: { query: { _id: dialogId } }, signal }),
      )
      .pipe(Effect.map((page) => ("items" in page ? page.items[0] : undefined)))

  const refresh = (dialogId: string) =>
    Effect.map(fetchOne(dialogId), (dialog) => {
      if (dialog !== undefined) return store(dialog)
      state.dialogs.update((current) => drop(current, [dialogId]))
      return undefined
    })

  const list = (query: ListQuery = {}) =>
    Effect.gen(function* () {
      const { count: _, ...filters } = query
      const page = yield* rest.call((client, signal) =>
        client.GET("/chat/Dialog.json", { params: { query: filters }, signal }),
      )
      if (!("items" in page)) return { items: [], totalEntries: page.items_count ?? 0, skip: 0, limit: 0 }
      const items = page.items.map((dialog) => fromRest(dialog, codec))
      state.dialogs.update((current) => ({ ...put(current, items), loaded: true }))
      return { items, totalEntries: page.total_entries, skip: page.skip, limit: page.limit }
    })

  const update = (dialogId: string, params: UpdateParams) =>
    Effect.gen(function* () {
      const before = yield* get(dialogId)
      const body: components["schemas"]["DialogUpdate"] = {}
      if (params.name !== undefined) body.name = params.name
      if (params.description !== undefined) body.description = params.description
      if (params.photo !== undefined) body.photo = params.photo
      if (params.permissions !== undefined) body.permissions = permissionsOf(params.permissions)
      if (params.extensions === null) body.extensions = null
      else if (params.extensions !== undefined) body.extensions = yield* encodeExtensions(params.extensions)
      const push = { occupants_ids: params.addOccupants, pinned_messages_ids: params.pin }
      const pull = { occupants_ids: params.removeOccupants, pinned_messages_ids: params.unpin }
      const compact = (changes: Record<string, ReadonlyArray<unknown> | undefined>) => {
        const entries = Object.entries(changes).filter(([, value]) => value !== undefined && value.length > 0)
        return entries.length === 0 ? undefined : Object.fromEntries(entries)
      }
      const pushAll = compact(push)
      const pullAll = compact(pull)
      if (pushAll) body.push_all = pushAll
      if (pullAll) body.pull_all = pullAll
      const updated = yield* rest.call((client, signal) =>
        client.PUT("/chat/Dialog/{dialogId}.json", { params: { path: { dialogId } }, body, signal }),
      )
      const dialog = store(updated)
      yield* notices.updated(before, dialog, params)
      return dialog
    })

  // Every send asks: a known dialog costs no generator.
  const get = (dialogId: string) =>
    Effect.suspend(() => {
      const known = state.dialogs.getSnapshot().byId[dialogId]
      if (known !== undefined) return Effect.succeed(known)
      return Effect.flatMap(refresh(dialogId), (fetched) =>
        fetched === undefined
          ? Effect.fail(ChatError.make(new ChatError.NotFound({ what: "dialog", id: dialogId })))
          : Effect.succeed(fetched),
      )
    })

  // Other users' dialog notices: fetch the dialog again (or forget it) and say so.
  const onNotice = (body: string, dialogId: string) =>
    Effect.gen(function* () {
      if (body === DialogNotices.Kind.RemovedFromDialog || body === DialogNotices.Kind.DeleteDialog) {
        state.dialogs.update((current) => drop(current, [dialogId]))
        state.events.emit("dialog", { kind: "removed", dialogId, dialog: undefined })
        return
      }
      const existed = dialogId in state.dialogs.getSnapshot().byId
      const dialog = yield* refresh(dialogId)
      if (dialog === undefined) {
        if (existed) state.events.emit("dialog", { kind: "removed", dialogId, dialog: undefined })
        return
      }
      state.events.emit("dialog", { kind: existed ? "updated" : "created", dialogId, dialog })
    })
  yield* system.incoming.pipe(
    Stream.runForEach((message) => {
      const dialogId = message.extension.dialogId
      if (message.body === undefined || !message.body.startsWith("dialog/") || typeof dialogId !== "string") {
        return Effect.void
      }
      return onNotice(message.body, dialogId).pipe(Effect.ignore)
    }),
    Effect.forkScoped({ startImmediately: true }),
  )

  const admins = (dialogId: string, userIds: ReadonlyArray<number>, add: boolean) =>
    rest
      .call((client, signal) =>
        client.PUT("/chat/Dialog/{dialogId}/admins.json", {
          params: { path: { dialogId } },
          body: add ? { push_all: { admins_ids: [...userIds] } } : { pull_all: { admins_ids: [...userIds] } },
          signal,
        }),
      )
      .pipe(Effect.map(store))

  return Dialogs.of({
    list,
    count: (query = {}) =>
      rest
        .call((client, signal) =>
          client.GET("/chat/Dialog.json", { params: { query: { ...query, count: 1 } }, signal }),
        )
        .pipe(Effect.map((page) => ("items_count" in page ? page.items_count : page.total_entries))),
    get,
    refresh,
    create: (params) =>
      Effect.gen(function* () {
        const extensions =
          params.extensions === undefined ? undefined : yield* encodeExtensions(params.extensions)
        const created = yield* rest.call((client, signal) =>
          client.POST("/chat/Dialog.json", {
            body: {
              type: params.type,
              ...(params.name === undefined ? {} : { name: params.name }),
              ...(params.description === undefined ? {} : { description: params.description }),
              ...(params.photo === undefined ? {} : { photo: params.photo }),
              ...(params.occupantIds === undefined ? {} : { occupants_ids: [...params.occupantIds] }),
              ...(params.adminIds === undefined ? {} : { admins_ids: [...params.adminIds] }),
              ...(extensions === undefined ? {} : { extensions }),
              ...(params.permissions === undefined
                ? {}
                : { permissions: { allow_preview: params.permissions.allowPreview } }),
            },
            signal,
          }),
        )
        const dialog = store(created)
        yield* notices.created(dialog)
        return dialog
      }),
    update,
    addAdmins: (dialogId, userIds) => admins(dialogId, userIds, true),
    removeAdmins: (dialogId, userIds) => admins(dialogId, userIds, false),
    remove: (dialogIds, options = {}) =>
      Effect.gen(function* () {
        const ids = typeof dialogIds === "string" ? [dialogIds] : [...dialogIds]
        if (ids.length === 0) return yield* Effect.fail(invalid("no dialog ids"))
        const known = ids.flatMap((id) => state.dialogs.getSnapshot().byId[id] ?? [])
        const response = yield* rest.call((client, signal) =>
          client.DELETE("/chat/Dialog/{dialogId}.json", {
            params: { path: { dialogId: ids } },
            ...(options.forEveryone ? { body: { force: 1 } } : {}),
            signal,
          }),
        )
        // One id answers an empty body: success means that id is gone.
        const result: DeleteResult =
          response !== undefined &&
          response !== null &&
          typeof response === "object" &&
          "SuccessfullyDeleted" in response
            ? (response as DeleteResult)
            : { SuccessfullyDeleted: { ids }, NotFound: { ids: [] }, WrongPermissions: { ids: [] } }
        const deleted = result.SuccessfullyDeleted?.ids ?? []
        state.dialogs.update((current) => drop(current, deleted))
        for (const id of deleted) state.timeline(id).set(Timeline.empty(id))
        if (options.forEveryone) {
          yield* Effect.forEach(
            known.filter((dialog) => deleted.includes(dialog.id)),
            notices.deleted,
            { discard: true },
          )
        }
        return result
      }),
    subscribe: (dialogId) =>
      rest
        .call((client, signal) =>
          client.POST("/chat/Dialog/{dialogId}/subscribe.json", { params: { path: { dialogId } }, signal }),
        )
        .pipe(Effect.map(store)),
    unsubscribe: (dialogId) =>
      rest
        .call((client, signal) =>
          client.DELETE("/chat/Dialog/{dialogId}/subscribe.json", { params: { path: { dialogId } }, signal }),
        )
        .pipe(
          Effect.tap(() => Effect.sync(() => state.dialogs.update((current) => drop(current, [dialogId])))),
          Effect.asVoid,
        ),
    publicOccupants: (dialogId, page = {}) =>
      rest
        .call((client, signal) =>
          client.GET("/chat/Dialog/{dialogId}/occupants.json", {
            params: {
              path: { dialogId },
              query: {
                ...(page.limit === undefined ? {} : { limit: page.limit }),
                ...(page.skip === undefined ? {} : { skip: page.skip }),
              },
            },
            signal,
          }),
        )
        .pipe(Effect.map((body) => body.items)),
    notificationsEnabled: (dialogId) =>
      rest
        .call((client, signal) =>
          client.GET("/chat/Dialog/{dialogId}/notifications.json", {
            params: { path: { dialogId } },
            signal,
          }),
        )
        .pipe(Effect.map((body) => Number(body.notifications.enabled) === 1)),
    setNotificationsEnabled: (dialogId, enabled) =>
      rest
        .call((client, signal) =>
          client.PUT("/chat/Dialog/{dialogId}/notifications.json", {
            params: { path: { dialogId } },
            body: { enabled: enabled ? 1 : 0 },
            signal,
          }),
        )
        .pipe(Effect.map((body) => Number(body.notifications.enabled) === 1)),
    clearHistory: (dialogId) =>
      rest
        .call((client, signal) =>
          client.DELETE("/chat/Dialog/clearHistory/{dialogId}.json", {
            params: { path: { dialogId } },
            signal,
          }),
        )
        .pipe(
          Effect.tap(() =>
            Effect.sync(() =>
              state.timeline(dialogId).set({ ...Timeline.empty(dialogId), hasOlder: false, loaded: true }),
            ),
          ),
          Effect.asVoid,
        ),
  })
})

/**
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<
  Dialogs,
  never,
  ChatConfig | ChatState | RestApi | DialogNotices.DialogNotices | SystemMessages.SystemMessages
> = Layer.effect(Dialogs, make)
