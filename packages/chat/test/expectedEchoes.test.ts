import { describe, expect, it } from "vitest"
import { expectedEchoes } from "../src/internal/expectedEchoes.ts"

describe("expectedEchoes", () => {
  it("consumes each expected echo once, and nothing it did not expect", () => {
    const echoes = expectedEchoes()
    echoes.expect("m1 👍 ")
    echoes.expect("m1 👍 ")
    expect(echoes.consume("m1  👍")).toBe(false)
    expect(echoes.consume("m1 👍 ")).toBe(true)
    expect(echoes.consume("m1 👍 ")).toBe(true)
    expect(echoes.consume("m1 👍 ")).toBe(false)
  })

  it("forgets the oldest expectations beyond its limit", () => {
    const echoes = expectedEchoes(2)
    echoes.expect("a")
    echoes.expect("b")
    echoes.expect("c")
    expect(echoes.consume("a")).toBe(false)
    expect(echoes.consume("b")).toBe(true)
    expect(echoes.consume("c")).toBe(true)
  })
})
