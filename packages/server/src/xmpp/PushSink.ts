import type { PushEventRecord } from "../storage/XmppStore.ts"
import type { XmppLog } from "./XmppHub.ts"

/**
 * Where chat alerts go once recorded. There is no push provider here: a deployment plugs in a sink
 * (APNs/FCM bridge, a queue…); the built-in ones log or POST JSON to a webhook.
 */
export interface PushSink {
  deliver(event: PushEventRecord): Promise<void>
}

/** Logs each alert at debug level. */
export class LoggingPushSink implements PushSink {
  private readonly log: XmppLog

  constructor(log: XmppLog) {
    this.log = log
  }

  async deliver(event: PushEventRecord): Promise<void> {
    this.log.debug({ push: event }, "chat alert")
  }
}

/** POSTs each alert as JSON to a URL; failures are logged, never retried, never thrown. */
export class WebhookPushSink implements PushSink {
  private readonly url: string
  private readonly log: XmppLog
  private readonly timeoutMs: number

  constructor(url: string, log: XmppLog, timeoutMs = 5_000) {
    this.url = url
    this.log = log
    this.timeoutMs = timeoutMs
  }

  async deliver(event: PushEventRecord): Promise<void> {
    try {
      const response = await fetch(this.url, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          id: event.id,
          application_id: event.appId,
          recipient_id: event.userId,
          sender_id: event.senderId,
          dialog_id: event.dialogId,
          message_id: event.messageId,
          message: event.body,
          created_at: event.createdAt,
        }),
        signal: AbortSignal.timeout(this.timeoutMs),
      })
      if (!response.ok)
        this.log.warn({ status: response.status, url: this.url }, "push webhook refused a chat alert")
      await response.body?.cancel()
    } catch (error) {
      this.log.warn({ error: String(error), url: this.url }, "push webhook failed")
    }
  }
}
