import type { AuthResponse } from '@torchbridge/contracts';
import { buildRegistration, TEST_PASSWORD } from '@torchbridge/testing';
import { call, ErrorReply } from '../../../test/http';
import { freshDatabase, startTestApp, TestApp } from '../../../test/test-app';

const register = (t: TestApp, body: object, address = '198.51.100.50'): Promise<ErrorReply> =>
  call(t.url, 'post', '/api/auth/register', { body, headers: { 'x-forwarded-for': address } });

describe('registration password policy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { TRUST_PROXY: 'true' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it.each([
    ['a repeated letter', () => 'aaaaaaaaaa', 'password.pattern'],
    ['a keyboard row', () => 'qwertyuiop', 'password.common'],
    ['a common password', () => 'password123', 'password.common'],
    ['the email', (r: { email: string }) => r.email, 'password.personal'],
    ['the email’s local part', (r: { email: string }) => `${r.email.split('@')[0]}`, 'password.personal'],
    ['the display name', (r: { displayName: string }) => r.displayName, 'password.personal'],
    ['the site’s name', () => 'torchbridge2026', 'password.personal'],
  ])('refuses %s with a 400 that names password and says why', async (_what, password, code) => {
    const registration = buildRegistration({ displayName: 'Zhou Min Lantern' });
    const reply = await register(t, { ...registration, password: password(registration) });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ code, params: { field: 'password' }, details: [{ field: 'password', code }] });
    const login = await call(t.url, 'post', '/api/auth/login', { body: { email: registration.email, password: password(registration) } });
    expect(login.status).toBe(401);
  });

  it('accepts a passphrase of uncommon words', async () => {
    const reply = await call<AuthResponse>(t.url, 'post', '/api/auth/register', { body: buildRegistration({ password: TEST_PASSWORD }) });
    expect(reply.status).toBe(201);
  });
});

describe('registration limits', () => {
  it('limits registrations per address, taken emails included, and says when to retry', async () => {
    const t = await startTestApp({ env: { TRUST_PROXY: 'true', REGISTER_RATE_PER_ADDRESS: '3' } });
    try {
      const first = buildRegistration();
      const statuses = [
        (await register(t, first)).status,
        (await register(t, buildRegistration({ email: first.email }))).status,
        (await register(t, buildRegistration())).status,
      ];
      expect(statuses).toEqual([201, 409, 201]);
      const refused = await register(t, buildRegistration());
      expect(refused.status).toBe(429);
      expect(refused.body).toMatchObject({ code: 'rate_limited', params: { retryAfterSeconds: expect.any(Number) } });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(3000);
      // Probing whether an address is registered is refused the same way.
      expect((await register(t, buildRegistration({ email: first.email }))).status).toBe(429);
      expect((await register(t, buildRegistration(), '203.0.113.50')).status).toBe(201);
    } finally {
      await t.close();
    }
  });

  it('shares the registration budget across instances through Redis', async () => {
    const database = await freshDatabase();
    const env = { TRUST_PROXY: 'true', REGISTER_RATE_PER_ADDRESS: '2', JWT_SECRET: 'g'.repeat(40) };
    const a = await startTestApp({ redis: true, database, env });
    const b = await startTestApp({ redis: true, database, env });
    try {
      const statuses = [];
      for (const target of [a, b, a, b]) {
        statuses.push((await register(target, buildRegistration(), '198.51.100.60')).status);
      }
      expect(statuses).toEqual([201, 201, 429, 429]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
