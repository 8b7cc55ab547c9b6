// The dereferenced spec the server validates with, and an ajv check of a captured request against
// it: find the operation by method and path template, then validate path parameters, the query
// (parsed with qs as the server does) and the body (JSON, urlencoded or multipart).
import { readFileSync } from "node:fs"
import { Ajv2020 } from "ajv/dist/2020.js"
import addFormats from "ajv-formats"
import qs from "qs"
import type { Captured } from "./fakeFetch.ts"

type Schema = Record<string, unknown>
interface Parameter {
  readonly name: string
  readonly in: string
  readonly required?: boolean
  readonly style?: string
  readonly schema?: Schema
}
interface Operation {
  readonly operationId: string
  readonly parameters?: ReadonlyArray<Parameter>
  readonly requestBody?: { readonly required?: boolean; readonly content: Record<string, { schema: Schema }> }
  readonly responses: Record<string, { readonly content?: Record<string, { schema: Schema }> }>
}
type PathItem = Record<string, unknown> & { parameters?: ReadonlyArray<Parameter> }

export const spec = JSON.parse(
  readFileSync(new URL("../../../server/src/generated/openapi.json", import.meta.url), "utf8"),
) as {
  paths: Record<string, PathItem>
}

export const methods = ["get", "put", "post", "delete"] as const

// Text on the wire (path, query, urlencoded and multipart fields) is coerced to the schema's types,
// as the server does; JSON bodies and responses must have the right types already.
const withFormats = (ajv: Ajv2020): Ajv2020 => (addFormats as unknown as (ajv: Ajv2020) => Ajv2020)(ajv)
const coercing = withFormats(new Ajv2020({ coerceTypes: "array", allErrors: true, strict: false }))
const exact = withFormats(new Ajv2020({ allErrors: true, strict: false }))

const errorsOf = (schema: Schema, data: unknown, where: string, ajv: Ajv2020 = coercing): string[] => {
  const validate = ajv.compile(schema)
  return validate(data)
    ? []
    : (validate.errors ?? []).map((error) => `${where}${error.instancePath} ${error.message}`)
}

/** Every operation of the spec as `METHOD template`. */
export const operations = (): Array<{
  method: string
  template: string
  operation: Operation
  shared: ReadonlyArray<Parameter>
}> =>
  Object.entries(spec.paths).flatMap(([template, item]) =>
    methods.flatMap((method) => {
      const operation = item[method] as Operation | undefined
      return operation
        ? [{ method: method.toUpperCase(), template, operation, shared: item.parameters ?? [] }]
        : []
    }),
  )

const templateRegex = (template: string) =>
  new RegExp(`^${template.replace(/[.]/g, "\\.").replace(/\{([^}]+)\}/g, "(?<$1>[^/]+)")}$`)

/** The operation a request hits; the most literal template wins (`/blobs/{blobId}.json` over `/blobs/{uid}`). */
export const findOperation = (method: string, path: string) => {
  const candidates = operations()
    .filter((entry) => entry.method === method)
    .map((entry) => ({ ...entry, match: templateRegex(entry.template).exec(path) }))
    .filter((entry) => entry.match !== null)
    .sort((a, b) => b.template.replace(/\{[^}]+\}/g, "").length - a.template.replace(/\{[^}]+\}/g, "").length)
  return candidates[0]
}

const parseOptions = { depth: 4, arrayLimit: 200, parameterLimit: 500, allowPrototypes: false }

const objectSchema = (parameters: ReadonlyArray<Parameter>, closed: boolean): Schema => ({
  type: "object",
  properties: Object.fromEntries(parameters.map((parameter) => [parameter.name, parameter.schema ?? {}])),
  required: parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name),
  ...(closed ? { additionalProperties: false } : {}),
})

const multipartFields = async (call: Captured): Promise<Record<string, string>> => {
  const form = await new Request("http://multipart", {
    method: "POST",
    body: call.body ?? "",
    headers: { "Content-Type": call.headers["content-type"] ?? "" },
  }).formData()
  const fields: Record<string, string> = {}
  for (const [key, value] of form) fields[key] = typeof value === "string" ? value : await value.text()
  return fields
}

/** Validates a captured request against the spec; resolves with the problems (none when it conforms). */
export const requestProblems = async (
  call: Captured,
): Promise<{ operationId: string | undefined; problems: string[] }> => {
  const found = findOperation(call.method, call.path)
  if (!found) return { operationId: undefined, problems: [`no operation for ${call.method} ${call.path}`] }
  const { operation, shared, match } = found
  const parameters = [...shared, ...(operation.parameters ?? [])]
  const problems: string[] = []

  const pathValues = Object.fromEntries(
    Object.entries(match?.groups ?? {}).map(([key, value]) => [key, decodeURIComponent(value)]),
  )
  problems.push(
    ...errorsOf(
      objectSchema(
        parameters.filter((parameter) => parameter.in === "path"),
        true,
      ),
      pathValues,
      "path",
    ),
  )

  // A `style: form` object parameter (custom-object `criteria`) spreads its fields over the top level.
  const query = qs.parse(call.query, parseOptions) as Record<string, unknown>
  const queryParameters = parameters.filter((parameter) => parameter.in === "query")
  const spread = queryParameters.find(
    (parameter) => parameter.style === "form" && parameter.schema?.type === "object",
  )
  const named = new Set(queryParameters.map((parameter) => parameter.name))
  const rest = Object.fromEntries(Object.entries(query).filter(([key]) => !named.has(key)))
  const listed = Object.fromEntries(Object.entries(query).filter(([key]) => named.has(key)))
  problems.push(
    ...errorsOf(
      objectSchema(
        queryParameters.filter((parameter) => parameter !== spread),
        spread === undefined,
      ),
      spread ? listed : query,
      "query",
    ),
  )
  if (spread?.schema && Object.keys(rest).length > 0)
    problems.push(...errorsOf(spread.schema, rest, `query(${spread.name})`))

  const content = operation.requestBody?.content
  const type = call.headers["content-type"]?.split(";")[0]?.trim()
  if (call.body === undefined || call.body === "") {
    if (operation.requestBody?.required) problems.push("body is required")
  } else if (!type || !content?.[type]) {
    problems.push(`unexpected body of type ${type ?? "(none)"}`)
  } else {
    const schema = content[type]?.schema ?? {}
    const body =
      type === "application/json"
        ? JSON.parse(call.body)
        : type === "multipart/form-data"
          ? await multipartFields(call)
          : qs.parse(call.body, parseOptions)
    problems.push(...errorsOf(schema, body, "body", type === "application/json" ? exact : coercing))
  }
  return { operationId: operation.operationId, problems }
}

/** Validates a response body against the schema of `METHOD template` for `status`. */
export const responseProblems = (
  method: string,
  template: string,
  status: number,
  body: unknown,
): string[] => {
  const operation = spec.paths[template]?.[method.toLowerCase()] as Operation | undefined
  const schema = operation?.responses[String(status)]?.content?.["application/json"]?.schema
  if (!schema) return [`no JSON response ${status} for ${method} ${template}`]
  return errorsOf(schema, body, "response", exact)
}
