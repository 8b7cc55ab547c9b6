import type { ChatMessage } from "../../src/types.ts"

/** A confirmed plain-text message of dialog `d` with `id` as its body; `extra` overrides any field. */
export const message = (id: string, dateSent: number, extra: Partial<ChatMessage> = {}): ChatMessage => ({
  id,
  dialogId: "d",
  senderId: 1,
  recipientId: undefined,
  body: id,
  attachments: [],
  properties: {},
  rawProperties: {},
  dateSent,
  confirmed: true,
  status: undefined,
  deliveredIds: [],
  readIds: [],
  read: false,
  reactions: { total: {}, own: [] },
  edited: false,
  silent: false,
  ...extra,
})
