import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { ConfigError, configFromProcessEnv } from './config/app-config';
import { runCommand } from './database/commands';
import { seedDemo } from './database/seed/demo-seed';
import { DataSource } from 'typeorm';

async function main(): Promise<void> {
  const config = configFromProcessEnv();
  const command = process.argv[2] ?? 'serve';
  if (command !== 'serve') {
    await runCommand(command, config);
    return;
  }
  const app = await createApp(config);
  if (config.SEED_DEMO) {
    const report = await seedDemo(app.get(DataSource));
    new Logger('Seed').log(`Demo data ready: ${JSON.stringify(report)}`);
  }
  try {
    await app.listen(config.PORT, config.HOST);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      process.stderr.write(`Port ${config.PORT} on ${config.HOST} is in use; set PORT to a free port.\n`);
      await app.close();
      process.exit(1);
    }
    throw error;
  }
  const url = await app.getUrl();
  new Logger('Torchbridge').log(`API listening on ${url} (${config.REDIS_URL ? 'clustered over Redis' : 'single-node'})`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(78);
  }
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
