import type { FastifySchema, HTTPMethods } from "fastify"

/** The parts of an OpenAPI 3.1 document (dereferenced) that routing and validation read. */
export interface OpenApiDocument {
  readonly security?: ReadonlyArray<Record<string, ReadonlyArray<string>>>
  readonly paths: Record<string, Record<string, unknown>>
}

interface Parameter {
  readonly name: string
  readonly in: "path" | "query" | "header" | "cookie"
  readonly required?: boolean
  readonly schema?: Record<string, unknown>
}

interface Operation {
  readonly operationId?: string
  readonly parameters?: ReadonlyArray<Parameter>
  readonly requestBody?: {
    readonly required?: boolean
    readonly content?: Record<string, { schema?: Record<string, unknown> }>
  }
  readonly security?: ReadonlyArray<Record<string, ReadonlyArray<string>>>
}

/** Who may call an operation, from its `security` requirement. */
export type Access = "public" | "session" | "session-or-auth-key"

/** One route the spec describes, ready for Fastify. */
export interface SpecRoute {
  readonly operationId: string
  readonly method: HTTPMethods
  /** Fastify path: `/chat/Dialog/{dialogId}.json` becomes `/chat/Dialog/:dialogId.json`. */
  readonly url: string
  readonly schema: FastifySchema
  readonly access: Access
}

const methods = ["get", "put", "post", "delete", "patch", "head"] as const

const accessOf = (security: ReadonlyArray<Record<string, ReadonlyArray<string>>> | undefined): Access => {
  if (security === undefined || security.length === 0) return "public"
  const schemes = new Set(security.flatMap((requirement) => Object.keys(requirement)))
  if (security.some((requirement) => Object.keys(requirement).length === 0)) return "public"
  return schemes.has("CBAuthKey") ? "session-or-auth-key" : "session"
}

const objectOf = (parameters: ReadonlyArray<Parameter>, where: Parameter["in"]) => {
  const selected = parameters.filter((parameter) => parameter.in === where)
  if (selected.length === 0) return undefined
  return {
    type: "object",
    properties: Object.fromEntries(selected.map((parameter) => [parameter.name, parameter.schema ?? {}])),
    required: selected.filter((parameter) => parameter.required).map((parameter) => parameter.name),
  }
}

/**
 * Urlencoded bodies (DELETE parameters) carry only strings, so they are validated with type
 * coercion like query strings; JSON bodies are validated strictly (see `createValidator`).
 */
export const coerceMarker = "x-cube-coerce"

const bodySchema = (contentType: string, schema: Record<string, unknown>) =>
  contentType.startsWith("application/x-www-form-urlencoded") ? { ...schema, [coerceMarker]: true } : schema

/** Turns each operation of the spec into a route with its validation schema and access rule. */
export const specRoutes = (document: OpenApiDocument): SpecRoute[] => {
  const routes: SpecRoute[] = []
  for (const [path, item] of Object.entries(document.paths)) {
    const shared = (item.parameters ?? []) as ReadonlyArray<Parameter>
    for (const method of methods) {
      const operation = item[method] as Operation | undefined
      if (operation === undefined) continue
      if (operation.operationId === undefined)
        throw new Error(`${method.toUpperCase()} ${path} has no operationId`)
      const parameters = [...shared, ...(operation.parameters ?? [])]
      const schema: { params?: unknown; querystring?: unknown; body?: unknown } = {}
      const params = objectOf(parameters, "path")
      const querystring = objectOf(parameters, "query")
      if (params) schema.params = params
      if (querystring) schema.querystring = querystring
      const content = operation.requestBody?.content
      // Uploads are validated by their handler (multipart streams); every other body by the spec.
      if (content && !("multipart/form-data" in content)) {
        schema.body = {
          content: Object.fromEntries(
            Object.entries(content).map(([type, media]) => [
              type,
              { schema: bodySchema(type, media.schema ?? {}) },
            ]),
          ),
        }
      }
      routes.push({
        operationId: operation.operationId,
        method: method.toUpperCase() as HTTPMethods,
        url: path.replace(/\{([^}]+)\}/g, ":$1"),
        schema: schema as FastifySchema,
        access: accessOf(operation.security ?? document.security),
      })
    }
  }
  return routes
}
