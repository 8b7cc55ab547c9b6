/**
 * Child process: the physical limit for delivery on this machine. A bare `ws` server that forwards
 * every frame from one client to its peer: clients connect to `/<pair>/a` and `/<pair>/b`, and a
 * frame from one side is sent unchanged to the other. No parsing, no storage, no acks.
 */
import type { AddressInfo } from "node:net"
import { type WebSocket, WebSocketServer } from "ws"
import { serveHost } from "./serveHost.ts"

/** What the parent learns when the relay is ready. */
export interface RelayHostInfo {
  readonly url: string
  readonly pid: number
}

const sockets = new Map<string, WebSocket>()
const wss = new WebSocketServer({ host: "127.0.0.1", port: 0, perMessageDeflate: false })
await new Promise<void>((resolve) => wss.once("listening", () => resolve()))

wss.on("connection", (socket, request) => {
  const path = request.url ?? "/"
  const [, pair, side] = path.split("/")
  if (pair === undefined || (side !== "a" && side !== "b")) {
    socket.close(1008, "expected /<pair>/a or /<pair>/b")
    return
  }
  const peerPath = `/${pair}/${side === "a" ? "b" : "a"}`
  sockets.set(path, socket)
  socket.on("message", (data, isBinary) => sockets.get(peerPath)?.send(data, { binary: isBinary }))
  socket.on("close", () => {
    if (sockets.get(path) === socket) sockets.delete(path)
  })
  socket.on("error", () => {})
})

serveHost(
  { url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`, pid: process.pid } satisfies RelayHostInfo,
  {},
  async () => {
    for (const socket of wss.clients) socket.terminate()
    await new Promise<void>((resolve) => wss.close(() => resolve()))
  },
)
