import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startStack } from '../support/stack';

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** The zero-setup default: no DATABASE_URL, no REDIS_URL — embedded PostgreSQL, single node, demo data. */
describe('torchbridge start on the embedded default', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tb-embedded-'));
  // When run as root, PostgreSQL runs as the unprivileged postgres user, which must reach the folder.
  chmodSync(dataDir, 0o755);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts real PostgreSQL, loads the demo data, and stops it cleanly', async () => {
    const pgPort = await freePort();
    const stack = await startStack({ DATABASE_URL: '', REDIS_URL: '', TORCHBRIDGE_DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort) });
    try {
      const health = await fetch(`${stack.url}/api/health`).then((r) => r.json());
      expect(health).toMatchObject({ status: 'ok', mode: 'single-node', database: { status: 'up' }, redis: { status: 'disabled' } });
      expect(stack.output()).toContain('Demo sign-ins');
      const login = await fetch(`${stack.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'manager@torchbridge.dev', password: 'lantern-orchard-42' }),
      });
      expect(login.status).toBe(200);
      const { accessToken } = (await login.json()) as { accessToken: string };
      const parks = (await fetch(`${stack.url}/api/parks`, { headers: { authorization: `Bearer ${accessToken}` } }).then((r) => r.json())) as unknown[];
      expect(parks.length).toBeGreaterThanOrEqual(54);
      expect(await portOpen(pgPort)).toBe(true);
    } finally {
      expect(await stack.stop()).toBe(0);
    }
    expect(await portOpen(pgPort)).toBe(false);
  });
});
