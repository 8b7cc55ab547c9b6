import { blobs } from "./schema/blobs.ts"
import { chat, chatFtsInBatches } from "./schema/chat.ts"
import { core } from "./schema/core.ts"
import { data } from "./schema/data.ts"
import { xmpp } from "./schema/xmpp.ts"

/** A forward-only schema step; applied once, in order, inside a transaction. */
export interface Migration {
  readonly id: string
  readonly sql: string
}

/** Every migration, in the order they apply. Append; never edit one that has shipped. */
export const migrations: ReadonlyArray<Migration> = [core, chat, blobs, data, xmpp, chatFtsInBatches]
