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

  it('never runs two batches of one lane at once, keeps each lane in submission order, and runs other lanes side by side', async () => {
    const batches: string[][] = [];
    const gates = new Map<string, () => void>();
    const settled: string[] = [];
    const settledAtStart = new Map<string, string[]>();
    const group = new GroupCommit<string, string>(
      (items) => {
        batches.push(items);
        settledAtStart.set(items.join(','), [...settled]);
        return new Promise((resolve) => gates.set(items.join(','), () => resolve(items)));
      },
      { maxInFlight: 2, maxBatch: 100, lane: (item) => item[0] as string },
    );
    const track = (item: string) => group.submit(item).then((v) => settled.push(v));
    const a1 = track('a1');
    await tick();
    const rest = ['a2', 'b1', 'a3', 'b2'].map(track);
    await tick();
    // a2 and a3 wait for a1's batch; b1 and b2 go out beside it.
    expect(batches).toEqual([['a1'], ['b1', 'b2']]);
    // The later batch finishes first: nothing of lane a moves.
    gates.get('b1,b2')?.();
    await tick();
    expect(batches).toEqual([['a1'], ['b1', 'b2']]);
    gates.get('a1')?.();
    await tick();
    await tick();
    expect(batches).toEqual([['a1'], ['b1', 'b2'], ['a2', 'a3']]);
    // a1 was settled (its continuations ran) before the batch holding a2 started.
    expect(settledAtStart.get('a2,a3')).toContain('a1');
    await a1;
    gates.get('a2,a3')?.();
    await Promise.all(rest);
    expect(settled).toEqual(['b1', 'b2', 'a1', 'a2', 'a3']);
    expect(group.load).toEqual({ waiting: 0, inFlight: 0 });
  });

  it('fills a batch from free lanes past a busy one, without reordering any lane', async () => {
    const batches: string[][] = [];
    const gates: (() => void)[] = [];
    const group = new GroupCommit<string, string>(
      (items) => {
        batches.push(items);
        return new Promise((resolve) => gates.push(() => resolve(items)));
      },
      { maxInFlight: 2, maxBatch: 2, lane: (item) => item[0] as string },
    );
    const all = [group.submit('a1')];
    await tick();
    all.push(...['a2', 'b1', 'c1', 'b2', 'a3'].map((i) => group.submit(i)));
    await tick();
    expect(batches).toEqual([['a1'], ['b1', 'c1']]);
    gates.shift()?.();
    await tick();
    await tick();
    // b is still running: the next batch takes lane a in order and skips b2.
    expect(batches).toEqual([['a1'], ['b1', 'c1'], ['a2', 'a3']]);
    gates.shift()?.();
    await tick();
    await tick();
    expect(batches.at(-1)).toEqual(['b2']);
    gates.splice(0).forEach((open) => open());
    await expect(Promise.all(all)).resolves.toEqual(['a1', 'a2', 'b1', 'c1', 'b2', 'a3']);
  });
});
