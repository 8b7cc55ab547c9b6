import { invalid } from "../http/HttpError.ts"
import { isObjectId } from "../ids.ts"

/** Client field names: identifiers that can only ever become a quoted JSON path, never SQL. */
export const recordFieldPattern = /^[A-Za-z][A-Za-z0-9_]{0,63}$/

/** Fields the server sets; a client may never write them (`_parent_id` only when creating). */
const reserved = new Set(["_id", "_parent_id", "user_id", "created_at", "updated_at"])
/** Update operators: `{inc: {count: 1}, push: {tags: "x"}}`. */
const operators = new Set(["inc", "push", "pull", "pull_all", "pop", "add_to_set"])
const maxFields = 200

type Fields = Record<string, unknown>

const shown = (name: string) => (name.length > 64 ? `${name.slice(0, 64)}…` : name)

const objectOf = (value: unknown, field: string): Fields => {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw invalid(field, "must be an object")
  return value as Fields
}

const checkFieldName = (name: string): void => {
  if (reserved.has(name)) throw invalid(shown(name), "is set by the server and cannot be written")
  if (!recordFieldPattern.test(name)) throw invalid(shown(name), "is not a valid field name")
}

/** The fields, parent and permissions of a create body; throws 422 on reserved or malformed names. */
export const recordInput = (
  body: unknown,
  where = "base",
): { fields: Fields; parentId: string | null; permissions: unknown } => {
  const input = objectOf(body, where)
  const fields: Fields = {}
  for (const [name, value] of Object.entries(input)) {
    if (name === "permissions" || name === "_parent_id") continue
    checkFieldName(name)
    fields[name] = value
  }
  if (Object.keys(fields).length > maxFields) throw invalid(where, `a record has at most ${maxFields} fields`)
  const parent = input._parent_id
  if (parent !== undefined && parent !== null && parent !== "" && !isObjectId(parent)) {
    throw invalid("_parent_id", "must be a record id")
  }
  return {
    fields,
    parentId: typeof parent === "string" && parent !== "" ? parent.toLowerCase() : null,
    permissions: input.permissions,
  }
}

/** Canonical JSON, so `{a:1,b:2}` and `{b:2,a:1}` compare equal. */
const canonical = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(",")}]`
    : typeof value === "object" && value !== null
      ? `{${Object.keys(value)
          .sort()
          .map((key) => `${JSON.stringify(key)}:${canonical((value as Fields)[key])}`)
          .join(",")}}`
      : JSON.stringify(value)

const arrayField = (fields: Fields, name: string, operator: string): unknown[] => {
  const current = fields[name]
  if (current === undefined || current === null) return []
  if (!Array.isArray(current)) throw invalid(name, `is not an array, so '${operator}' cannot change it`)
  return current
}

const valuesOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value])

const applyOperator = (fields: Fields, operator: string, name: string, operand: unknown): void => {
  switch (operator) {
    case "inc": {
      const by = typeof operand === "string" && operand.trim() !== "" ? Number(operand) : operand
      if (typeof by !== "number" || !Number.isFinite(by)) throw invalid(`inc.${name}`, "must be a number")
      const current = fields[name] ?? 0
      if (typeof current !== "number") throw invalid(name, "is not a number, so 'inc' cannot change it")
      fields[name] = current + by
      return
    }
    case "push":
      fields[name] = [...arrayField(fields, name, operator), ...valuesOf(operand)]
      return
    case "add_to_set": {
      const next = [...arrayField(fields, name, operator)]
      const seen = new Set(next.map(canonical))
      for (const value of valuesOf(operand)) {
        if (!seen.has(canonical(value))) {
          seen.add(canonical(value))
          next.push(value)
        }
      }
      fields[name] = next
      return
    }
    case "pull":
    case "pull_all": {
      const isIn =
        typeof operand === "object" && operand !== null && !Array.isArray(operand) && "in" in operand
      const listed =
        operator === "pull_all" ? valuesOf(operand) : isIn ? valuesOf((operand as Fields).in) : [operand]
      const drop = new Set(listed.map(canonical))
      fields[name] = arrayField(fields, name, operator).filter((value) => !drop.has(canonical(value)))
      return
    }
    case "pop": {
      const end = Number(operand)
      if (end !== 1 && end !== -1) throw invalid(`pop.${name}`, "must be 1 (last) or -1 (first)")
      const current = arrayField(fields, name, operator)
      fields[name] = end === 1 ? current.slice(0, -1) : current.slice(1)
      return
    }
  }
}

/**
 * The fields after an update body: plain keys set (`null` clears), then each operator applies.
 * `permissions` is left to the caller. The official SDK repeats the record's own id in the body
 * (`_id`, or `id`); that is accepted and ignored. Throws 422 on reserved names or an operator that does not fit.
 */
export const applyRecordUpdate = (current: Readonly<Fields>, body: unknown, recordId: string): Fields => {
  const input = objectOf(body, "base")
  const fields: Fields = { ...current }
  const touched = new Set<string>()
  for (const [name, value] of Object.entries(input)) {
    if (name === "permissions" || operators.has(name)) continue
    const ownId = typeof value === "string" && value.toLowerCase() === recordId
    if ((name === "_id" || name === "id") && ownId) continue
    checkFieldName(name)
    fields[name] = value
    touched.add(name)
  }
  for (const operator of operators) {
    if (input[operator] === undefined) continue
    for (const [name, operand] of Object.entries(objectOf(input[operator], operator))) {
      checkFieldName(name)
      if (touched.has(name)) throw invalid(shown(name), "is changed twice in one update")
      touched.add(name)
      applyOperator(fields, operator, name, operand)
    }
  }
  if (Object.keys(fields).length > maxFields)
    throw invalid("base", `a record has at most ${maxFields} fields`)
  return fields
}
