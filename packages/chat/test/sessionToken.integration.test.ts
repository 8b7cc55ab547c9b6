import { describe, expect, it } from "vitest"
import { createChat } from "../src/index.ts"
import { chatOptions, createUser, next, record, serverWithClients, type TestServer } from "./support/chat.ts"

let server: TestServer
const pool = serverWithClients((started) => {
  server = started
})
const open = pool.open

/** The server forgets a session, as when it expires. */
const expire = async (token: string) => {
  const response = await fetch(`${server.url}/session.json`, {
    method: "DELETE",
    headers: { "CB-Token": token },
  })
  expect(response.ok).toBe(true)
}

const attempts = (seen: ReadonlyArray<{ status: string; delayMs?: number | undefined }>) =>
  seen.filter((state) => state.status === "reconnecting" && state.delayMs === undefined).length

describe("the chat logs in with the REST session token", () => {
  it("after a password login, a refused (expired) token is renewed once from the password, at once", async () => {
    const { chat } = await open(server)
    const first = chat.stores.session.getSnapshot().token
    expect(first).toBeTruthy()
    await expire(first!)
    const states = record(chat, "connection")
    // The reconnect authenticates again (before resuming): the expired token is refused, then renewed.
    const connected = next(chat, "connection", (state) => state.status === "connected")
    await chat.terminate()
    await connected
    states.off()
    const second = chat.stores.session.getSnapshot().token
    expect(second).toBeTruthy()
    expect(second).not.toBe(first)
    expect(attempts(states.seen)).toBe(2)
    expect(states.seen.some((state) => state.status === "failed")).toBe(false)
    // The renewed session serves REST too.
    const response = await fetch(`${server.url}/session.json`, { headers: { "CB-Token": second! } })
    expect(response.ok).toBe(true)
  })

  it("an adopted token that expired cannot be renewed: the connection fails without retrying", async () => {
    const user = await createUser(server)
    const client = createChat(chatOptions(server))
    try {
      await client.connect({ token: user.token })
      const states = record(client, "connection")
      await expire(user.token)
      const failed = next(client, "connection", (state) => state.status === "failed")
      await client.terminate()
      const state = await failed
      states.off()
      expect(state.error?.reason._tag).toBe("AuthenticationFailed")
      expect(attempts(states.seen)).toBe(2)
    } finally {
      await client.destroy()
    }
  })
})
