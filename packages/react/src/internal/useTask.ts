// Pending and error state of the async work a hook starts (loads, sends, uploads); only the latest call
// of a hook writes it, and nothing is written after unmount.
import { useCallback, useEffect, useRef, useState } from "react"

/** Where a hook's async work stands. */
export interface TaskState {
  readonly pending: boolean
  /** Why the latest call failed (a `ChatError` for chat operations). */
  readonly error: unknown
}

const idle: TaskState = { pending: false, error: undefined }

/** The state of the hook's latest call, and `track`, which follows a promise (and passes it on). */
export const useTask = (): readonly [TaskState, <A>(promise: Promise<A>) => Promise<A>] => {
  const [state, setState] = useState(idle)
  const latest = useRef(0)
  const mounted = useRef(false)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])
  const track = useCallback(<A>(promise: Promise<A>) => {
    const call = ++latest.current
    setState({ pending: true, error: undefined })
    const settle = (next: TaskState) => {
      if (mounted.current && call === latest.current) setState(next)
    }
    return promise.then(
      (value) => {
        settle(idle)
        return value
      },
      (error: unknown) => {
        settle({ pending: false, error })
        throw error
      },
    )
  }, [])
  return [state, track] as const
}

/** Swallows a rejection whose error the hook already shows. */
export const ignore = (): undefined => undefined
