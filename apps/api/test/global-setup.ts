import './register-paths';
import { createDatabase, databaseUrl, dropDatabasesLike, ownedByLiveRun } from '@torchbridge/testing';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';

/** Migrates one template database; every test file clones it (CREATE DATABASE … TEMPLATE). */
export default async function globalSetup(): Promise<void> {
  const runId = `${process.pid}`;
  const template = `tb_tpl_${runId}`;
  // Leftovers of killed runs go; another run still going on this machine keeps its databases.
  await dropDatabasesLike('tb_tpl_', { keep: ownedByLiveRun });
  await dropDatabasesLike('tb_it_', { keep: ownedByLiveRun });
  process.env['TB_TEST_RUN'] = runId;
  await createDatabase(template);
  const db = new DataSource(dataSourceOptions({ url: databaseUrl(template), poolSize: 1, migrationsRun: false }));
  await db.initialize();
  await db.runMigrations({ transaction: 'each' });
  await db.destroy();
  process.env['TB_TEST_TEMPLATE'] = template;
}
