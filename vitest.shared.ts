// Shared vitest settings for every package: run sibling packages from source through the
// `@cube/source` export condition, so no test needs a build of its dependencies.
import { defineConfig } from "vitest/config"

export const sourceConditions = ["@cube/source"]

export const sharedConfig = defineConfig({
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: sourceConditions } },
  test: {
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    reporters: process.env.CUBE_REPORT_DIR
      ? [
          "default",
          [
            "json",
            {
              outputFile: `${process.env.CUBE_REPORT_DIR}/${process.env.npm_package_name?.replace("/", "__") ?? "vitest"}.json`,
            },
          ],
        ]
      : ["default"],
  },
})
