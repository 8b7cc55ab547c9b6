/** ISO-8601 with a `Z` and whole seconds, as ConnectyCube writes `created_at`/`updated_at`. */
export const isoTime = (ms: number): string =>
  new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(".000Z", "Z")

/** Unix seconds from milliseconds. */
export const unixSeconds = (ms: number): number => Math.floor(ms / 1000)
