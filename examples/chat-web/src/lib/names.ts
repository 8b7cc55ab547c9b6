// How people and dialogs are named and pictured.
import type { ChatDialog, User } from "@cube/chat"

/** A user's display name. */
export const userName = (user: User | undefined, fallbackId?: number): string =>
  user?.full_name || user?.login || (fallbackId === undefined ? "…" : `User ${fallbackId}`)

/** The other member of a private dialog. */
export const peerOf = (dialog: ChatDialog, me: number | undefined): number | undefined =>
  dialog.type === 3 ? dialog.occupantIds.find((id) => id !== me) : undefined

/** Initials for an avatar. */
export const initials = (name: string): string =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? "")
    .join("") || "?"

const palette = ["#6366f1", "#0ea5e9", "#10b981", "#f59e0b", "#ef4444", "#8b5cf6", "#ec4899", "#14b8a6"]

/** A stable colour for a name or id. */
export const colourOf = (seed: string | number): string => {
  let hash = 0
  for (const char of String(seed)) hash = (hash * 31 + char.charCodeAt(0)) | 0
  return palette[Math.abs(hash) % palette.length] ?? "#6366f1"
}
