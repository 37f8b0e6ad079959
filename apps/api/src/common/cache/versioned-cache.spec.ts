import { cached, MemoryVersionedCache } from './versioned-cache';

describe('versioned cache', () => {
  it('never serves a result that was loaded while a write invalidated the namespace', async () => {
    const cache = new MemoryVersionedCache(60);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = cached(cache, 'directory', 'mentors', async () => {
      await gate;
      return 'old';
    });
    await cache.invalidate('directory');
    release();
    expect(await slow).toBe('old');
    expect(await cached(cache, 'directory', 'mentors', async () => 'new')).toBe('new');
  });

  it('shares one load between concurrent misses and serves hits afterwards', async () => {
    const cache = new MemoryVersionedCache(60);
    let loads = 0;
    const load = async () => {
      loads += 1;
      await new Promise((r) => setTimeout(r, 10));
      return { page: 1 };
    };
    const results = await Promise.all([0, 1, 2, 3].map(() => cached(cache, 'directory', 'k', load)));
    expect(results).toEqual([{ page: 1 }, { page: 1 }, { page: 1 }, { page: 1 }]);
    await cached(cache, 'directory', 'k', load);
    expect(loads).toBe(1);
  });
});
