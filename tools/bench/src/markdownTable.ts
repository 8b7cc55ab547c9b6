/** Column alignment of a Markdown table. */
export type Align = "left" | "right"

const width = (text: string) => [...text].length

/**
 * A Markdown table with padded, aligned columns: the layout Biome's formatter gives it, so the
 * committed `latest.md` stays formatted.
 */
export const markdownTable = (
  header: ReadonlyArray<string>,
  align: ReadonlyArray<Align>,
  rows: ReadonlyArray<ReadonlyArray<string>>,
): string[] => {
  const widths = header.map((title, column) =>
    Math.max(3, width(title), ...rows.map((row) => width(row[column] ?? ""))),
  )
  const pad = (text: string, column: number) => {
    const gap = " ".repeat(widths[column]! - width(text))
    return align[column] === "right" ? gap + text : text + gap
  }
  const line = (cells: ReadonlyArray<string>) =>
    `| ${cells.map((cell, column) => pad(cell, column)).join(" | ")} |`
  const rule = widths.map((size, column) =>
    align[column] === "right" ? `${"-".repeat(size - 1)}:` : "-".repeat(size),
  )
  return [line(header), `| ${rule.join(" | ")} |`, ...rows.map(line)]
}
