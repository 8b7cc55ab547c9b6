/**
 * How dialog changes reach other users, on the wire convention of ConnectyCube's React layer: system
 * messages with a `dialog/…` body and `extension.dialogId` (plus `addedParticipantsIds` /
 * `removedParticipantsIds`, comma-joined). Receivers (this SDK and `@connectycube/react`) fetch the dialog
 * again. Notices are sent in the background: a dialog change never fails because a notice could not go.
 *
 * @since 0.1.0
 */
import { SystemMessages } from "@cube/realtime"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { ChatState } from "./ChatState.ts"
import type { ChatDialog } from "./types.ts"

/**
 * The bodies of dialog notices.
 *
 * @since 0.1.0
 * @category models
 */
export const Kind = {
  NewDialog: "dialog/NEW_DIALOG",
  AddedToDialog: "dialog/ADDED_TO_DIALOG",
  RemovedFromDialog: "dialog/REMOVED_FROM_DIALOG",
  AddParticipants: "dialog/ADD_PARTICIPANTS",
  RemoveParticipants: "dialog/REMOVE_PARTICIPANTS",
  UpdateDialog: "dialog/UPDATE_DIALOG",
  DeleteDialog: "dialog/DELETE_DIALOG",
} as const

/**
 * What a change was, as far as notices care.
 *
 * @since 0.1.0
 * @category models
 */
export interface Change {
  readonly addOccupants?: ReadonlyArray<number> | undefined
  readonly removeOccupants?: ReadonlyArray<number> | undefined
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Shape {
  readonly created: (dialog: ChatDialog<unknown>) => Effect.Effect<void>
  readonly updated: (
    before: ChatDialog<unknown>,
    after: ChatDialog<unknown>,
    change: Change,
  ) => Effect.Effect<void>
  readonly deleted: (dialog: ChatDialog<unknown>) => Effect.Effect<void>
}

/**
 * @since 0.1.0
 * @category services
 */
export class DialogNotices extends Context.Service<DialogNotices, Shape>()("@cube/chat/DialogNotices") {}

/**
 * @since 0.1.0
 * @category constructors
 */
export const make = Effect.gen(function* () {
  const system = yield* SystemMessages.SystemMessages
  const state = yield* ChatState
  const scope = yield* Effect.scope

  const notify = (userIds: ReadonlyArray<number>, body: string, extension: Record<string, string>) =>
    Effect.suspend(() => {
      const me = state.session.getSnapshot().userId
      const targets = [...new Set(userIds)].filter((userId) => userId !== me)
      return Effect.forEach(
        targets,
        (userId) => system.send(userId, { body, extension }, { timeout: 30_000 }).pipe(Effect.ignore),
        { discard: true, concurrency: 4 },
      ).pipe(Effect.forkIn(scope), Effect.asVoid)
    })

  return DialogNotices.of({
    created: (dialog) =>
      dialog.type === 2 || dialog.type === 3
        ? notify(dialog.occupantIds, Kind.NewDialog, { dialogId: dialog.id })
        : Effect.void,
    updated: (before, after, change) =>
      Effect.gen(function* () {
        const added = change.addOccupants ?? []
        const removed = change.removeOccupants ?? []
        const stayed = after.occupantIds.filter((userId) => !added.includes(userId))
        if (added.length > 0) {
          yield* notify(stayed, Kind.AddParticipants, {
            dialogId: after.id,
            addedParticipantsIds: added.join(","),
          })
          yield* notify(added, Kind.AddedToDialog, { dialogId: after.id })
        }
        if (removed.length > 0) {
          yield* notify(after.occupantIds, Kind.RemoveParticipants, {
            dialogId: after.id,
            removedParticipantsIds: removed.join(","),
          })
          yield* notify(removed, Kind.RemovedFromDialog, { dialogId: after.id })
        }
        const changed =
          before.name !== after.name ||
          before.photo !== after.photo ||
          before.description !== after.description ||
          JSON.stringify(before.rawExtensions) !== JSON.stringify(after.rawExtensions) ||
          JSON.stringify(before.permissions) !== JSON.stringify(after.permissions) ||
          before.pinnedMessageIds.join() !== after.pinnedMessageIds.join() ||
          before.adminIds.join() !== after.adminIds.join()
        if (changed && added.length === 0 && removed.length === 0) {
          yield* notify(after.occupantIds, Kind.UpdateDialog, { dialogId: after.id })
        }
      }),
    deleted: (dialog) => notify(dialog.occupantIds, Kind.DeleteDialog, { dialogId: dialog.id }),
  })
})

/**
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<DialogNotices, never, SystemMessages.SystemMessages | ChatState> =
  Layer.effect(DialogNotices, make)
