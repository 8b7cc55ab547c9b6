import { defineConfig, mergeConfig } from "vitest/config"
import { sharedConfig } from "../../vitest.shared.ts"

// The end-to-end test drives a real chromium against the built app served by an in-process server.
export default mergeConfig(
  sharedConfig,
  defineConfig({ test: { name: "chat-web", testTimeout: 60_000, hookTimeout: 600_000 } }),
)
