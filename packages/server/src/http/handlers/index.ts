import type { Handlers } from "../CubeContext.ts"
import { blobHandlers } from "./blobs.ts"
import { dataHandlers } from "./data.ts"
import { dialogHandlers } from "./dialogs.ts"
import { messageHandlers } from "./messages.ts"
import { searchHandlers } from "./search.ts"
import { sessionHandlers } from "./session.ts"
import { userHandlers } from "./users.ts"

/** Every REST handler, by the spec's operationId. */
export const handlers: Handlers = {
  ...sessionHandlers,
  ...userHandlers,
  ...blobHandlers,
  ...dataHandlers,
  ...dialogHandlers,
  ...messageHandlers,
  ...searchHandlers,
}
