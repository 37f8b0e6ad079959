import { runApiCommand } from './api-process';
import { eventCommand } from './commands/event';
import { importCommand, ImportUsageError, parseImportArgs } from './commands/import';
import { matchCommand } from './commands/match';
import { start } from './commands/start';
import { readCliEnv } from './config';
import { installSecret, startEmbeddedDatabase } from './embedded-database';

const USAGE = `torchbridge <command>

  start [--no-seed]   start PostgreSQL (embedded unless DATABASE_URL is set), the API and the web app
  migrate             apply pending database migrations
  seed                apply migrations and load the demo data (idempotent)
  match solve [--in FILE] [--out FILE]
                      best founder↔mentor assignment with an optimality certificate (JSON in, JSON out)
  event schedule [--in FILE] [--out FILE]
                      brokerage-event meetings in rounds and tables, with a proven bound (JSON in, JSON out)
  import <mentors|startups> FILE [--url URL] [--email E --password P] [--yes]
                      check a CSV on the server, print the per-row report, write the good rows when confirmed

Environment: DATABASE_URL, REDIS_URL, PORT (3000), HOST (127.0.0.1), TORCHBRIDGE_DATA_DIR (.data),
TORCHBRIDGE_URL, TORCHBRIDGE_EMAIL, TORCHBRIDGE_PASSWORD (for import)`;

export class UsageError extends Error {}

async function withDatabase(command: string): Promise<void> {
  const env = readCliEnv();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const embedded = env.databaseUrl ? undefined : await startEmbeddedDatabase(env.dataDir, env.embeddedPgPort, log);
  try {
    await runApiCommand(command, {
      ...env.passthrough,
      DATABASE_URL: env.databaseUrl ?? embedded?.url,
      JWT_SECRET: env.jwtSecret ?? installSecret(env.dataDir, 'jwt-secret'),
    });
  } finally {
    await embedded?.stop();
  }
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'start':
      return start(readCliEnv(), { seed: !rest.includes('--no-seed') });
    case 'import': {
      const env = readCliEnv();
      const options = parseImportArgs(rest, { url: env.apiUrl, email: env.email, password: env.password });
      await importCommand(options, (line) => process.stdout.write(`${line}\n`));
      return;
    }
    case 'match':
      return matchCommand(rest, process).then((code) => {
        process.exitCode = code;
      });
    case 'event':
      return eventCommand(rest, process).then((code) => {
        process.exitCode = code;
      });
    case 'migrate':
    case 'seed':
      return withDatabase(command);
    case undefined:
    case 'help':
    case '--help':
      process.stdout.write(`${USAGE}\n`);
      return;
    default:
      throw new UsageError(`Unknown command "${command}"\n\n${USAGE}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : `Start-up failed: ${String(error)}`}\n`);
  process.exit(error instanceof UsageError || error instanceof ImportUsageError ? 2 : 1);
});
