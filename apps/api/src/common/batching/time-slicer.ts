/**
 * Cuts a long computation into slices so that the event loop keeps turning: call `breathe()` between small steps
 * (a row, say); once `sliceMs` have passed since the last pause it waits for one event-loop turn (`setImmediate`),
 * so timers, I/O and other requests run, and at most about `sliceMs` of this work runs between them.
 */
export class TimeSlicer {
  private sliceStart = performance.now();

  constructor(private readonly sliceMs = 10) {}

  async breathe(): Promise<void> {
    if (performance.now() - this.sliceStart < this.sliceMs) {
      return;
    }
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.sliceStart = performance.now();
  }
}

/** `JSON.stringify` of a long array, a slice at a time: the same text, without one long stop of the event loop. */
export async function stringifyInSlices(items: readonly unknown[], slicer = new TimeSlicer(), chunk = 500): Promise<string> {
  const parts: string[] = [];
  for (let i = 0; i < items.length; i += chunk) {
    // Each slice is an array's text without its brackets; an empty slice cannot occur.
    parts.push(JSON.stringify(items.slice(i, i + chunk)).slice(1, -1));
    await slicer.breathe();
  }
  return `[${parts.join(',')}]`;
}
