import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source';
import { migrateWithLock } from './migrate';
import { seedDemo } from './seed/demo-seed';

const COMMANDS = ['migrate', 'migrate:revert', 'seed'] as const;

/** Operations the API bundle runs without serving: `node main.js migrate|migrate:revert|seed`. */
export async function runCommand(command: string, config: AppConfig): Promise<void> {
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new Error(`Unknown command "${command}"; expected serve, ${COMMANDS.join(', ')}`);
  }
  const db = new DataSource(dataSourceOptions({ url: config.DATABASE_URL, poolSize: 2, migrationsRun: false }));
  await db.initialize();
  try {
    if (command === 'migrate:revert') {
      await db.undoLastMigration({ transaction: 'each' });
      return;
    }
    const applied = await migrateWithLock(db);
    process.stdout.write(`Applied ${applied} migration(s)\n`);
    if (command === 'seed') {
      const report = await seedDemo(db);
      process.stdout.write(`Demo data: ${JSON.stringify(report)}\n`);
    }
  } finally {
    await db.destroy();
  }
}
