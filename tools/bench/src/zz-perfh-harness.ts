// Temporary harness (not part of the repo): client CPU per message for chat vs sdk, same server.
import { ChildHost } from "./ChildHost.ts"
import { CubeRest } from "./CubeRest.ts"
import { chatLink } from "./delivery/chatLink.ts"
import { fixedRate, windowed } from "./delivery/DeliveryLink.ts"
import { sdkLink } from "./delivery/sdkLink.ts"
import { percentile } from "./stats.ts"
const only = process.env.ONLY ?? "chat,sdk"
const server = await ChildHost.start<any>(new URL("./hosts/serverHost.ts", import.meta.url))
const rest = new CubeRest(server.info.url, 2)
const mk = async (v: string) => {
  const a = await rest.signUp(); const b = await rest.signUp()
  const d = await rest.privateDialog(a, b.userId)
  return v === "chat" ? chatLink(server.info, a, b, d) : sdkLink(server.info, a, b, d)
}
for (const v of only.split(",")) {
  const link = await mk(v)
  await windowed(link, { count: 300, window: 64 })
  await new Promise((r) => setTimeout(r, 300))
  const c0 = process.cpuUsage(); const m0 = process.memoryUsage().heapUsed
  const lat = await fixedRate(link, { count: 2000, rate: 1000 })
  const c1 = process.cpuUsage(c0)
  await new Promise((r) => setTimeout(r, 300))
  const c2 = process.cpuUsage()
  const tput = await windowed(link, { count: 3000, window: 64 })
  const c3 = process.cpuUsage(c2)
  console.log(`${v}: fixed-rate cpu/msg ${((c1.user + c1.system) / 2000).toFixed(1)} µs p50 ${percentile(lat.latenciesMs, 50).toFixed(2)} p99 ${percentile(lat.latenciesMs, 99).toFixed(2)}; windowed ${tput.toFixed(0)} msg/s cpu/msg ${((c3.user + c3.system) / 3000).toFixed(1)} µs heapΔ ${((process.memoryUsage().heapUsed - m0) / 1e6).toFixed(0)} MB`)
  await link.close()
}
await server.stop?.()
process.exit(0)
