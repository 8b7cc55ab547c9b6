import { assert, describe, it } from "@effect/vitest"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as PubSub from "effect/PubSub"
import * as Stream from "effect/Stream"
import * as NetworkMonitor from "../src/NetworkMonitor.ts"
import * as ReconnectPolicy from "../src/ReconnectPolicy.ts"
import * as WebSocketConstructor from "../src/WebSocketConstructor.ts"
import * as XmppConfig from "../src/XmppConfig.ts"
import * as XmppConnection from "../src/XmppConnection.ts"

describe("NetworkMonitor", () => {
  it.effect("browser(): nothing outside a browser; window and document events inside one", () =>
    Effect.gen(function* () {
      assert.strictEqual(NetworkMonitor.browser(), NetworkMonitor.none)
      const g = globalThis as Record<string, unknown>
      const win = new EventTarget()
      const doc = Object.assign(new EventTarget(), { visibilityState: "visible" })
      g.window = win
      g.document = doc
      yield* Effect.addFinalizer(() =>
        Effect.sync(() => {
          delete g.window
          delete g.document
        }),
      )
      const monitor = NetworkMonitor.browser()
      const signals = yield* Effect.forkScoped(monitor.signals.pipe(Stream.take(3), Stream.runCollect), {
        startImmediately: true,
      })
      win.dispatchEvent(new Event("offline"))
      doc.visibilityState = "hidden"
      doc.dispatchEvent(new Event("visibilitychange"))
      win.dispatchEvent(new Event("online"))
      assert.deepStrictEqual(yield* Fiber.join(signals), ["offline", "background", "online"])
    }),
  )

  it.effect("while offline the connection waits for the network instead of spending attempts", () =>
    Effect.gen(function* () {
      const signals = yield* PubSub.unbounded<NetworkMonitor.Signal>()
      let online = false
      const opened: Array<string> = []
      class Refusing extends EventTarget {
        constructor(url: string) {
          super()
          opened.push(url)
          setTimeout(() => {
            this.dispatchEvent(new Event("error"))
            this.dispatchEvent(Object.assign(new Event("close"), { wasClean: false }))
          }, 0)
        }
        send() {}
        close() {}
      }
      const context = yield* Layer.build(
        XmppConnection.layer.pipe(
          Layer.provide(
            Layer.mergeAll(
              XmppConfig.layer({ service: "ws://127.0.0.1:9/ws", domain: "chat.example" }),
              ReconnectPolicy.layer(ReconnectPolicy.fixed({ totalReconnections: 0 })),
              WebSocketConstructor.layer(Refusing),
              NetworkMonitor.layer({ isOnline: () => online, signals: Stream.fromPubSub(signals) }),
            ),
          ),
        ),
      )
      const connection = Context.get(context, XmppConnection.XmppConnection)
      const connecting = yield* Effect.forkChild(
        Effect.flip(connection.connect({ username: "1-1", password: "p" })),
      )
      const waiting = yield* connection.states.pipe(
        Stream.filter((state) => state._tag === "Reconnecting"),
        Stream.runHead,
      )
      assert.isTrue(
        waiting._tag === "Some" && waiting.value._tag === "Reconnecting" && waiting.value.waitingForNetwork,
      )
      assert.deepStrictEqual(opened, [])
      online = true
      yield* PubSub.publish(signals, "online")
      const error = yield* Fiber.join(connecting)
      assert.strictEqual(error.reason._tag, "ConnectFailed")
      assert.strictEqual(opened.length, 1)
    }),
  )
})
