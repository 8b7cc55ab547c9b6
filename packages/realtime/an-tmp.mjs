import { rolldown } from "rolldown"
import { gzipSync } from "node:zlib"
const input = process.argv[2]
const bundle = await rolldown({ input, platform: "browser", logLevel: "silent" })
const { output } = await bundle.generate({ format: "esm", minify: true })
const chunk = output[0]
console.log("min", chunk.code.length, "gzip", gzipSync(chunk.code, { level: 9 }).length)
const rows = Object.entries(chunk.modules).map(([id, m]) => [m.renderedLength, id.replace(/.*node_modules\//, "")]).sort((a,b)=>b[0]-a[0])
for (const r of rows.slice(0, +(process.argv[3]??40))) console.log(r[0], r[1])
