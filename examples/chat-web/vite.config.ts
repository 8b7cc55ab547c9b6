// Vite 8 (rolldown) builds the app into dist/, which `cube-server --web dist` serves beside the API.
// `pnpm dev` proxies the API and the chat socket to a server on CUBE_SERVER (default http://127.0.0.1:8080).
import react from "@vitejs/plugin-react"
import { defaultClientConditions, defineConfig } from "vite"

const server = process.env.CUBE_SERVER ?? "http://127.0.0.1:8080"

export default defineConfig({
  plugins: [react()],
  // The workspace packages are bundled from source (their `@cube/source` export condition): no package build needed.
  resolve: { conditions: ["@cube/source", ...defaultClientConditions] },
  // One bundle: React, the SDK (Effect, xmpp) and the app, about 160 KB gzip.
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 800 },
  server: {
    proxy: {
      "^/(session|users|chat|blobs|data|login)": { target: server },
      "/ws": { target: server.replace(/^http/, "ws"), ws: true },
    },
  },
})
