import { colourOf, initials } from "../lib/names.ts"

/** A round avatar with initials (and an online dot). */
export const Avatar = ({
  name,
  seed,
  size = 40,
  online,
  group,
}: {
  readonly name: string
  readonly seed: string | number
  readonly size?: number
  readonly online?: boolean | undefined
  readonly group?: boolean
}) => (
  <span
    className={`avatar${group ? " avatar-group" : ""}`}
    style={{ width: size, height: size, background: colourOf(seed), fontSize: size * 0.38 }}
    aria-hidden="true"
  >
    {group ? "#" : initials(name)}
    {online && <span className="online-dot" />}
  </span>
)
