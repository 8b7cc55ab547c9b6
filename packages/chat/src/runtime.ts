// The bridge from the Effect services to Promises: one ManagedRuntime per client, and `run`, which
// resolves with the value or rejects with the operation's ChatError (never a wrapper around it).
import type * as Cause from "effect/Cause"
import type * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import type * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as ChatError from "./ChatError.ts"

/** Runs Effects of the client's services as Promises. */
export interface Runner<R> {
  /** Resolves with the value; rejects with the ChatError (or `Destroyed` when the client was destroyed). */
  run<A>(effect: Effect.Effect<A, ChatError.ChatError, R>): Promise<A>
  /** Stops every background fiber and closes the connection. */
  dispose(): Promise<void>
}

const rejection = (cause: Cause.Cause<ChatError.ChatError>): unknown => {
  for (const reason of cause.reasons) if (reason._tag === "Fail") return reason.error
  for (const reason of cause.reasons) if (reason._tag === "Die") return reason.defect
  return ChatError.make(new ChatError.Destroyed())
}

/** A runtime for a layer; the layer is built on first use. */
export const makeRunner = <R>(layer: Layer.Layer<R>): Runner<R> => {
  const runtime = ManagedRuntime.make(layer)
  let disposed = false
  return {
    run: (effect) => {
      if (disposed) return Promise.reject(ChatError.make(new ChatError.Destroyed()))
      return runtime.runPromiseExit(effect).then((exit) => {
        if (Exit.isSuccess(exit)) return exit.value
        throw rejection(exit.cause as Cause.Cause<ChatError.ChatError>)
      })
    },
    dispose: () => {
      disposed = true
      return runtime.dispose()
    },
  }
}
