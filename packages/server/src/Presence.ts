/**
 * Who is online: the XMPP side registers each bound resource here; REST's online list and count,
 * and last activity, read it. Kept in memory: presence ends with the process anyway.
 */
export class Presence {
  /** `appId:userId` → number of live XMPP resources. */
  private readonly resources = new Map<string, number>()

  private key(appId: number, userId: number) {
    return `${appId}:${userId}`
  }

  connected(appId: number, userId: number): void {
    const key = this.key(appId, userId)
    this.resources.set(key, (this.resources.get(key) ?? 0) + 1)
  }

  disconnected(appId: number, userId: number): void {
    const key = this.key(appId, userId)
    const left = (this.resources.get(key) ?? 0) - 1
    if (left > 0) this.resources.set(key, left)
    else this.resources.delete(key)
  }

  isOnline(appId: number, userId: number): boolean {
    return this.resources.has(this.key(appId, userId))
  }

  /** Online user ids of one app, ascending. */
  onlineUserIds(appId: number): number[] {
    const prefix = `${appId}:`
    const ids: number[] = []
    for (const key of this.resources.keys())
      if (key.startsWith(prefix)) ids.push(Number(key.slice(prefix.length)))
    return ids.sort((a, b) => a - b)
  }
}
