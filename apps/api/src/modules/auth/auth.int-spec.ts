import type { AuthResponse, UserView } from '@torchbridge/contracts';
import { REFRESH_COOKIE } from '@torchbridge/contracts';
import { buildRegistration, TEST_PASSWORD } from '@torchbridge/testing';
import { call, ErrorReply, registerUser } from '../../../test/http';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from '../../../test/test-app';

describe('identity: register, login, refresh rotation, logout', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('registers a founder, returns a working access token and never the password hash', async () => {
    const registration = buildRegistration({ role: 'founder', locale: 'zh-CN', timeZone: 'Asia/Shanghai' });
    const reply = await call<AuthResponse>(t.url, 'post', '/api/auth/register', { body: registration });
    expect(reply.status).toBe(201);
    expect(reply.body.user).toMatchObject({ email: registration.email, role: 'founder', locale: 'zh-CN', timeZone: 'Asia/Shanghai' });
    expect(JSON.stringify(reply.body)).not.toMatch(/argon2|passwordHash/);
    expect(reply.body.refreshToken).toBeUndefined();
    expect(reply.headers.get('set-cookie')).toMatch(new RegExp(`${REFRESH_COOKIE}=.+; Path=/api/auth; Expires=.+; HttpOnly; SameSite=Strict`));

    const me = await call<UserView>(t.url, 'get', '/api/me', { token: reply.body.accessToken });
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(registration.email);
  });

  it('refuses to let anyone register as a manager or admin', async () => {
    const reply: ErrorReply = await call(t.url, 'post', '/api/auth/register', { body: buildRegistration({ role: 'manager' as never }) });
    expect(reply.status).toBe(400);
    expect(reply.body.message).toContain('role must be one of: founder, mentor');
  });

  it('rejects a duplicate email with 409 naming the field, case-insensitively', async () => {
    const first = await registerUser(t.url);
    const reply: ErrorReply = await call(t.url, 'post', '/api/auth/register', {
      body: buildRegistration({ email: first.registration.email.toUpperCase() }),
    });
    expect(reply.status).toBe(409);
    expect(reply.body).toMatchObject({ statusCode: 409, error: 'Conflict', code: 'field.taken', params: { field: 'email' }, message: 'email is already registered' });
  });

  it('names every bad field in a 400 and writes nothing', async () => {
    const email = `bad-${Date.now()}@example.test`;
    const reply: ErrorReply = await call(t.url, 'post', '/api/auth/register', {
      body: { email, password: 'short', displayName: '', role: 'founder', timeZone: 'Mars/Olympus' },
    });
    expect(reply.status).toBe(400);
    const fields = (reply.body.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual(['displayName', 'password', 'timeZone']);
    expect(reply.body.message).toContain('timeZone must be an IANA time zone');
    const login = await call(t.url, 'post', '/api/auth/login', { body: { email, password: 'short' } });
    expect(login.status).toBe(401);
  });

  it('rejects unknown fields instead of silently dropping them', async () => {
    const reply: ErrorReply = await call(t.url, 'post', '/api/auth/register', { body: { ...buildRegistration(), isAdmin: true } });
    expect(reply.status).toBe(400);
    expect(reply.body.message).toContain('property isAdmin should not exist');
  });

  it('logs in with the right password only, with the same message for unknown emails', async () => {
    const user = await registerUser(t.url);
    const wrong: ErrorReply = await call(t.url, 'post', '/api/auth/login', { body: { email: user.registration.email, password: 'not-the-password' } });
    const unknown: ErrorReply = await call(t.url, 'post', '/api/auth/login', { body: { email: 'nobody@example.test', password: TEST_PASSWORD } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.message).toBe(unknown.body.message);
    expect([wrong.body.code, unknown.body.code]).toEqual(['auth.bad_credentials', 'auth.bad_credentials']);
    const ok = await call<AuthResponse>(t.url, 'post', '/api/auth/login', {
      body: { email: `  ${user.registration.email.toUpperCase()} `, password: TEST_PASSWORD },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.user.id).toBe(user.user.id);
  });

  it('rotates refresh tokens; a rotated token presented again within the grace gets a sibling, not the same token', async () => {
    const user = await registerUser(t.url);
    const first = user.refreshToken as string;
    const second = await call<AuthResponse>(t.url, 'post', '/api/auth/refresh', { body: { refreshToken: first } });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).toBeDefined();
    expect(second.body.refreshToken).not.toBe(first);

    // Another tab that still held the old token: answered within the grace (reuse after it: refresh-grace.int-spec).
    const sibling = await call<AuthResponse>(t.url, 'post', '/api/auth/refresh', { body: { refreshToken: first } });
    expect(sibling.status).toBe(200);
    expect([first, second.body.refreshToken]).not.toContain(sibling.body.refreshToken);
    expect((await call(t.url, 'post', '/api/auth/refresh', { body: { refreshToken: second.body.refreshToken } })).status).toBe(200);
  });

  it('answers 401, never 500, for refresh tokens that only look like ours', async () => {
    for (const refreshToken of [`${'-'.repeat(36)}.${'a'.repeat(43)}`, 'x.y', '']) {
      const reply: ErrorReply = await call(t.url, 'post', '/api/auth/refresh', { body: { refreshToken } });
      expect({ refreshToken, status: reply.status, code: reply.body.code }).toEqual({ refreshToken, status: 401, code: 'auth.refresh_invalid' });
      expect((await call(t.url, 'post', '/api/auth/logout', { body: { refreshToken } })).status).toBe(204);
    }
  });

  it('refreshes from the httpOnly cookie the browser sends', async () => {
    const registration = buildRegistration();
    const reg = await call<AuthResponse>(t.url, 'post', '/api/auth/register', { body: registration });
    const cookie = (reg.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const refreshed = await call<AuthResponse>(t.url, 'post', '/api/auth/refresh', { body: {}, headers: { cookie } });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.user.email).toBe(registration.email);
    expect(refreshed.body.refreshToken).toBeUndefined();
    expect(refreshed.headers.get('set-cookie')).toContain(`${REFRESH_COOKIE}=`);
  });

  it('logout ends the sign-in: its refresh token stops working', async () => {
    const user = await registerUser(t.url);
    const out = await call(t.url, 'post', '/api/auth/logout', { body: { refreshToken: user.refreshToken }, token: user.accessToken });
    expect(out.status).toBe(204);
    const refresh: ErrorReply = await call(t.url, 'post', '/api/auth/refresh', { body: { refreshToken: user.refreshToken } });
    expect(refresh.status).toBe(401);
    expect(refresh.body).toMatchObject({ code: 'auth.refresh_invalid', message: expect.stringContaining('session has ended') });
  });

  it('remembers the UI language and time zone per user', async () => {
    const user = await registerUser(t.url, { locale: 'en' });
    const patched = await call<UserView>(t.url, 'patch', '/api/me', { token: user.accessToken, body: { locale: 'zh-CN', timeZone: 'Europe/Berlin' } });
    expect(patched.status).toBe(200);
    const login = await call<AuthResponse>(t.url, 'post', '/api/auth/login', { body: { email: user.registration.email, password: TEST_PASSWORD } });
    expect(login.body.user).toMatchObject({ locale: 'zh-CN', timeZone: 'Europe/Berlin' });
    const bad: ErrorReply = await call(t.url, 'patch', '/api/me', { token: user.accessToken, body: { timeZone: '+08:00' } });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('timeZone');
  });

  it('refuses null for settings that cannot be empty, changing nothing', async () => {
    const user = await registerUser(t.url, { locale: 'zh-CN' });
    const patched = await call<ErrorReply['body']>(t.url, 'patch', '/api/me', { token: user.accessToken, body: { displayName: null, locale: null, timeZone: 'Asia/Tokyo' } });
    expect(patched.status).toBe(400);
    expect(patched.body.message).toContain('displayName');
    expect(patched.body.message).toContain('locale');
    const after = await call<UserView>(t.url, 'get', '/api/me', { token: user.accessToken });
    expect(after.body).toMatchObject({ displayName: user.user.displayName, locale: 'zh-CN', timeZone: user.user.timeZone });
  });

  it('records registrations, settings changes and ended sessions as domain events', async () => {
    const user = await registerUser(t.url);
    await call(t.url, 'patch', '/api/me', { token: user.accessToken, body: { displayName: 'Renamed' } });
    await call(t.url, 'post', '/api/auth/logout', { body: { refreshToken: user.refreshToken } });
    const events: { name: string; payload: Record<string, string> }[] = await t.app
      .get(DataSource)
      .query(`SELECT name, payload FROM outbox_events WHERE payload->>'userId' = $1 ORDER BY id`, [user.user.id]);
    expect(events).toEqual([
      { name: 'user.registered', payload: { userId: user.user.id, role: user.user.role } },
      { name: 'user.updated', payload: { userId: user.user.id } },
      { name: 'session.ended', payload: { userId: user.user.id, sessionId: expect.any(String) } },
    ]);
  });

  it('answers 404 with a code when the account is gone', async () => {
    const user = await registerUser(t.url);
    await t.app.get(DataSource).query('DELETE FROM users WHERE id = $1', [user.user.id]);
    const me: ErrorReply = await call(t.url, 'get', '/api/me', { token: user.accessToken });
    expect(me.status).toBe(404);
    expect(me.body.code).toBe('account.not_found');
  });
});
