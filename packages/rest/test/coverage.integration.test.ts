// Every operation of the spec, end to end: @cube/rest's typed calls and helpers against a real
// @cube/server, area by area, then a check that the requests the clients sent hit every operationId.
//
// Why one test file: vitest runs each file in its own worker, in no guaranteed order, so a coverage
// check in a file of its own could run before (or beside) the area suites and see none of their
// requests; gathering records through files per worker would still need a way to run it last. Here
// the area suites (test/integration/*.ts, not test files themselves) are registered from this one
// file against one server, every client they make sends through one recording fetch, and the last
// test — which vitest runs after the others of the file — compares what was called with the spec.
import { describe, expect, it } from "vitest"
import { blobsSuite } from "./integration/blobs.ts"
import { dataSuite } from "./integration/data.ts"
import { dialogsSuite } from "./integration/dialogs.ts"
import { messagesSuite } from "./integration/messages.ts"
import { sessionSuite } from "./integration/session.ts"
import { usersSuite } from "./integration/users.ts"
import { integrationEnv } from "./support/integration.ts"
import { specOperationIds } from "./support/operationRecorder.ts"

const env = integrationEnv()

sessionSuite(env)
usersSuite(env)
dialogsSuite(env)
messagesSuite(env)
blobsSuite(env)
dataSuite(env)

describe("coverage", () => {
  it("called every operationId of the spec through the client", () => {
    const spec = specOperationIds()
    expect(spec.size).toBeGreaterThan(0)
    const missing = [...spec].filter((operationId) => !env.recorder.calls.has(operationId)).sort()
    expect(missing, `operations never called: ${missing.join(", ")}`).toEqual([])
    expect(env.recorder.unmatched).toEqual([])
  })
})
