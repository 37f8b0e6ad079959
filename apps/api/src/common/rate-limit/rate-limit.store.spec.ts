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

describe('in-memory holds and refunds', () => {
  afterEach(() => jest.useRealTimers());

  it('undo gives one hit back and never goes below zero; peek does not count', async () => {
    const store = new MemoryRateLimitStore();
    await store.hit('k', 2, 60);
    await store.hit('k', 2, 60);
    await store.undo('k');
    expect(await store.peek('k')).toBe(1);
    await store.undo('k');
    await store.undo('k');
    expect(await store.peek('k')).toBe(0);
    expect(await store.peek('never')).toBe(0);
  });

  it('claim succeeds once per hold; hold replaces the time left', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-24T08:00:00Z') });
    const store = new MemoryRateLimitStore();
    expect(await store.claim('g', 4)).toEqual({ claimed: true, retryAfterSeconds: 0 });
    expect(await store.claim('g', 4)).toEqual({ claimed: false, retryAfterSeconds: 4 });
    await store.hold('g', 10);
    jest.setSystemTime(new Date('2026-11-24T08:00:07Z'));
    expect(await store.claim('g', 4)).toEqual({ claimed: false, retryAfterSeconds: 3 });
    jest.setSystemTime(new Date('2026-11-24T08:00:10Z'));
    expect((await store.claim('g', 4)).claimed).toBe(true);
  });
});
