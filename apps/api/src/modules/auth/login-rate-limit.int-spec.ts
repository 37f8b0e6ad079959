import type { AuthResponse } from '@torchbridge/contracts';
import { TEST_PASSWORD } from '@torchbridge/testing';
import { call, ErrorReply, registerUser } from '../../../test/http';
import { freshDatabase, startTestApp, TestApp } from '../../../test/test-app';

/** Signs in as if from `address`: the test apps trust one proxy hop, so X-Forwarded-For is the caller's address. */
function login(t: TestApp, email: string, password: string, address: string): Promise<ErrorReply> {
  return call(t.url, 'post', '/api/auth/login', { body: { email, password }, headers: { 'x-forwarded-for': address } });
}

const WRONG = 'wrong-password!';

describe('login limits', () => {
  describe('with the default numbers', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ env: { TRUST_PROXY: 'true' } });
    });
    afterAll(async () => {
      await t.close();
    });

    it("does not let a stranger's failures from one address lock the owner out at another", async () => {
      const owner = await registerUser(t.url);
      for (let i = 0; i < 12; i++) {
        await login(t, owner.registration.email, WRONG, '198.51.100.7');
      }
      const ownerReply = await login(t, owner.registration.email, TEST_PASSWORD, '203.0.113.20');
      expect(ownerReply.status).toBe(200);
    });

    it('counts failures only: many successful sign-ins from one address are never refused', async () => {
      const user = await registerUser(t.url);
      const statuses: number[] = [];
      for (let i = 0; i < 35; i++) {
        statuses.push((await login(t, user.registration.email, TEST_PASSWORD, '198.51.100.8')).status);
      }
      expect(new Set(statuses)).toEqual(new Set([200]));
    });

    it('answers an unknown account exactly like a known one, in similar time', async () => {
      const user = await registerUser(t.url);
      const timed = async (email: string) => {
        const started = performance.now();
        const reply = await login(t, email, WRONG, '198.51.100.9');
        return { reply, ms: performance.now() - started };
      };
      const known: number[] = [];
      const unknown: number[] = [];
      let last: { known?: ErrorReply; unknown?: ErrorReply } = {};
      for (let i = 0; i < 5; i++) {
        const k = await timed(user.registration.email);
        const u = await timed(`nobody-${i}@example.test`);
        known.push(k.ms);
        unknown.push(u.ms);
        last = { known: k.reply, unknown: u.reply };
      }
      expect(last.unknown?.status).toBe(401);
      expect(last.unknown?.body).toEqual(last.known?.body);
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
      // Both pay for one argon2 verification; an unknown address must not answer in a fraction of the time.
      expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
      expect(median(unknown)).toBeLessThan(median(known) * 2);
    });
  });

  it('refuses one account from one address after its failures, says when to retry, and a success clears it', async () => {
    const t = await startTestApp({ env: { TRUST_PROXY: 'true', LOGIN_FAILURES_PER_ACCOUNT_ADDRESS: '3' } });
    try {
      const user = await registerUser(t.url);
      const email = user.registration.email;
      // Two failures, then the right password: the counter for this account at this address starts again.
      await login(t, email, WRONG, '198.51.100.1');
      await login(t, email, WRONG, '198.51.100.1');
      expect((await login(t, email, TEST_PASSWORD, '198.51.100.1')).status).toBe(200);
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        statuses.push((await login(t, email, WRONG, '198.51.100.1')).status);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
      const blocked = await login(t, email, TEST_PASSWORD, '198.51.100.1');
      expect(blocked.status).toBe(429);
      expect(blocked.body.message).toMatch(/Too many sign-in attempts; try again in \d+ seconds/);
      expect(blocked.body).toMatchObject({ code: 'auth.rate_limited', params: { retryAfterSeconds: expect.any(Number) } });
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      // The same account from elsewhere, and another account from the same address, are not affected.
      expect((await login(t, email, TEST_PASSWORD, '203.0.113.5')).status).toBe(200);
      const other = await registerUser(t.url);
      expect((await login(t, other.registration.email, TEST_PASSWORD, '198.51.100.1')).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('limits failures per address across accounts, more loosely', async () => {
    const t = await startTestApp({ env: { TRUST_PROXY: 'true', LOGIN_FAILURES_PER_ADDRESS: '4' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        statuses.push((await login(t, `x${i}@example.test`, WRONG, '198.51.100.2')).status);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
      expect((await login(t, 'x9@example.test', WRONG, '198.51.100.3')).status).toBe(401);
    } finally {
      await t.close();
    }
  });

  it('slows an account down with a growing delay, not a lockout, once failures come from many addresses', async () => {
    const t = await startTestApp({
      env: { TRUST_PROXY: 'true', LOGIN_ACCOUNT_FREE_FAILURES: '3', LOGIN_BACKOFF_MAX_SECONDS: '2' },
    });
    try {
      const user = await registerUser(t.url);
      const email = user.registration.email;
      for (let i = 0; i < 3; i++) {
        expect((await login(t, email, WRONG, `198.51.100.${10 + i}`)).status).toBe(401);
      }
      // Past the free failures one attempt is let through per delay, from anywhere; the delay doubles to its cap.
      const waits: number[] = [];
      for (let i = 0; i < 3; i++) {
        const refused = await login(t, email, WRONG, `198.51.100.${30 + i}`);
        expect(refused.status).toBe(429);
        const wait = Number(refused.headers.get('retry-after'));
        waits.push(wait);
        await new Promise((resolve) => setTimeout(resolve, wait * 1000 + 50));
        expect((await login(t, email, WRONG, `198.51.100.${40 + i}`)).status).toBe(401);
      }
      expect(waits).toEqual([1, 2, 2]);
      // The owner still gets in once the current delay has passed.
      const refused = await login(t, email, TEST_PASSWORD, '203.0.113.9');
      expect(refused.status).toBe(429);
      await new Promise((resolve) => setTimeout(resolve, Number(refused.headers.get('retry-after')) * 1000 + 50));
      expect((await login(t, email, TEST_PASSWORD, '203.0.113.9')).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('shares the limits across two API instances through Redis', async () => {
    const database = await freshDatabase();
    const env = { TRUST_PROXY: 'true', LOGIN_FAILURES_PER_ACCOUNT_ADDRESS: '4', JWT_SECRET: 'a'.repeat(40) };
    const instances: TestApp[] = [];
    try {
      instances.push(await startTestApp({ redis: true, database, env }), await startTestApp({ redis: true, database, env }));
      const [a, b] = instances as [TestApp, TestApp];
      const user = await registerUser(a.url);
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        statuses.push((await login(i % 2 === 0 ? a : b, user.registration.email, WRONG, '198.51.100.4')).status);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
      // A token issued by one instance is accepted by the other.
      const fromB = await call<AuthResponse>(b.url, 'get', '/api/me', { token: user.accessToken });
      expect(fromB.status).toBe(200);
    } finally {
      await Promise.all(instances.map((i) => i.close()));
    }
  });
});
