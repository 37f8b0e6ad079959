/**
 * Group commit: work submitted while earlier batches are in flight waits and then goes out together, so under
 * load many items share one round trip and one transaction, and at low load an item goes out alone at once
 * (one event-loop turn later, which gathers everything that arrived in the same poll).
 */
export interface GroupCommitOptions<I> {
  /** Batches running at the same time (each holds one database connection). */
  maxInFlight: number;
  /** Items per batch at most. */
  maxBatch: number;
  /**
   * Items of one lane (one conversation, say) are never in two running batches: they go out in the order they were
   * submitted, and a batch has run to its end (results settled) before the next batch holding its lanes starts.
   * Batches of different lanes still run side by side.
   */
  lane?: (item: I) => string;
}

/** A batch answers item by item, in order: a value, or an Error that fails only that item. */
export type BatchRunner<I, O> = (items: I[]) => Promise<(O | Error)[]>;

interface Waiting<I, O> {
  item: I;
  lane: string | undefined;
  /** When it was submitted (performance.now()). */
  at: number;
  resolve: (value: O) => void;
  reject: (error: unknown) => void;
}

export class GroupCommit<I, O> {
  private queue: Waiting<I, O>[] = [];
  private inFlight = 0;
  private scheduled = false;
  /** Lanes held by running batches. */
  private readonly busy = new Set<string>();

  constructor(
    private readonly run: BatchRunner<I, O>,
    private readonly options: GroupCommitOptions<I>,
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, lane: this.options.lane?.(item), at: performance.now(), resolve, reject });
      this.schedule();
    });
  }

  /** Items waiting for a batch, and batches running: for tests and health. */
  get load(): { waiting: number; inFlight: number } {
    return { waiting: this.queue.length, inFlight: this.inFlight };
  }

  /** How long the longest-waiting item has waited for a batch, in ms (0 when none waits): for backpressure. */
  get oldestWaitingMs(): number {
    const oldest = this.queue[0];
    return oldest ? performance.now() - oldest.at : 0;
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.options.maxInFlight || this.queue.length === 0) {
      return;
    }
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    while (this.inFlight < this.options.maxInFlight && this.queue.length > 0) {
      const batch = this.take();
      if (batch.length === 0) {
        // Every waiting item's lane is held by a running batch, which schedules the next flush when it ends.
        return;
      }
      const lanes = new Set(batch.map((w) => w.lane).filter((lane): lane is string => lane !== undefined));
      lanes.forEach((lane) => this.busy.add(lane));
      this.inFlight++;
      this.run(batch.map((w) => w.item))
        .then(
          (results) =>
            batch.forEach((w, i) => {
              const result = results[i];
              if (result === undefined) {
                w.reject(new Error('The batch returned no result for this item'));
              } else if (result instanceof Error) {
                w.reject(result);
              } else {
                w.resolve(result);
              }
            }),
          (error: unknown) => batch.forEach((w) => w.reject(error)),
        )
        .finally(() => {
          lanes.forEach((lane) => this.busy.delete(lane));
          this.inFlight--;
          this.schedule();
        });
    }
  }

  /** The next batch: waiting items in submission order, skipping those whose lane a running batch holds. */
  private take(): Waiting<I, O>[] {
    const { maxBatch } = this.options;
    if (this.busy.size === 0) {
      return this.queue.splice(0, maxBatch);
    }
    const batch: Waiting<I, O>[] = [];
    const left: Waiting<I, O>[] = [];
    let i = 0;
    for (; i < this.queue.length && batch.length < maxBatch; i++) {
      const waiting = this.queue[i] as Waiting<I, O>;
      // A skipped item's lane stays busy for the rest of this pass, so its later items are skipped too: order holds.
      (waiting.lane !== undefined && this.busy.has(waiting.lane) ? left : batch).push(waiting);
    }
    this.queue = left.concat(this.queue.slice(i));
    return batch;
  }
}
