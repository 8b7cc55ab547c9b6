/** Characters of every benchmark message body: the send timestamp, then padding (a typical chat line). */
export const bodyChars = 100

/** The body carrying `sentAt` (a `performance.now()` value of the bench process). */
export const bodyFor = (sentAt: number): string => `${sentAt.toFixed(4)} `.padEnd(bodyChars, "x")

/** The send timestamp a body carries. */
export const sentAtOf = (body: string): number => Number.parseFloat(body)

/** The 1-1 chat stanza a raw client sends (persisted, with the dialog id), as the SDK would. */
export const chatStanza = (to: string, id: string, dialogId: string, body: string): string =>
  `<message xmlns="jabber:client" type="chat" to="${to}" id="${id}"><body>${body}</body>` +
  `<extraParams xmlns="jabber:client"><save_to_history>1</save_to_history><dialog_id>${dialogId}</dialog_id></extraParams></message>`

const bodyPattern = /<body>([^<]*)<\/body>/

/** The body of a message stanza's text (bodies here never need XML escaping), or undefined. */
export const bodyOfStanza = (stanza: string): string | undefined => bodyPattern.exec(stanza)?.[1]
