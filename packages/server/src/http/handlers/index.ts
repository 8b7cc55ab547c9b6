import type { Handlers } from "../CubeContext.ts"
import { blobHandlers } from "./blobs.ts"
import { dataHandlers } from "./data.ts"
import { sessionHandlers } from "./session.ts"
import { userHandlers } from "./users.ts"

/** Every REST handler, by the spec's operationId. */
export const handlers: Handlers = {
  ...sessionHandlers,
  ...userHandlers,
  ...blobHandlers,
  ...dataHandlers,
}
