import type { AppConfig } from '../../config/app-config';
import { MemoryRateLimitStore, RateLimitResult, RateLimitStore } from '../../common/rate-limit/rate-limit.store';
import { EventBudget } from './event-budget';

const config = { SOCKET_EVENT_BUDGET: 3, SOCKET_EVENT_WINDOW_SECONDS: 10 } as AppConfig;

/** A store that answers only when the test says. */
class SlowStore extends MemoryRateLimitStore {
  readonly pending: (() => void)[] = [];
  hits = 0;

  override hit(key: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
    this.hits++;
    return new Promise((resolve) => this.pending.push(() => resolve(super.hit(key, limit, windowSeconds))));
  }
}

const tick = () => new Promise((r) => setImmediate(r));

describe('EventBudget', () => {
  afterEach(() => jest.useRealTimers());

  it("starts a user's work in the order the events arrived, each counted before the next is asked about", async () => {
    const store = new SlowStore();
    const budget = new EventBudget(store, config);
    const started: number[] = [];
    const events = [1, 2, 3].map((n) => budget.admit('u', async () => started.push(n)));
    await tick();
    // The second event is not counted until the first has started its work.
    expect(store.hits).toBe(1);
    while (store.pending.length > 0 || store.hits < 3) {
      store.pending.shift()?.();
      await tick();
    }
    await Promise.all(events);
    expect(started).toEqual([1, 2, 3]);
  });

  it('shares one budget between all of a user’s events, refuses with the seconds to wait, and then spares the store', async () => {
    jest.useFakeTimers({ now: new Date('2026-12-01T08:00:00Z'), doNotFake: ['setImmediate', 'nextTick'] });
    const store = new MemoryRateLimitStore();
    const hit = jest.spyOn(store as RateLimitStore, 'hit');
    const budget = new EventBudget(store, config);
    await Promise.all([budget.spend('u'), budget.spend('u'), budget.spend('u')]);
    await expect(budget.spend('other')).resolves.toBeUndefined();
    await expect(budget.spend('u')).rejects.toMatchObject({ code: 'rate_limited', params: { retryAfterSeconds: 10 } });
    expect(hit).toHaveBeenCalledTimes(5);
    jest.setSystemTime(new Date('2026-12-01T08:00:04Z'));
    await expect(budget.admit('u', async () => 'sent')).rejects.toMatchObject({ code: 'rate_limited', params: { retryAfterSeconds: 6 } });
    expect(hit).toHaveBeenCalledTimes(5);
    jest.setSystemTime(new Date('2026-12-01T08:00:10Z'));
    await expect(budget.admit('u', async () => 'sent')).resolves.toBe('sent');
  });
});
