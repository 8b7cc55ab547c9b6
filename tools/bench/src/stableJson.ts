const lineWidth = 110

/**
 * JSON as Biome's formatter lays it out (2 spaces; objects one key per line; an array of plain
 * values on one line when it fits in 110 columns), so the committed `latest.json` stays formatted.
 */
export const stableJson = (value: unknown): string => `${render(value, 0, 0)}\n`

const render = (value: unknown, indent: number, prefix: number): string => {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null"
  const inner = " ".repeat(indent + 2)
  const outer = " ".repeat(indent)
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]"
    const flat = value.every((item) => item === null || typeof item !== "object")
    if (flat) {
      const oneLine = `[${value.map((item) => JSON.stringify(item)).join(", ")}]`
      // `prefix` is what precedes the value on its line (indent and key); a comma may follow.
      if (prefix + oneLine.length + 1 <= lineWidth) return oneLine
    }
    const items = value.map((item) => `${inner}${render(item, indent + 2, inner.length)}`)
    return `[\n${items.join(",\n")}\n${outer}]`
  }
  const entries = Object.entries(value).filter(([, item]) => item !== undefined)
  if (entries.length === 0) return "{}"
  const lines = entries.map(([key, item]) => {
    const head = `${inner}${JSON.stringify(key)}: `
    return `${head}${render(item, indent + 2, head.length)}`
  })
  return `{\n${lines.join(",\n")}\n${outer}}`
}
