import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blockingAncestor, ensurePortFree, LauncherLock, LaunchError } from './launch-checks';

describe('start-up checks', () => {
  const root = mkdtempSync(join(tmpdir(), 'tb-launch-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('names the port and the setting when something already listens there', async () => {
    const server = net.createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const { port } = server.address() as net.AddressInfo;
    try {
      await expect(ensurePortFree(port, '127.0.0.1', 'Torchbridge', 'PORT')).rejects.toThrow(new RegExp(`Port ${port} is in use.*set PORT`));
      await expect(ensurePortFree(port, '127.0.0.1', 'Torchbridge', 'PORT')).rejects.toBeInstanceOf(LaunchError);
    } finally {
      server.close();
    }
    await expect(ensurePortFree(port, '127.0.0.1', 'Torchbridge', 'PORT')).resolves.toBeUndefined();
  });

  it('finds the private folder the postgres account cannot pass through', () => {
    const privateDir = join(root, 'private');
    mkdirSync(join(privateDir, 'clone'), { recursive: true });
    chmodSync(root, 0o755);
    chmodSync(privateDir, 0o700);
    const stranger = { uid: 99999, gid: 99999 };
    expect(blockingAncestor(join(privateDir, 'clone', '.data', 'postgres'), stranger)).toEqual({ path: privateDir, mode: '0700' });
    // The owner passes; so does anyone once the folder is searchable by others.
    const owner = { uid: statSync(privateDir).uid, gid: 99999 };
    expect(blockingAncestor(join(privateDir, 'clone'), owner)).toBeUndefined();
    chmodSync(privateDir, 0o711);
    expect(blockingAncestor(join(privateDir, 'clone', '.data', 'postgres'), stranger)).toBeUndefined();
  });

  it('refuses a second launcher on the same data folder while the first lives, and ignores a dead one', () => {
    const dataDir = join(root, 'data');
    const first = new LauncherLock(dataDir);
    first.hold('http://localhost:3000');
    // This process holds it: the same process may check again.
    expect(() => first.assertFree(dataDir)).not.toThrow();
    const other = new LauncherLock(dataDir) as unknown as { read: () => unknown };
    // A record naming another live process (our parent) blocks; one naming a dead process does not.
    jest.spyOn(other, 'read').mockReturnValue({ pid: process.ppid, url: 'http://localhost:3000' });
    expect(() => (other as unknown as LauncherLock).assertFree(dataDir)).toThrow(/already running from .*process \d+, http:\/\/localhost:3000/);
    jest.spyOn(other, 'read').mockReturnValue({ pid: 2 ** 22 + 12345, url: 'http://localhost:3000' });
    expect(() => (other as unknown as LauncherLock).assertFree(dataDir)).not.toThrow();
    first.release();
  });
});
