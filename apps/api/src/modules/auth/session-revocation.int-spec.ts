import { type AuthResponse, UNAUTHORIZED } from '@torchbridge/contracts';
import { TEST_PASSWORD } from '@torchbridge/testing';
import { OutboxDispatcher } from '../../common/events/outbox-dispatcher';
import { call, ErrorReply, registerUser } from '../../../test/http';
import { connectRealtime } from '../../../test/sockets';
import { freshDatabase, startTestApp, TestApp } from '../../../test/test-app';

/** Whether a new socket with this token gets past the handshake. */
async function socketAccepted(url: string, token: string): Promise<boolean | string> {
  try {
    const socket = await connectRealtime(url, token);
    socket.disconnect();
    return true;
  } catch (error) {
    return (error as Error).message;
  }
}

const me = (t: TestApp, token: string): Promise<ErrorReply> => call(t.url, 'get', '/api/me', { token });

describe('an ended sign-in stops its access token at once', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { REFRESH_REUSE_GRACE_SECONDS: '0' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses the access token for REST and new sockets right after logout, and only that sign-in', async () => {
    const user = await registerUser(t.url);
    const second = await call<AuthResponse>(t.url, 'post', '/api/auth/login', {
      body: { email: user.registration.email, password: TEST_PASSWORD, tokenDelivery: 'body' },
    });
    expect((await me(t, user.accessToken)).status).toBe(200);
    expect(await socketAccepted(t.url, user.accessToken)).toBe(true);

    expect((await call(t.url, 'post', '/api/auth/logout', { token: user.accessToken, body: {} })).status).toBe(204);

    const refused = await me(t, user.accessToken);
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ code: 'auth.unauthenticated', message: 'This sign-in has ended; sign in again' });
    expect(await socketAccepted(t.url, user.accessToken)).toBe(UNAUTHORIZED);
    // The same person's other sign-in goes on working.
    expect((await me(t, second.body.accessToken)).status).toBe(200);
    expect(await socketAccepted(t.url, second.body.accessToken)).toBe(true);
  });

  it('refuses the access tokens of a family revoked by refresh-token reuse', async () => {
    const user = await registerUser(t.url);
    const rotated = await call<AuthResponse>(t.url, 'post', '/api/auth/refresh', { body: { refreshToken: user.refreshToken } });
    expect(rotated.status).toBe(200);
    const replay = await call(t.url, 'post', '/api/auth/refresh', { body: { refreshToken: user.refreshToken } });
    expect(replay.status).toBe(401);
    for (const token of [user.accessToken, rotated.body.accessToken]) {
      expect((await me(t, token)).status).toBe(401);
      expect(await socketAccepted(t.url, token)).toBe(UNAUTHORIZED);
    }
  });

  it('does not wait for the outbox: the refusal is written before logout answers', async () => {
    const own = await startTestApp();
    try {
      const user = await registerUser(own.url);
      await own.app.get(OutboxDispatcher).onApplicationShutdown();
      await call(own.url, 'post', '/api/auth/logout', { token: user.accessToken, body: {} });
      expect((await me(own, user.accessToken)).status).toBe(401);
    } finally {
      await own.close();
    }
  });
});

describe('revoked sign-ins across instances and restarts', () => {
  it('is refused at once by every instance sharing Redis', async () => {
    const database = await freshDatabase();
    const env = { JWT_SECRET: 'r'.repeat(40) };
    const a = await startTestApp({ redis: true, database, env });
    const b = await startTestApp({ redis: true, database, env });
    try {
      const user = await registerUser(a.url);
      expect((await me(b, user.accessToken)).status).toBe(200);
      await call(a.url, 'post', '/api/auth/logout', { token: user.accessToken, body: {} });
      expect((await me(b, user.accessToken)).status).toBe(401);
      expect(await socketAccepted(b.url, user.accessToken)).toBe(UNAUTHORIZED);
      expect((await me(a, user.accessToken)).status).toBe(401);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('is still refused by a single node after it restarts', async () => {
    const database = await freshDatabase();
    const env = { JWT_SECRET: 's'.repeat(40) };
    const first = await startTestApp({ database, env });
    let user: Awaited<ReturnType<typeof registerUser>>;
    try {
      user = await registerUser(first.url);
      await call(first.url, 'post', '/api/auth/logout', { token: user.accessToken, body: {} });
    } finally {
      await first.close();
    }
    const second = await startTestApp({ database, env });
    try {
      expect((await me(second, user.accessToken)).status).toBe(401);
    } finally {
      await second.close();
    }
  });
});
