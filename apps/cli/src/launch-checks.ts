import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, parse } from 'node:path';

/** A start-up problem the user can fix; printed as one sentence, without a stack trace. */
export class LaunchError extends Error {}

/** Fails with the setting to change when something already listens on the port. */
export async function ensurePortFree(port: number, host: string, what: string, setting: string): Promise<void> {
  if (port === 0) {
    return;
  }
  const problem = await new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(undefined)));
  });
  if (problem?.code === 'EADDRINUSE') {
    throw new LaunchError(`Port ${port} is in use, so ${what} cannot listen there. Stop what is using it, or set ${setting} to a free port (e.g. ${setting}=${port + 1}).`);
  }
  if (problem?.code === 'EACCES') {
    throw new LaunchError(`Port ${port} needs more privileges than this user has; set ${setting} to a port above 1024.`);
  }
  if (problem) {
    throw new LaunchError(`Cannot listen on ${host}:${port} for ${what} (${problem.code ?? problem.message}); check ${setting} and HOST.`);
  }
}

/** Whether a process with this id is alive (signal 0 only checks); a zombie nobody has reaped yet counts as gone. */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) {
    return false;
  }
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return true;
  }
}

interface LauncherState {
  pid: number;
  url: string;
}

/** `<data>/launcher.json` says which launcher owns the folder, so a second start can say so instead of failing obscurely. */
export class LauncherLock {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, 'launcher.json');
  }

  /** Throws when another live launcher runs from the same folder; a stale record is ignored. */
  assertFree(dataDir: string): void {
    const state = this.read();
    if (state && state.pid !== process.pid && isAlive(state.pid)) {
      throw new LaunchError(
        `Torchbridge is already running from ${dataDir} (process ${state.pid}, ${state.url}). Stop it first (Ctrl+C in its terminal, or kill ${state.pid}), or set TORCHBRIDGE_DATA_DIR to start another copy elsewhere.`,
      );
    }
  }

  hold(url: string): void {
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(this.file, JSON.stringify({ pid: process.pid, url } satisfies LauncherState));
  }

  release(): void {
    const state = this.read();
    if (state?.pid === process.pid) {
      rmSync(this.file, { force: true });
    }
  }

  private read(): LauncherState | undefined {
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as Partial<LauncherState>;
      return typeof parsed.pid === 'number' && typeof parsed.url === 'string' ? { pid: parsed.pid, url: parsed.url } : undefined;
    } catch {
      return undefined;
    }
  }
}

export interface Account {
  uid: number;
  gid: number;
}

/** The account PostgreSQL will run as when started by root, if it exists yet. */
export function postgresAccount(): Account | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The first existing folder on the way to `dir` that `account` cannot pass through (no search permission), or
 * undefined when every existing ancestor lets it through. Without an account (it is created later), only the
 * permissions for others count.
 */
export function blockingAncestor(dir: string, account: Account | undefined): { path: string; mode: string } | undefined {
  const chain: string[] = [];
  let current = dir;
  while (true) {
    chain.unshift(current);
    const parent = dirname(current);
    if (parent === current || current === parse(current).root) {
      break;
    }
    current = parent;
  }
  for (const path of chain) {
    if (!existsSync(path)) {
      break;
    }
    const stat = statSync(path);
    const bit = account && stat.uid === account.uid ? 0o100 : account && stat.gid === account.gid ? 0o010 : 0o001;
    if ((stat.mode & bit) === 0) {
      return { path, mode: (stat.mode & 0o777).toString(8).padStart(4, '0') };
    }
  }
  return undefined;
}

/**
 * Where the embedded cluster keeps its files. Started by root, PostgreSQL runs as the unprivileged `postgres` user,
 * which cannot reach a clone in a private folder such as /root; then the cluster lives in a reachable folder chosen
 * once per data folder (the same on every start), and the launcher says where.
 */
export function clusterDirectory(dataDir: string, log: (line: string) => void, isRoot = process.getuid?.() === 0): string {
  const preferred = join(dataDir, 'postgres');
  if (!isRoot) {
    return preferred;
  }
  const account = postgresAccount();
  const blocked = blockingAncestor(preferred, account);
  if (!blocked) {
    return preferred;
  }
  const key = createHash('sha256').update(dataDir).digest('hex').slice(0, 12);
  for (const base of ['/var/lib/torchbridge', join(tmpdir(), 'torchbridge')]) {
    try {
      mkdirSync(base, { recursive: true, mode: 0o755 });
    } catch {
      continue;
    }
    const candidate = join(base, `postgres-${key}`);
    if (!blockingAncestor(candidate, account)) {
      log(
        `The data folder ${dataDir} is not reachable by the postgres user PostgreSQL runs as (${blocked.path} has mode ${blocked.mode}); ` +
          `the embedded database lives in ${candidate} instead. Set TORCHBRIDGE_DATA_DIR to a reachable folder to choose.`,
      );
      return candidate;
    }
  }
  throw new LaunchError(
    `The data folder ${dataDir} is not reachable by the postgres user (${blocked.path} has mode ${blocked.mode}), and no reachable folder could be created; set TORCHBRIDGE_DATA_DIR to a folder outside ${blocked.path}.`,
  );
}
