import cors from "@fastify/cors"
import multipart from "@fastify/multipart"
import Fastify, { type FastifyError, type FastifyInstance } from "fastify"
import qs from "qs"
import type { ServerContext } from "../ServerContext.ts"
import { authenticate } from "./authenticate.ts"
import type { CubeContext, Handlers } from "./CubeContext.ts"
import { createValidator } from "./createValidator.ts"
import { HttpError } from "./HttpError.ts"
import { type OpenApiDocument, specRoutes } from "./specRoutes.ts"

/** Query strings and urlencoded bodies as the SDKs write them: `a[b]=1`, `id[in][]=1`, `k=a,b`. */
const parseQuery = (text: string) =>
  qs.parse(text, { depth: 4, arrayLimit: 200, parameterLimit: 500, allowPrototypes: false }) as Record<
    string,
    unknown
  >

/** `/user/login` in an ajv error becomes the field name `login`; errors on the whole body are `base`. */
const fieldOf = (instancePath: string, missing: unknown) =>
  (typeof missing === "string" ? missing : instancePath.split("/").filter(Boolean).at(-1)) ?? "base"

const validationBody = (error: FastifyError) => {
  const errors: Record<string, string[]> = {}
  for (const issue of error.validation ?? []) {
    const field = fieldOf(issue.instancePath, (issue.params as { missingProperty?: unknown }).missingProperty)
    const where = error.validationContext === "querystring" ? "query" : error.validationContext
    const messages = errors[field] ?? []
    messages.push(`${where}${issue.instancePath || ""} ${issue.message ?? "is invalid"}`.trim())
    errors[field] = messages
  }
  return { errors }
}

/**
 * The REST side: one Fastify route per operation of the spec, validated by the spec's schemas,
 * authenticated per the operation's `security`, answered by the handler of its `operationId`.
 */
export const createHttpApp = (
  server: ServerContext,
  document: OpenApiDocument,
  handlers: Handlers,
): FastifyInstance => {
  const app = Fastify({
    logger: server.config.logLevel === "silent" ? false : { level: server.config.logLevel },
    bodyLimit: server.config.maxBodyBytes,
    // close() ends every connection: a keep-alive socket that finished a streamed download just as
    // close began is not "idle" yet and would otherwise hold close() open for the keep-alive timeout.
    forceCloseConnections: true,
    routerOptions: { querystringParser: parseQuery, ignoreTrailingSlash: true },
  })
  app.setValidatorCompiler(createValidator())

  // Blob uploads: streamed by their handler, one file per request, within the configured size.
  // Browser apps on other origins call the API too: auth is a header token, never a cookie, so
  // any origin may read responses (as the ConnectyCube API allows).
  app.register(cors, {
    origin: "*",
    methods: ["GET", "HEAD", "POST", "PUT", "DELETE"],
    allowedHeaders: ["CB-Token", "CB-AuthKey", "CB-SDK", "Content-Type"],
    maxAge: 86_400,
  })
  app.register(multipart, {
    limits: {
      fileSize: server.config.maxBlobBytes,
      files: 1,
      fields: 20,
      fieldSize: 4096,
      parts: 22,
      headerPairs: 100,
    },
  })
  app.addContentTypeParser(
    "application/x-www-form-urlencoded",
    { parseAs: "string" },
    (_request, body, done) => {
      done(null, parseQuery(String(body)))
    },
  )
  // The SDKs send `Content-Type: application/json` on some body-less requests; an empty body is no body.
  app.addContentTypeParser("application/json", { parseAs: "string" }, (_request, body, done) => {
    const text = String(body)
    if (text.trim() === "") return done(null, undefined)
    try {
      done(null, JSON.parse(text))
    } catch {
      done(new HttpError(400, { errors: { base: ["The request body is not valid JSON"] } }), undefined)
    }
  })

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpError) return reply.code(error.status).send(error.body)
    if (error.validation) return reply.code(422).send(validationBody(error))
    if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE")
      return reply.code(413).send({ errors: { base: ["The request body is too large"] } })
    if (error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE")
      return reply.code(415).send({ errors: { base: [`Unsupported content type`] } })
    if (typeof error.statusCode === "number" && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.code(error.statusCode).send({ errors: { base: [error.message] } })
    }
    request.log.error(error)
    return reply.code(500).send({ errors: { base: ["Internal server error"] } })
  })
  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .send({ errors: { base: [`No route for ${request.method} ${request.url.split("?")[0]}`] } }),
  )

  for (const route of specRoutes(document)) {
    const handler = handlers[route.operationId]
    if (handler === undefined) continue
    app.route({
      method: route.method,
      url: route.url,
      schema: route.schema,
      handler: async (request, reply) => {
        const caller = await authenticate(server, request, route.access)
        const app = caller.app ?? server.config.apps[0]
        if (app === undefined)
          throw new HttpError(500, { errors: { base: ["No application is configured"] } })
        const context: CubeContext = {
          server,
          app,
          session: caller.session,
          userId: caller.session?.userId ?? 0,
          params: (request.params ?? {}) as Record<string, string>,
          query: (request.query ?? {}) as Record<string, unknown>,
          body: request.body,
          request,
          reply,
        }
        const result = await handler(context)
        if (reply.sent) return reply
        if (result === undefined) return reply.type("text/plain; charset=utf-8").send("")
        return reply.send(result)
      },
    })
  }
  return app
}
