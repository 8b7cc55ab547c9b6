// Which operations of the spec a test run really called: a fetch wrapper (handed to the client as
// its `fetch`, so the typed calls and the upload helper's own POST both pass through it) maps each
// request's method and path to its operationId with the spec's path templates.
import type { FetchLike } from "../../src/index.ts"
import { findOperation, operations } from "./spec.ts"

/** Records the operationId of every request sent through `wrap`ped fetches. */
export interface OperationRecorder {
  /** A fetch that records each request, then sends it with `fetch` (the global one by default). */
  wrap(fetch?: FetchLike): FetchLike
  /** operationId → number of requests sent. */
  readonly calls: ReadonlyMap<string, number>
  /** `METHOD path` of requests no operation of the spec matches. */
  readonly unmatched: ReadonlyArray<string>
}

/** Every operationId the spec defines. */
export const specOperationIds = (): ReadonlySet<string> =>
  new Set(operations().map((entry) => entry.operation.operationId))

/** Creates an empty recorder. */
export const createOperationRecorder = (): OperationRecorder => {
  const calls = new Map<string, number>()
  const unmatched: string[] = []
  return {
    calls,
    unmatched,
    wrap:
      (fetch = (request) => globalThis.fetch(request)) =>
      (request) => {
        const { pathname } = new URL(request.url)
        const operationId = findOperation(request.method, pathname)?.operation.operationId
        if (operationId === undefined) unmatched.push(`${request.method} ${pathname}`)
        else calls.set(operationId, (calls.get(operationId) ?? 0) + 1)
        return fetch(request)
      },
  }
}
