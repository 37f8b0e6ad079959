import { MemoryRateLimitStore } from '../../common/rate-limit/rate-limit.store';
import type { AppConfig } from '../../config/app-config';
import { LoginLimiter, SignInRateLimited } from './login-limiter';

const config = {
  LOGIN_FAILURES_PER_ACCOUNT_ADDRESS: 3,
  LOGIN_FAILURES_PER_ADDRESS: 5,
  LOGIN_FAILURE_WINDOW_SECONDS: 900,
  LOGIN_ACCOUNT_FREE_FAILURES: 4,
  LOGIN_ACCOUNT_WINDOW_SECONDS: 3600,
  LOGIN_BACKOFF_MAX_SECONDS: 8,
} as AppConfig;

async function outcome(limiter: LoginLimiter, email: string, ip: string, ok = false): Promise<number> {
  try {
    const attempt = await limiter.admit(email, ip);
    await (ok ? attempt.succeeded() : attempt.failed());
    return ok ? 200 : 401;
  } catch (error) {
    if (error instanceof SignInRateLimited) {
      return 429;
    }
    throw error;
  }
}

describe('sign-in limits', () => {
  let now: number;
  beforeEach(() => {
    now = Date.parse('2026-11-24T08:00:00Z');
    jest.useFakeTimers({ now });
  });
  afterEach(() => jest.useRealTimers());
  const advance = (seconds: number) => {
    now += seconds * 1000;
    jest.setSystemTime(now);
  };

  it('refuses an account at one address after its failures but not the same account elsewhere', async () => {
    const limiter = new LoginLimiter(new MemoryRateLimitStore(), config);
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      statuses.push(await outcome(limiter, 'a@x.test', '198.51.100.1'));
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect(await outcome(limiter, 'a@x.test', '203.0.113.1', true)).toBe(200);
    advance(901);
    expect(await outcome(limiter, 'a@x.test', '198.51.100.1', true)).toBe(200);
  });

  it('lets a success clear the account-and-address failures and never counts successes', async () => {
    const limiter = new LoginLimiter(new MemoryRateLimitStore(), config);
    await outcome(limiter, 'a@x.test', '198.51.100.1');
    await outcome(limiter, 'a@x.test', '198.51.100.1');
    expect(await outcome(limiter, 'a@x.test', '198.51.100.1', true)).toBe(200);
    expect(await outcome(limiter, 'a@x.test', '198.51.100.1')).toBe(401);
    expect(await outcome(limiter, 'a@x.test', '198.51.100.1')).toBe(401);
    for (let i = 0; i < 20; i++) {
      expect(await outcome(limiter, `u${i}@x.test`, '198.51.100.1', true)).toBe(200);
    }
  });

  it('treats the addresses of one IPv6 /64 as one address', async () => {
    const limiter = new LoginLimiter(new MemoryRateLimitStore(), config);
    const statuses = [];
    for (let i = 0; i < 6; i++) {
      statuses.push(await outcome(limiter, `u${i}@x.test`, `2001:db8:1:2::${i + 1}`));
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    expect(await outcome(limiter, 'u9@x.test', '2001:db8:1:3::1')).toBe(401);
  });

  it('lets one attempt through per doubling delay once an account passes its free failures', async () => {
    const limiter = new LoginLimiter(new MemoryRateLimitStore(), config);
    for (let i = 0; i < 4; i++) {
      expect(await outcome(limiter, 'a@x.test', `198.51.100.${i}`)).toBe(401);
    }
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      const refused = await limiter.admit('a@x.test', `203.0.113.${i}`).catch((e: SignInRateLimited) => e);
      expect(refused).toBeInstanceOf(SignInRateLimited);
      const wait = Number((refused as SignInRateLimited).params['retryAfterSeconds']);
      waits.push(wait);
      advance(wait);
      expect(await outcome(limiter, 'a@x.test', `192.0.2.${i}`)).toBe(401);
    }
    expect(waits).toEqual([1, 2, 4, 8, 8]);
    // The hour ends: the account starts again with its free failures.
    advance(3600);
    expect(await outcome(limiter, 'a@x.test', '192.0.2.200', true)).toBe(200);
  });

  it('admits only one of several simultaneous attempts while an account is being slowed down', async () => {
    const limiter = new LoginLimiter(new MemoryRateLimitStore(), config);
    for (let i = 0; i < 4; i++) {
      await outcome(limiter, 'a@x.test', `198.51.100.${i}`);
    }
    advance(1);
    const results = await Promise.allSettled([1, 2, 3].map((i) => limiter.admit('a@x.test', `203.0.113.${i}`)));
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected', 'rejected']);
  });
});
