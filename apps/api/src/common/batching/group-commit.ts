/**
 * Group commit: work submitted while earlier batches are in flight waits and then goes out together, so under
 * load many items share one round trip and one transaction, and at low load an item goes out alone at once
 * (one event-loop turn later, which gathers everything that arrived in the same poll).
 */
export interface GroupCommitOptions {
  /** Batches running at the same time (each holds one database connection). */
  maxInFlight: number;
  /** Items per batch at most. */
  maxBatch: number;
}

/** A batch answers item by item, in order: a value, or an Error that fails only that item. */
export type BatchRunner<I, O> = (items: I[]) => Promise<(O | Error)[]>;

interface Waiting<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (error: unknown) => void;
}

export class GroupCommit<I, O> {
  private queue: Waiting<I, O>[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(
    private readonly run: BatchRunner<I, O>,
    private readonly options: GroupCommitOptions,
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
  }

  /** Items waiting for a batch, and batches running: for tests and health. */
  get load(): { waiting: number; inFlight: number } {
    return { waiting: this.queue.length, inFlight: this.inFlight };
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
      const batch = this.queue.splice(0, this.options.maxBatch);
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
          this.inFlight--;
          this.schedule();
        });
    }
  }
}
