import { testServices } from '@torchbridge/testing';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { RedisRateLimitStore } from './rate-limit.store';

describe('Redis rate limits', () => {
  let redis: Redis;
  let store: RedisRateLimitStore;
  const prefix = `tb:test-${randomUUID()}:rl:`;

  beforeAll(() => {
    redis = new Redis(testServices.redisUrl);
    store = new RedisRateLimitStore(redis, prefix);
  });
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) {
      await redis.del(...keys);
    }
    await redis.quit();
  });

  it('counts, refunds without going below zero, and peeks without counting', async () => {
    expect((await store.hit('k', 2, 60)).allowed).toBe(true);
    expect((await store.hit('k', 2, 60)).allowed).toBe(true);
    expect(await store.hit('k', 2, 60)).toMatchObject({ allowed: false, count: 3 });
    await store.undo('k');
    expect(await store.peek('k')).toBe(2);
    expect(await redis.pttl(`${prefix}k`)).toBeGreaterThan(0);
    await store.undo('gone');
    expect(await redis.exists(`${prefix}gone`)).toBe(0);
  });

  it('lets exactly one of many simultaneous claims hold a key, and hold replaces its time', async () => {
    const claims = await Promise.all(Array.from({ length: 10 }, () => store.claim('gate', 5)));
    expect(claims.filter((c) => c.claimed)).toHaveLength(1);
    expect(claims.find((c) => !c.claimed)?.retryAfterSeconds).toBe(5);
    await store.hold('gate', 30);
    expect(await store.claim('gate', 5)).toEqual({ claimed: false, retryAfterSeconds: 30 });
  });
});
