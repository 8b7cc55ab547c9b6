import type { PushSink } from "./PushSink.ts"
import type { XmppHub } from "./XmppHub.ts"

/** A chat message that may need an alert for one recipient. */
export interface AlertCandidate {
  readonly appId: number
  readonly recipientId: number
  readonly senderId: number
  readonly dialogId: string
  readonly messageId: string
  readonly body: string | null
  readonly silent: boolean
}

/**
 * Chat alerts: a recipient with no available session, or whose sessions are all inactive (CSI /
 * `markInactive`), gets a push event — unless the message is silent or they turned notifications
 * off for the dialog. Events are recorded in storage (queryable) and handed to the sink.
 */
export class ChatAlerts {
  private readonly hub: XmppHub
  private readonly sink: PushSink

  constructor(hub: XmppHub, sink: PushSink) {
    this.hub = hub
    this.sink = sink
  }

  /**
   * Whether the user would see a message live: some available, active session with a socket. A
   * session waiting for a resume does not count — if it never comes back, the alert was due.
   */
  isActive(appId: number, userId: number): boolean {
    return this.hub.sessions
      .available(appId, userId)
      .some((session) => !session.inactive && session.link !== undefined)
  }

  /** Records and hands off an alert when the recipient needs one. Never throws. */
  async consider(candidate: AlertCandidate): Promise<void> {
    if (candidate.silent || candidate.recipientId === candidate.senderId) return
    if (this.isActive(candidate.appId, candidate.recipientId)) return
    try {
      const wanted = await this.hub.server.chat.notificationsEnabled(
        candidate.appId,
        candidate.dialogId,
        candidate.recipientId,
      )
      if (!wanted) return
      const event = await this.hub.server.storage.xmpp.addPushEvent({
        appId: candidate.appId,
        userId: candidate.recipientId,
        senderId: candidate.senderId,
        dialogId: candidate.dialogId,
        messageId: candidate.messageId,
        body: candidate.body,
        createdAt: Date.now(),
      })
      // The sink may be slow (a webhook): it must not hold up the sender's stanza queue.
      this.sink
        .deliver(event)
        .catch((error: unknown) => this.hub.log.warn({ error: String(error) }, "push sink failed"))
    } catch (error) {
      this.hub.log.warn({ error: String(error) }, "recording a chat alert failed")
    }
  }
}
