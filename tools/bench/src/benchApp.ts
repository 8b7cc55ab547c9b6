/** The one application the bench's servers serve (REST sessions and XMPP logins use it). */
export const benchApp = { id: 777, authKey: "bench-auth-key", dialogExtensions: [] } as const

/** The XMPP domain of the bench's servers (it only shapes JIDs). */
export const benchChatDomain = "localhost"
