import { resolve } from 'node:path';

/** The launcher's settings; the one place in the command line that reads the environment. */
export interface CliEnv {
  databaseUrl?: string;
  redisUrl?: string;
  jwtSecret?: string;
  port: number;
  host: string;
  dataDir: string;
  embeddedPgPort: number;
  apiUrl?: string;
  email?: string;
  password?: string;
  /** Everything else is passed through to the API process unchanged. */
  passthrough: NodeJS.ProcessEnv;
}

export function readCliEnv(env: NodeJS.ProcessEnv = process.env): CliEnv {
  const port = Number(env['PORT'] ?? 3000);
  const embeddedPgPort = Number(env['EMBEDDED_PG_PORT'] ?? 54329);
  for (const [name, value] of [['PORT', port], ['EMBEDDED_PG_PORT', embeddedPgPort]] as const) {
    if (!Number.isInteger(value) || value < 0 || value > 65535) {
      throw new Error(`${name} must be a port number (0-65535)`);
    }
  }
  return {
    databaseUrl: env['DATABASE_URL'] || undefined,
    redisUrl: env['REDIS_URL'] || undefined,
    jwtSecret: env['JWT_SECRET'] || undefined,
    port,
    host: env['HOST'] ?? '127.0.0.1',
    dataDir: resolve(env['TORCHBRIDGE_DATA_DIR'] ?? '.data'),
    embeddedPgPort,
    apiUrl: env['TORCHBRIDGE_URL'] || undefined,
    email: env['TORCHBRIDGE_EMAIL'] || undefined,
    password: env['TORCHBRIDGE_PASSWORD'] || undefined,
    passthrough: env,
  };
}
