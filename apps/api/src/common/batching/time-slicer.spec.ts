import { stringifyInSlices, TimeSlicer } from './time-slicer';

describe('TimeSlicer', () => {
  it('lets timers run during a long computation', async () => {
    const slicer = new TimeSlicer(5);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const started = performance.now();
    // 100 ms of busy work in steps of well under a millisecond: without the pauses no timer could fire.
    while (performance.now() - started < 100) {
      await slicer.breathe();
    }
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(5);
  });

  it('does not pause before a slice has run its time', async () => {
    const slicer = new TimeSlicer(60_000);
    let ticked = false;
    setImmediate(() => (ticked = true));
    for (let i = 0; i < 1000; i++) {
      await slicer.breathe();
    }
    expect(ticked).toBe(false);
  });

  it('stringifies a long array in slices to the same text', async () => {
    const items = Array.from({ length: 1234 }, (_, i) => ({ line: i + 2, name: `row "${i}"`, tags: ['a', i] }));
    await expect(stringifyInSlices(items, new TimeSlicer(0), 100)).resolves.toBe(JSON.stringify(items));
    await expect(stringifyInSlices([])).resolves.toBe('[]');
  });
});
