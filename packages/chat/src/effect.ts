/**
 * `@cube/chat/effect`: the chat client as Effect services. Provide `ChatClient.layer(options)` and use
 * `Connection`, `Dialogs`, `Messages`, `History`, `MessageActions`, … directly.
 *
 * @since 0.1.0
 */

/** @since 0.1.0 */
export * as Attachments from "./Attachments.ts"
/** @since 0.1.0 */
export * as CatchUp from "./CatchUp.ts"
/** @since 0.1.0 */
export * as ChatClient from "./ChatClient.ts"
/** @since 0.1.0 */
export * as ChatConfig from "./ChatConfig.ts"
/** @since 0.1.0 */
export * as ChatError from "./ChatError.ts"
/** @since 0.1.0 */
export * as ChatState from "./ChatState.ts"
/** @since 0.1.0 */
export * as Connection from "./Connection.ts"
/** @since 0.1.0 */
export * as CustomFields from "./CustomFields.ts"
/** @since 0.1.0 */
export * as DialogNotices from "./DialogNotices.ts"
/** @since 0.1.0 */
export * as Dialogs from "./Dialogs.ts"
/** @since 0.1.0 */
export * as History from "./History.ts"
/** @since 0.1.0 */
export * as Inbox from "./Inbox.ts"
/** @since 0.1.0 */
export * as MessageActions from "./MessageActions.ts"
/** @since 0.1.0 */
export * as Messages from "./Messages.ts"
/** @since 0.1.0 */
export * as Outbox from "./Outbox.ts"
/** @since 0.1.0 */
export * as Privacy from "./Privacy.ts"
/** @since 0.1.0 */
export * as RestApi from "./RestApi.ts"
/** @since 0.1.0 */
export * as Rooms from "./Rooms.ts"
/** @since 0.1.0 */
export * as SchemaFields from "./SchemaFields.ts"
/** @since 0.1.0 */
export * as Session from "./Session.ts"
/** @since 0.1.0 */
export * as Timeline from "./Timeline.ts"
/** @since 0.1.0 */
export * as Typing from "./Typing.ts"
/** @since 0.1.0 */
export * as Unread from "./Unread.ts"
/** @since 0.1.0 */
export * as Users from "./Users.ts"
