import { REALTIME_NAMESPACE, UNAUTHORIZED } from '@torchbridge/contracts';
import { io, Socket } from 'socket.io-client';
import { call, registerUser } from '../../test/http';
import { startTestApp, TestApp } from '../../test/test-app';

function connect(url: string, token?: string, origin?: string): Socket {
  return io(`${url}${REALTIME_NAMESPACE}`, {
    auth: token ? { token } : {},
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: origin ? { origin } : undefined,
  });
}

function outcome(socket: Socket): Promise<{ ok: true } | { ok: false; message: string }> {
  return new Promise((resolve) => {
    socket.once('session:ready', () => resolve({ ok: true }));
    socket.once('connect_error', (error) => resolve({ ok: false, message: error.message }));
  });
}

describe('realtime handshake', () => {
  let t: TestApp;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    t = await startTestApp({ env: { CORS_ORIGINS: 'https://app.torchbridge.example' } });
  });
  afterEach(() => {
    sockets.splice(0).forEach((s) => s.disconnect());
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses a socket without a token or with a bad one', async () => {
    const none = connect(t.url);
    const bad = connect(t.url, 'not-a-jwt');
    sockets.push(none, bad);
    expect(await outcome(none)).toEqual({ ok: false, message: UNAUTHORIZED });
    expect(await outcome(bad)).toEqual({ ok: false, message: UNAUTHORIZED });
  });

  it('accepts a signed-in user and answers a typed event with an ack', async () => {
    const user = await registerUser(t.url);
    const socket = connect(t.url, user.accessToken);
    sockets.push(socket);
    expect(await outcome(socket)).toEqual({ ok: true });
    const reply = await socket.timeout(2000).emitWithAck('ping');
    expect(typeof reply.at).toBe('string');
  });

  it('refuses a browser from a foreign origin but allows the configured one', async () => {
    const user = await registerUser(t.url);
    const foreign = connect(t.url, user.accessToken, 'https://evil.example');
    const allowed = connect(t.url, user.accessToken, 'https://app.torchbridge.example');
    sockets.push(foreign, allowed);
    const refused = await outcome(foreign);
    expect(refused.ok).toBe(false);
    expect(await outcome(allowed)).toEqual({ ok: true });
  });

  it('disconnects the sockets of a sign-in when it logs out, and only those', async () => {
    const user = await registerUser(t.url);
    const other = await registerUser(t.url);
    const mine = connect(t.url, user.accessToken);
    const theirs = connect(t.url, other.accessToken);
    sockets.push(mine, theirs);
    await Promise.all([outcome(mine), outcome(theirs)]);
    const revoked = new Promise<string>((resolve) => mine.once('session:revoked', (p) => resolve(p.reason)));
    const closed = new Promise<string>((resolve) => mine.once('disconnect', (reason) => resolve(reason)));
    await call(t.url, 'post', '/api/auth/logout', { token: user.accessToken, body: {} });
    expect(await revoked).toBe('logout');
    expect(await closed).toBe('io server disconnect');
    expect(theirs.connected).toBe(true);
  });
});
