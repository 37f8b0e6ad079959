import './register-paths';
import { createDatabase, databaseUrl, dropDatabasesLike } from '@torchbridge/testing';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';

/** Migrates one template database; every test file clones it (CREATE DATABASE … TEMPLATE). */
export default async function globalSetup(): Promise<void> {
  const runId = `${process.pid}`;
  const template = `tb_tpl_${runId}`;
  await dropDatabasesLike('tb_tpl_');
  await dropDatabasesLike('tb_it_');
  process.env['TB_TEST_RUN'] = runId;
  await createDatabase(template);
  const db = new DataSource(dataSourceOptions({ url: databaseUrl(template), poolSize: 1, migrationsRun: false }));
  await db.initialize();
  await db.runMigrations({ transaction: 'each' });
  await db.destroy();
  process.env['TB_TEST_TEMPLATE'] = template;
}
