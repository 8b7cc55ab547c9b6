import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { type CubeServer, type StartOptions, startServer } from "../../src/index.ts"

export const testApp = {
  id: 4242,
  authKey: "test-auth-key",
  dialogExtensions: ["location", "color", "level"],
}

export interface TestServer extends CubeServer {
  readonly dataDir: string
  /** Closes the server and removes its data directory. */
  dispose(): Promise<void>
}

/** A real server on 127.0.0.1 and a random port, with a fresh temporary data directory. */
export const startTestServer = async (options: StartOptions = {}): Promise<TestServer> => {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "cube-server-test-"))
  const server = await startServer({
    host: "127.0.0.1",
    port: 0,
    dataDir,
    apps: [testApp],
    logLevel: "silent",
    ...options,
  })
  return {
    ...server,
    dataDir,
    dispose: async () => {
      await server.close()
      if (options.dataDir === undefined) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
