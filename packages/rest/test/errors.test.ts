// RestError: what it carries and how it reads.
import { describe, expect, it } from "vitest"
import { isRestError, RestError, SESSION_EXPIRED_MESSAGE } from "../src/index.ts"

describe("RestError", () => {
  it("carries the status, the server's errors and a readable message", () => {
    const error = new RestError({
      reason: "http",
      status: 422,
      body: { errors: { base: ["Bad"], login: ["is too short", "is invalid"] } },
    })
    expect(error).toBeInstanceOf(Error)
    expect(error._tag).toBe("RestError")
    expect(error.name).toBe("RestError")
    expect(error.errors).toEqual({ base: ["Bad"], login: ["is too short", "is invalid"] })
    expect(error.message).toBe("Bad; login is too short; login is invalid")
    expect(error.isSessionExpired).toBe(false)
  })

  it("reads a plain list of messages", () => {
    expect(new RestError({ reason: "http", status: 404, body: { errors: ["Not found"] } }).message).toBe(
      "Not found",
    )
  })

  it("recognises exactly the session-expired 401", () => {
    const body = { errors: { base: [SESSION_EXPIRED_MESSAGE] } }
    expect(new RestError({ reason: "http", status: 401, body }).isSessionExpired).toBe(true)
    expect(new RestError({ reason: "http", status: 403, body }).isSessionExpired).toBe(false)
    expect(
      new RestError({ reason: "http", status: 401, body: { errors: { base: ["Unauthorized"] } } })
        .isSessionExpired,
    ).toBe(false)
    expect(
      new RestError({ reason: "http", status: 401, body: { errors: [SESSION_EXPIRED_MESSAGE] } })
        .isSessionExpired,
    ).toBe(false)
  })

  it("describes failures without an answer", () => {
    const error = new RestError({ reason: "network", status: 0, cause: new TypeError("fetch failed") })
    expect(error.errors).toBeUndefined()
    expect(error.message).toBe("HTTP 0")
    expect(error.cause).toBeInstanceOf(TypeError)
  })

  it("is recognised by isRestError, also as a structural copy", () => {
    expect(isRestError(new RestError({ reason: "timeout", status: 0 }))).toBe(true)
    expect(isRestError({ _tag: "RestError" })).toBe(true)
    expect(isRestError(new Error("x"))).toBe(false)
    expect(isRestError(undefined)).toBe(false)
  })
})
