import { Client } from 'pg';

/** Where the test suite finds PostgreSQL and Redis; CI and developer machines run both on loopback. */
export const testServices = {
  postgresAdminUrl: process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  redisUrl: process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
};

export function databaseUrl(name: string): string {
  const url = new URL(testServices.postgresAdminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: testServices.postgresAdminUrl });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is not answering at ${testServices.postgresAdminUrl} (${(error as Error).message}); ` +
        'start it before running integration tests',
    );
  }
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const safeName = (name: string) => {
  if (!/^[a-z0-9_]{1,63}$/.test(name)) {
    throw new Error(`Unsafe database name ${name}`);
  }
  return name;
};

export function createDatabase(name: string, template?: string): Promise<void> {
  return admin(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${safeName(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${safeName(name)}${template ? ` TEMPLATE ${safeName(template)}` : ''}`);
  });
}

export function dropDatabase(name: string): Promise<void> {
  return admin(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${safeName(name)} WITH (FORCE)`);
  });
}

/** Drops databases left behind by earlier runs killed before their teardown; ones in use (another run) are left alone. */
export function dropDatabasesLike(prefix: string, options: { evenIfInUse?: boolean; keep?: (name: string) => boolean } = {}): Promise<void> {
  return admin(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database d
        WHERE datname LIKE $1 AND ($2 OR NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = d.datname))`,
      [`${safeName(prefix)}%`, options.evenIfInUse ?? false],
    );
    for (const row of rows.filter((r) => !options.keep?.(r.datname))) {
      await client.query(`DROP DATABASE IF EXISTS ${safeName(row.datname)} WITH (FORCE)`);
    }
  });
}

/** Whether a database belongs to a test run whose process is still alive (`tb_tpl_<pid>`, `tb_it_<pid>_…`). */
export function ownedByLiveRun(name: string): boolean {
  const pid = Number(/^tb_(?:tpl|it)_(\d+)/.exec(name)?.[1]);
  if (!pid || pid === process.pid) {
    return false;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
