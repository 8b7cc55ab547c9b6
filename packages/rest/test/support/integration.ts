// The setting of the end-to-end suites: one real @cube/server (in-process, random port, temporary
// data directory) and clients whose every request goes through one OperationRecorder.
import { afterAll, beforeAll, expect } from "vitest"
import { startTestServer, type TestServer, testApp } from "../../../server/test/support/testServer.ts"
import {
  createRestClient,
  isRestError,
  type RestClient,
  type RestClientOptions,
  type RestResponse,
  type User,
} from "../../src/index.ts"
import { createOperationRecorder, type OperationRecorder } from "./operationRecorder.ts"

/** A signed-up user with a client holding their session. */
export interface Member {
  readonly client: RestClient
  readonly user: User
  readonly login: string
  readonly password: string
  readonly token: string
}

/** What every area suite gets: the server, recorded clients and signed-in members. */
export interface IntegrationEnv {
  /** The running server (available once the suite's beforeAll ran). */
  readonly server: TestServer
  readonly app: { readonly appId: number; readonly authKey: string }
  readonly recorder: OperationRecorder
  /** A client of the server whose requests are recorded. */
  client(options?: Omit<RestClientOptions, "baseUrl" | "fetch">): RestClient
  /** Signs a new user up (with CB-AuthKey) and logs a fresh client in as them. */
  member(name: string, profile?: { readonly email?: string }): Promise<Member>
}

let counter = 0

/** Starts a server before the suites and disposes of it after them. */
export const integrationEnv = (): IntegrationEnv => {
  let server: TestServer | undefined
  const recorder = createOperationRecorder()
  const app = { appId: testApp.id, authKey: testApp.authKey }

  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(async () => {
    await server?.dispose()
  })

  const env: IntegrationEnv = {
    get server() {
      if (server === undefined) throw new Error("the test server is not running")
      return server
    },
    app,
    recorder,
    client: (options = {}) =>
      createRestClient({ baseUrl: env.server.url, timeout: 10_000, ...options, fetch: recorder.wrap() }),
    member: async (name, profile = {}) => {
      counter += 1
      const login = `${name}-${counter}`
      const password = `${login}-pass`
      const client = env.client()
      const user = ok(
        await client.signUp({ user: { login, password, full_name: name, ...profile }, authKey: app.authKey }),
      )
      const session = ok(await client.createSession({ ...app, login, password }))
      return { client, user, login, password, token: session.token }
    },
  }
  return env
}

/** The data of a call that must succeed (fails the test with the RestError otherwise). */
export const ok = <T>(result: RestResponse<T>): T => {
  if (result.error)
    throw new Error(`expected success, got ${result.error.status}: ${result.error.message}`, {
      cause: result.error,
    })
  return result.data
}

/** The RestError of a call that must fail with an HTTP answer. */
export const refused = <T>(result: RestResponse<T>) => {
  expect(result.data).toBeUndefined()
  expect(isRestError(result.error)).toBe(true)
  expect(result.error?.reason).toBe("http")
  return { status: result.error?.status, errors: result.error?.errors }
}
