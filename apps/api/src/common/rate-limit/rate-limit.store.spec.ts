import { MemoryRateLimitStore } from './rate-limit.store';

describe('in-memory rate limits', () => {
  afterEach(() => jest.useRealTimers());

  it('allows up to the limit in a window, then refuses with the time left', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-24T08:00:00Z') });
    const store = new MemoryRateLimitStore();
    const results = [];
    for (let i = 0; i < 4; i++) {
      results.push(await store.hit('k', 3, 60));
    }
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    jest.setSystemTime(new Date('2026-11-24T08:00:45Z'));
    expect(await store.hit('k', 3, 60)).toMatchObject({ allowed: false, retryAfterSeconds: 15 });
  });

  it('opens a new window once the old one ends, and keys are independent', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-24T08:00:00Z') });
    const store = new MemoryRateLimitStore();
    await store.hit('a', 1, 10);
    expect((await store.hit('a', 1, 10)).allowed).toBe(false);
    expect((await store.hit('b', 1, 10)).allowed).toBe(true);
    jest.setSystemTime(new Date('2026-11-24T08:00:11Z'));
    expect((await store.hit('a', 1, 10)).allowed).toBe(true);
  });

  it('reset clears a key', async () => {
    const store = new MemoryRateLimitStore();
    await store.hit('a', 1, 10);
    await store.reset('a');
    expect((await store.hit('a', 1, 10)).allowed).toBe(true);
  });
});
