import type { AuthResponse } from '@torchbridge/contracts';
import { REFRESH_COOKIE } from '@torchbridge/contracts';
import { buildRegistration } from '@torchbridge/testing';
import { call, ErrorReply, registerUser } from '../../../test/http';
import { startTestApp, TestApp } from '../../../test/test-app';

const refresh = (t: TestApp, refreshToken: string) => call<AuthResponse>(t.url, 'post', '/api/auth/refresh', { body: { refreshToken } });

describe('refreshing from several tabs at once', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('lets ten simultaneous refreshes with one token all succeed, and the sign-in stays usable', async () => {
    const user = await registerUser(t.url);
    const replies = await Promise.all(Array.from({ length: 10 }, () => refresh(t, user.refreshToken as string)));
    expect(replies.map((r) => r.status)).toEqual(Array(10).fill(200));
    const tokens = replies.map((r) => r.body.refreshToken as string);
    expect(new Set(tokens).size).toBe(10);
    for (const reply of replies) {
      expect((await call(t.url, 'get', '/api/me', { token: reply.body.accessToken })).status).toBe(200);
    }
    // Every tab carries on with its own successor.
    const next = await Promise.all(tokens.map((token) => refresh(t, token)));
    expect(next.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect((await call(t.url, 'get', '/api/me', { token: next[0]?.body.accessToken })).status).toBe(200);
  });

  it('does the same for browsers that send the cookie', async () => {
    const reg = await call<AuthResponse>(t.url, 'post', '/api/auth/register', { body: buildRegistration() });
    const cookie = (reg.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const replies = await Promise.all([0, 1, 2].map(() => call<AuthResponse>(t.url, 'post', '/api/auth/refresh', { body: {}, headers: { cookie } })));
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200]);
    for (const reply of replies) {
      expect(reply.headers.get('set-cookie')).toContain(`${REFRESH_COOKIE}=`);
    }
  });
});

describe('reuse after the grace', () => {
  it('still revokes the whole family, successors included', async () => {
    const t = await startTestApp({ env: { REFRESH_REUSE_GRACE_SECONDS: '1' } });
    try {
      const user = await registerUser(t.url);
      const first = user.refreshToken as string;
      const [a, b] = await Promise.all([refresh(t, first), refresh(t, first)]);
      expect([a.status, b.status]).toEqual([200, 200]);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const replay: ErrorReply = await call(t.url, 'post', '/api/auth/refresh', { body: { refreshToken: first } });
      expect(replay.status).toBe(401);
      expect(replay.body).toMatchObject({ code: 'auth.refresh_invalid', message: expect.stringContaining('already used') });
      for (const successor of [a, b]) {
        expect((await refresh(t, successor.body.refreshToken as string)).status).toBe(401);
        expect((await call(t.url, 'get', '/api/me', { token: successor.body.accessToken })).status).toBe(401);
      }
    } finally {
      await t.close();
    }
  });

  it('revokes at once when the grace is turned off', async () => {
    const t = await startTestApp({ env: { REFRESH_REUSE_GRACE_SECONDS: '0' } });
    try {
      const user = await registerUser(t.url);
      const replies = await Promise.all([0, 1].map(() => refresh(t, user.refreshToken as string)));
      expect(replies.map((r) => r.status).sort()).toEqual([200, 401]);
      const winner = replies.find((r) => r.status === 200) as (typeof replies)[number];
      expect((await refresh(t, winner.body.refreshToken as string)).status).toBe(401);
    } finally {
      await t.close();
    }
  });
});
