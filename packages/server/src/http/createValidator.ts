import { Ajv, type Options } from "ajv"
import addFormats from "ajv-formats"
import type { FastifySchemaCompiler } from "fastify"
import { coerceMarker } from "./specRoutes.ts"

const options: Options = { allErrors: true, strict: false, useDefaults: true, removeAdditional: false }

const withFormats = (ajv: Ajv) => {
  addFormats.default(ajv)
  return ajv
}

/**
 * Two validators: query strings, path parameters and urlencoded bodies arrive as text, so they
 * are coerced (`"5"` → 5, `a` → `[a]`); JSON bodies have real types and are checked strictly, so
 * `["x"]` where a string belongs is refused instead of quietly unwrapped.
 */
export const createValidator = (): FastifySchemaCompiler<Record<string, unknown>> => {
  const strict = withFormats(new Ajv({ ...options, coerceTypes: false }))
  const lenient = withFormats(new Ajv({ ...options, coerceTypes: "array" }))
  return ({ schema, httpPart }) => {
    const ajv = httpPart === "body" && schema[coerceMarker] !== true ? strict : lenient
    return ajv.compile(schema)
  }
}
