import { defineConfig, mergeConfig } from "vitest/config"
import { sharedConfig } from "../../vitest.shared.ts"

// Hook tests run in happy-dom; a file starting with `// @vitest-environment node` runs without a DOM.
// The test server is on another origin and (like ConnectyCube's API for SDKs in Node) sends no CORS headers.
export default mergeConfig(
  sharedConfig,
  defineConfig({
    test: {
      name: "react",
      environment: "happy-dom",
      setupFiles: ["test/support/setup.ts"],
      environmentOptions: { happyDOM: { settings: { fetch: { disableSameOriginPolicy: true } } } },
    },
  }),
)
