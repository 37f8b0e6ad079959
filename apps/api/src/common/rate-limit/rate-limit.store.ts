import type Redis from 'ioredis';

export interface RateLimitResult {
  allowed: boolean;
  /** Hits counted in the current window, this one included. */
  count: number;
  retryAfterSeconds: number;
}

export interface ClaimResult {
  claimed: boolean;
  /** Seconds until the current holder's time runs out (when not claimed). */
  retryAfterSeconds: number;
}

/** Fixed-window counters and timed holds; one implementation per deployment mode. */
export interface RateLimitStore {
  hit(key: string, limit: number, windowSeconds: number): Promise<RateLimitResult>;
  /** Takes one hit back (a reserved attempt that turned out not to count); never below zero. */
  undo(key: string): Promise<void>;
  /** Hits in the current window, without adding one. */
  peek(key: string): Promise<number>;
  reset(key: string): Promise<void>;
  /** Holds `key` for `seconds` unless it is already held; atomic across instances. */
  claim(key: string, seconds: number): Promise<ClaimResult>;
  /** Holds `key` for `seconds` from now, replacing any hold. */
  hold(key: string, seconds: number): Promise<void>;
}

export const RATE_LIMIT_STORE = Symbol('RATE_LIMIT_STORE');

const secondsLeft = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  async hit(key: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
    const now = Date.now();
    let window = this.live(key, now);
    if (!window) {
      window = { count: 0, resetAt: now + windowSeconds * 1000 };
      this.windows.set(key, window);
      this.sweep(now);
    }
    window.count += 1;
    return { allowed: window.count <= limit, count: window.count, retryAfterSeconds: secondsLeft(window.resetAt - now) };
  }

  async undo(key: string): Promise<void> {
    const window = this.live(key, Date.now());
    if (window && window.count > 0) {
      window.count -= 1;
    }
  }

  async peek(key: string): Promise<number> {
    return this.live(key, Date.now())?.count ?? 0;
  }

  async reset(key: string): Promise<void> {
    this.windows.delete(key);
  }

  async claim(key: string, seconds: number): Promise<ClaimResult> {
    const now = Date.now();
    const held = this.live(key, now);
    if (held) {
      return { claimed: false, retryAfterSeconds: secondsLeft(held.resetAt - now) };
    }
    await this.hold(key, seconds);
    return { claimed: true, retryAfterSeconds: 0 };
  }

  async hold(key: string, seconds: number): Promise<void> {
    const now = Date.now();
    this.windows.set(key, { count: 1, resetAt: now + seconds * 1000 });
    this.sweep(now);
  }

  private live(key: string, now: number): { count: number; resetAt: number } | undefined {
    const window = this.windows.get(key);
    return window && window.resetAt > now ? window : undefined;
  }

  private sweep(now: number): void {
    if (this.windows.size < 10_000) {
      return;
    }
    for (const [key, window] of this.windows) {
      if (window.resetAt <= now) {
        this.windows.delete(key);
      }
    }
  }
}

/** Decrements only a live, positive counter: an expired key must not come back as -1 without a TTL. */
const UNDO_SCRIPT = `local v = redis.call('GET', KEYS[1])
if v and tonumber(v) > 0 then return redis.call('DECR', KEYS[1]) end
return 0`;

/** Shared by every API instance, so limits hold across a scaled-out deployment. */
export class RedisRateLimitStore implements RateLimitStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'tb:rl:',
  ) {}

  async hit(key: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
    const redisKey = this.prefix + key;
    const [[, count], [, ttl]] = (await this.redis
      .multi()
      .incr(redisKey)
      .pttl(redisKey)
      .exec()) as [[null, number], [null, number]];
    let ttlMs = ttl;
    if (ttl < 0) {
      await this.redis.pexpire(redisKey, windowSeconds * 1000);
      ttlMs = windowSeconds * 1000;
    }
    return { allowed: count <= limit, count, retryAfterSeconds: secondsLeft(ttlMs) };
  }

  async undo(key: string): Promise<void> {
    await this.redis.eval(UNDO_SCRIPT, 1, this.prefix + key);
  }

  async peek(key: string): Promise<number> {
    return Number((await this.redis.get(this.prefix + key)) ?? 0);
  }

  async reset(key: string): Promise<void> {
    await this.redis.del(this.prefix + key);
  }

  async claim(key: string, seconds: number): Promise<ClaimResult> {
    const redisKey = this.prefix + key;
    if ((await this.redis.set(redisKey, '1', 'PX', Math.ceil(seconds * 1000), 'NX')) === 'OK') {
      return { claimed: true, retryAfterSeconds: 0 };
    }
    return { claimed: false, retryAfterSeconds: secondsLeft(await this.redis.pttl(redisKey)) };
  }

  async hold(key: string, seconds: number): Promise<void> {
    await this.redis.set(this.prefix + key, '1', 'PX', Math.ceil(seconds * 1000));
  }
}
