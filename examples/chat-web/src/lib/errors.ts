// A ChatError (or anything else) as a sentence for people.
import { isChatError } from "@cube/chat"

/** What went wrong, in words. */
export const errorText = (error: unknown): string => {
  if (!isChatError(error)) return error instanceof Error ? error.message : "Something went wrong"
  const reason = error.reason
  switch (reason._tag) {
    case "AuthenticationFailed":
      return "Wrong login or password."
    case "Blocked":
      return "This person does not accept your messages."
    case "SendTimeout":
      return "Not delivered: the server did not confirm in time."
    case "RequestFailed":
      if (reason.status === 422) {
        const errors = reason.errors as { base?: string[] } | Record<string, string[]> | undefined
        const first = errors === undefined ? undefined : Object.values(errors).flat()[0]
        return first ? `${first[0]?.toUpperCase()}${first.slice(1)}` : "Please check the form."
      }
      return reason.kind === "network" ? "Cannot reach the server." : reason.message
    default:
      return reason.message
  }
}
