/**
 * A server in a child process (`fork` this file with a data directory), for tests that must kill
 * a server outright, as a crash would: it reports `{ url, wsUrl }` over IPC once it listens and
 * runs until it is killed or its parent goes away.
 */
import { startServer } from "../../src/index.ts"
import { testApp } from "./testServer.ts"

const dataDir = process.argv[2]
if (dataDir === undefined) throw new Error("usage: serverProcess.ts <dataDir>")
const server = await startServer({ host: "127.0.0.1", port: 0, dataDir, apps: [testApp], logLevel: "silent" })
process.send?.({ url: server.url, wsUrl: server.wsUrl })
process.on("disconnect", () => process.exit(0))
