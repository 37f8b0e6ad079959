import { GroupCommit } from './group-commit';

const tick = () => new Promise((r) => setImmediate(r));

describe('GroupCommit', () => {
  it('sends a lone item at once and gathers items that arrive while a batch is running', async () => {
    const batches: number[][] = [];
    const gates: (() => void)[] = [];
    const group = new GroupCommit<number, number>(
      (items) => {
        batches.push(items);
        return new Promise((resolve) => gates.push(() => resolve(items.map((i) => i * 10))));
      },
      { maxInFlight: 1, maxBatch: 100 },
    );
    const first = group.submit(1);
    await tick();
    expect(batches).toEqual([[1]]);
    const rest = [2, 3, 4].map((i) => group.submit(i));
    await tick();
    expect(batches).toHaveLength(1);
    gates.shift()?.();
    await expect(first).resolves.toBe(10);
    await tick();
    expect(batches).toEqual([[1], [2, 3, 4]]);
    gates.shift()?.();
    await expect(Promise.all(rest)).resolves.toEqual([20, 30, 40]);
  });

  it('caps batch size and runs up to maxInFlight batches side by side', async () => {
    let running = 0;
    let peak = 0;
    const sizes: number[] = [];
    const group = new GroupCommit<number, number>(
      async (items) => {
        sizes.push(items.length);
        running++;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 5));
        running--;
        return items;
      },
      { maxInFlight: 2, maxBatch: 3 },
    );
    const all = await Promise.all(Array.from({ length: 10 }, (_, i) => group.submit(i)));
    expect(all).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(3);
    expect(peak).toBe(2);
    expect(group.load).toEqual({ waiting: 0, inFlight: 0 });
  });

  it('fails only the items a batch marks as failed, and every item when the batch itself fails', async () => {
    const group = new GroupCommit<number, number>(
      async (items) => {
        if (items.includes(99)) {
          throw new Error('batch down');
        }
        return items.map((i) => (i % 2 ? new Error(`odd ${i}`) : i));
      },
      { maxInFlight: 1, maxBatch: 10 },
    );
    const results = await Promise.allSettled([group.submit(2), group.submit(3)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    await expect(group.submit(99)).rejects.toThrow('batch down');
  });
});
