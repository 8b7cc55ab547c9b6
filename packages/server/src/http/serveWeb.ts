// `--web <dir>`: a static web app (e.g. the example chat app's build) served at `/` beside the API. The API's
// routes are exact or parametric and so always win over the static catch-all; a missing file gets the API's
// JSON 404. Hashed build assets are cached for a year, everything else is revalidated.
import { existsSync, statSync } from "node:fs"
import { join, resolve } from "node:path"
import fastifyStatic from "@fastify/static"
import type { FastifyInstance } from "fastify"

/** Registers the folder `dir` (it must hold an `index.html`) to be served at `/`. */
export const serveWeb = async (app: FastifyInstance, dir: string): Promise<void> => {
  const root = resolve(dir)
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new Error(`web folder ${root} does not exist`)
  if (!existsSync(join(root, "index.html"))) throw new Error(`web folder ${root} has no index.html`)
  await app.register(fastifyStatic, {
    root,
    prefix: "/",
    index: "index.html",
    dotfiles: "deny",
    setHeaders: (response, path) => {
      response.header(
        "cache-control",
        /[\\/]assets[\\/]/.test(path) ? "public, max-age=31536000, immutable" : "no-cache",
      )
    },
  })
}
