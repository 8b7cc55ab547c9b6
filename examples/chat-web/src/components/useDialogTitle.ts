import type { ChatDialog } from "@cube/chat"
import { useSession, useUser } from "@cube/react"
import { peerOf, userName } from "../lib/names.ts"

/** A dialog's title (the other person's name for a private one) and, for private dialogs, the peer's id. */
export const useDialogTitle = (
  dialog: ChatDialog | undefined,
): { title: string; peerId: number | undefined } => {
  const { userId } = useSession()
  const peerId = dialog === undefined ? undefined : peerOf(dialog, userId)
  const peer = useUser(peerId)
  if (dialog === undefined) return { title: "", peerId }
  if (dialog.type === 3) return { title: userName(peer, peerId), peerId }
  return { title: dialog.name || "Untitled group", peerId }
}
