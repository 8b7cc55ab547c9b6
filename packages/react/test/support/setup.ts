// Every hook test renders under StrictMode at the root (where React double-invokes effects on mount),
// as apps do in development.
import { configure } from "@testing-library/react"

configure({ reactStrictMode: true })
