import { DataSource } from 'typeorm';

// Arbitrary but fixed: every Torchbridge instance takes the same lock.
const MIGRATION_LOCK = 7_310_422_001;

/** Applies pending migrations while holding an advisory lock, so instances starting together migrate once. */
export async function migrateWithLock(db: DataSource): Promise<number> {
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await db.runMigrations({ transaction: 'each' });
    return applied.length;
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
