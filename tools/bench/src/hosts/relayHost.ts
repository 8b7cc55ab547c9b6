/**
 * Child process: the physical limit for delivery on this machine. A bare `ws` server that forwards
 * every frame from one client to its peer: clients connect to `/<pair>/a` and `/<pair>/b`, and a
 * frame from one side is sent unchanged to the other. Fan-out: clients of `/fan/<room>/<member>` get
 * every frame any other member of the room sends. No parsing, no storage, no acks.
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
const rooms = new Map<string, Set<WebSocket>>()

/** A fan-out member: its frames go to every other member of its room. */
const joinRoom = (socket: WebSocket, room: string) => {
  let members = rooms.get(room)
  if (members === undefined) {
    members = new Set()
    rooms.set(room, members)
  }
  members.add(socket)
  socket.on("message", (data, isBinary) => {
    for (const member of members) if (member !== socket) member.send(data, { binary: isBinary })
  })
  socket.on("close", () => {
    members.delete(socket)
    if (members.size === 0) rooms.delete(room)
  })
  socket.on("error", () => {})
}
const wss = new WebSocketServer({ host: "127.0.0.1", port: 0, perMessageDeflate: false })
await new Promise<void>((resolve) => wss.once("listening", () => resolve()))

wss.on("connection", (socket, request) => {
  const path = request.url ?? "/"
  const [, pair, side, member] = path.split("/")
  if (pair === "fan" && side !== undefined && member !== undefined) return joinRoom(socket, side)
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
