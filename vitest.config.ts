// Editor and ad-hoc runs: every package as a vitest project (nx runs them one by one).
import { defineConfig } from "vitest/config"

export default defineConfig({
  test: { projects: ["packages/*", "tools/*", "examples/*"] },
})
