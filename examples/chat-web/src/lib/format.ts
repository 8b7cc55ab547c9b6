// Dates and sizes as people read them.

const time = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" })
const weekday = new Intl.DateTimeFormat(undefined, { weekday: "short" })
const day = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short" })
const longDay = new Intl.DateTimeFormat(undefined, { weekday: "long", day: "numeric", month: "long" })

const startOfDay = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime()

/** `14:05` today, `Tue` this week, `3 Mar` before. */
export const shortTime = (unixSeconds: number | null | undefined): string => {
  if (!unixSeconds) return ""
  const date = new Date(unixSeconds * 1000)
  const days = (startOfDay(new Date()) - startOfDay(date)) / 86_400_000
  if (days < 1) return time.format(date)
  if (days < 7) return weekday.format(date)
  return day.format(date)
}

/** `14:05`. */
export const clock = (unixSeconds: number): string => time.format(new Date(unixSeconds * 1000))

/** `Today`, `Yesterday`, `Tuesday 3 March`. */
export const dayLabel = (unixSeconds: number): string => {
  const date = new Date(unixSeconds * 1000)
  const days = (startOfDay(new Date()) - startOfDay(date)) / 86_400_000
  if (days < 1) return "Today"
  if (days < 2) return "Yesterday"
  return longDay.format(date)
}

/** Whether two unix times fall on the same day. */
export const sameDay = (a: number, b: number): boolean =>
  startOfDay(new Date(a * 1000)) === startOfDay(new Date(b * 1000))

/** `last seen just now`, `last seen 5 min ago`, `last seen yesterday at 14:05`. */
export const lastSeen = (date: Date): string => {
  const seconds = Math.max(0, (Date.now() - date.getTime()) / 1000)
  if (seconds < 60) return "last seen just now"
  if (seconds < 3600) return `last seen ${Math.floor(seconds / 60)} min ago`
  const unix = date.getTime() / 1000
  if (sameDay(unix, Date.now() / 1000)) return `last seen at ${clock(unix)}`
  return `last seen ${dayLabel(unix).toLowerCase()} at ${clock(unix)}`
}

/** `12 KB`, `3.4 MB`. */
export const fileSize = (bytes: number): string => {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
