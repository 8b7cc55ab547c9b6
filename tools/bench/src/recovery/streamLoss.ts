/** What happened to a stream of uniquely tagged messages. */
export interface StreamLoss {
  readonly sent: number
  /** Sent but never shown to the receiver (live or caught up). */
  readonly lost: number
  /** Sent but not in the server's history. */
  readonly notStored: number
  /** Receptions beyond the first of a message. */
  readonly duplicates: number
}

/**
 * Counts a stream's losses: `sent` holds every tag the app handed to its client, `received` every
 * tag the receiving app saw (repeats included), `stored` the tags in the server's history.
 */
export const streamLoss = (
  sent: ReadonlyArray<string>,
  received: ReadonlyArray<string>,
  stored: Iterable<string>,
): StreamLoss => {
  const seen = new Set(received)
  const kept = new Set(stored)
  return {
    sent: sent.length,
    lost: sent.filter((tag) => !seen.has(tag)).length,
    notStored: sent.filter((tag) => !kept.has(tag)).length,
    duplicates: received.length - seen.size,
  }
}
