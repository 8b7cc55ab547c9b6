/** One item's result in a batch: its value, or the error that failed it alone. */
export type Outcome<A> =
  | { readonly ok: true; readonly value: A }
  | { readonly ok: false; readonly error: unknown }

interface Waiting<In, Out> {
  readonly item: In
  readonly resolve: (value: Out) => void
  readonly reject: (error: unknown) => void
}

/**
 * Group commit: items submitted during one event-loop turn (every frame of a socket read, every
 * request parsed in that turn, from any connection) go to `commit` together once the turn's I/O
 * callbacks and their promise jobs are done (`setImmediate`), or at once when `maxBatch` wait.
 * Batches run one at a time in submission order, so storage sees items in the order they came.
 * Each submitter learns its own outcome once the whole batch is committed.
 */
export class GroupCommit<In, Out> {
  private readonly commit: (items: ReadonlyArray<In>) => Promise<ReadonlyArray<Outcome<Out>>>
  private readonly maxBatch: number
  private waiting: Array<Waiting<In, Out>> = []
  private timer: NodeJS.Immediate | undefined
  private running: Promise<void> = Promise.resolve()

  constructor(
    commit: (items: ReadonlyArray<In>) => Promise<ReadonlyArray<Outcome<Out>>>,
    options: { readonly maxBatch: number },
  ) {
    this.commit = commit
    this.maxBatch = options.maxBatch
  }

  /** Joins the next batch; settles with this item's own outcome once that batch is committed. */
  submit(item: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject })
      if (this.waiting.length >= this.maxBatch) this.start()
      else this.timer ??= setImmediate(() => this.start())
    })
  }

  /** Commits whatever waits now; resolves once every batch submitted so far is done. */
  flush(): Promise<void> {
    this.start()
    return this.running
  }

  private start(): void {
    if (this.timer !== undefined) clearImmediate(this.timer)
    this.timer = undefined
    const batch = this.waiting
    if (batch.length === 0) return
    this.waiting = []
    this.running = this.running.then(() => this.run(batch))
  }

  private async run(batch: ReadonlyArray<Waiting<In, Out>>): Promise<void> {
    let outcomes: ReadonlyArray<Outcome<Out>>
    try {
      outcomes = await this.commit(batch.map((waiting) => waiting.item))
    } catch (error) {
      for (const waiting of batch) waiting.reject(error)
      return
    }
    batch.forEach((waiting, index) => {
      const outcome = outcomes[index]
      if (outcome === undefined) waiting.reject(new Error("The batch gave no outcome for this item"))
      else if (outcome.ok) waiting.resolve(outcome.value)
      else waiting.reject(outcome.error)
    })
  }
}
