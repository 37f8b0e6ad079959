import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startExpectingFailure, startStack } from '../support/stack';

/** Child processes of `pid`, read from /proc (the API the launcher runs). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Resolves once the process is gone or a zombie nobody reaps (an orphan's parent may not wait for it). */
function exited(pid: number): Promise<void> {
  return new Promise((resolve) => {
    const poll = () => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) {
          resolve();
          return;
        }
        setTimeout(poll, 50);
      } catch {
        resolve();
      }
    };
    poll();
  });
}

/**
 * The first command as a newcomer meets it: a clone in a private folder (like /root), a second start on the same
 * folder, a start after the first one was killed, and a port another program already uses. Each must either just
 * work or say in one sentence what is wrong and what to set.
 */
describe('torchbridge start when something is in the way', () => {
  // A clone inside a folder only its owner may enter (mode 0700), like a checkout under /root.
  const home = mkdtempSync(join(tmpdir(), 'tb-home-'));
  const clone = join(home, 'torchbridge');
  mkdirSync(clone);
  chmodSync(home, 0o700);
  const movedClusters: string[] = [];
  afterAll(() => {
    rmSync(home, { recursive: true, force: true });
    for (const dir of movedClusters) {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('starts from a private folder, refuses a second start on the same data, and takes over after the first was killed', async () => {
    const pgPort = await freePort();
    const env = { DATABASE_URL: '', REDIS_URL: '', EMBEDDED_PG_PORT: String(pgPort), SEED_DEMO: 'false' };
    const first = await startStack(env, { cwd: clone });
    try {
      const health = await fetch(`${first.url}/api/health`).then((r) => r.json());
      expect(health).toMatchObject({ status: 'ok', database: { status: 'up' } });
      if (process.getuid?.() === 0) {
        // PostgreSQL runs as the postgres user, which cannot enter the private folder: the launcher says where the cluster went.
        const moved = /the embedded database lives in (\S+) instead/.exec(first.output());
        expect(moved).not.toBeNull();
        movedClusters.push(moved?.[1] as string);
        expect(existsSync(join(moved?.[1] as string, 'PG_VERSION'))).toBe(true);
      }

      // A second start on the same folder says who holds it, and does not touch the running one.
      const second = await startExpectingFailure({ ...env, PORT: String(await freePort()) }, { cwd: clone });
      expect(second.code).toBe(1);
      expect(second.output).toMatch(new RegExp(`Torchbridge is already running from .* \\(process ${first.pid}, http://localhost:\\d+\\)`));
      expect(second.output).not.toContain('undefined');
      expect(second.output).not.toContain('is running at');
      expect((await fetch(`${first.url}/api/health`)).status).toBe(200);

      // The launcher and its API die without cleaning up; their PostgreSQL server is left running, holding the data.
      const api = childrenOf(first.pid).filter((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('api/main.js'));
      expect(api).toHaveLength(1);
      process.kill(first.pid, 'SIGKILL');
      process.kill(api[0] as number, 'SIGKILL');
      await Promise.all([exited(first.pid), exited(api[0] as number)]);
    } finally {
      await first.stop();
    }

    const third = await startStack(env, { cwd: clone });
    try {
      expect(third.output()).toMatch(/Stopping the PostgreSQL server a previous start left running \(process \d+\)/);
      expect((await fetch(`${third.url}/api/health`).then((r) => r.json())).database).toMatchObject({ status: 'up' });
    } finally {
      expect(await third.stop()).toBe(0);
    }
  });

  it('says the port is taken and which setting to change, before claiming anything', async () => {
    const blocker = net.createServer((socket) => socket.end('HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n'));
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      const run = await startExpectingFailure({ DATABASE_URL: '', REDIS_URL: '', PORT: String(port), TORCHBRIDGE_DATA_DIR: join(home, 'port-data') }, { cwd: clone });
      expect(run.code).toBe(1);
      expect(run.output).toContain(`Port ${port} is in use`);
      expect(run.output).toContain('set PORT');
      expect(run.output).not.toContain('is running at');
      expect(run.output).not.toContain('EADDRINUSE');
      expect(run.output).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  });
});
