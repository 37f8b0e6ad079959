import type { AuthResponse } from '@torchbridge/contracts';
import { TEST_PASSWORD } from '@torchbridge/testing';
import { call, ErrorReply, registerUser } from '../../../test/http';
import { freshDatabase, startTestApp, TestApp } from '../../../test/test-app';

describe('login rate limits', () => {
  it('limits attempts per account, even with the right password, and says when to retry', async () => {
    const t = await startTestApp({ env: { LOGIN_RATE_PER_ACCOUNT: '3', LOGIN_RATE_PER_IP: '100' } });
    try {
      const user = await registerUser(t.url);
      for (let i = 0; i < 3; i++) {
        expect((await call(t.url, 'post', '/api/auth/login', { body: { email: user.registration.email, password: 'wrong-password!' } })).status).toBe(401);
      }
      const blocked: ErrorReply = await call(t.url, 'post', '/api/auth/login', { body: { email: user.registration.email, password: TEST_PASSWORD } });
      expect(blocked.status).toBe(429);
      expect(blocked.body.message).toMatch(/Too many sign-in attempts; try again in \d+ seconds/);
      expect(blocked.body).toMatchObject({ code: 'auth.rate_limited', params: { retryAfterSeconds: expect.any(Number) } });
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await t.close();
    }
  });

  it('limits attempts per IP across accounts', async () => {
    const t = await startTestApp({ env: { LOGIN_RATE_PER_ACCOUNT: '100', LOGIN_RATE_PER_IP: '4' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        statuses.push((await call(t.url, 'post', '/api/auth/login', { body: { email: `x${i}@example.test`, password: 'wrong-password!' } })).status);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    } finally {
      await t.close();
    }
  });

  it('shares the per-account limit across two API instances through Redis', async () => {
    const database = await freshDatabase();
    const env = { LOGIN_RATE_PER_ACCOUNT: '4', LOGIN_RATE_PER_IP: '1000', JWT_SECRET: 'a'.repeat(40) };
    const instances: TestApp[] = [];
    try {
      instances.push(await startTestApp({ redis: true, database, env }), await startTestApp({ redis: true, database, env }));
      const [a, b] = instances as [TestApp, TestApp];
      const user = await registerUser(a.url);
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        const target = i % 2 === 0 ? a : b;
        statuses.push((await call(target.url, 'post', '/api/auth/login', { body: { email: user.registration.email, password: 'wrong-password!' } })).status);
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
