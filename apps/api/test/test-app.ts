import type { INestApplication } from '@nestjs/common';
import { createDatabase, databaseUrl, dropDatabase, testServices } from '@torchbridge/testing';
import { randomBytes } from 'node:crypto';
import { createApp } from '../src/app.factory';
import { AppConfig, parseConfig } from '../src/config/app-config';

export interface TestApp {
  app: INestApplication;
  /** http://127.0.0.1:<port> */
  url: string;
  config: AppConfig;
  databaseUrl: string;
  close(): Promise<void>;
}

let counter = 0;

/** A fresh database cloned from the migrated template, for one test file. */
export async function freshDatabase(): Promise<{ name: string; url: string }> {
  const template = process.env['TB_TEST_TEMPLATE'];
  if (!template) {
    throw new Error('Integration tests must run through apps/api/jest.int.config.cts (global setup missing)');
  }
  const name = `tb_it_${process.env['TB_TEST_RUN'] ?? 'x'}_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  await createDatabase(name, template);
  return { name, url: databaseUrl(name) };
}

export interface TestAppOptions {
  redis?: boolean;
  env?: Record<string, string>;
  /** Reuse a database across several app instances (scale-out tests). */
  database?: { name: string; url: string };
}

/** Boots the real application (same factory as production) on a random loopback port. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const ownsDatabase = !options.database;
  const database = options.database ?? (await freshDatabase());
  const config = parseConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: '5',
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'silent',
    // Every test registers its users from 127.0.0.1; registration-limit tests set their own budget.
    REGISTER_RATE_PER_ADDRESS: '100000',
    // Each test database gets its own Redis keys, so runs and files never see each other's limits or caches.
    ...(options.redis ? { REDIS_URL: testServices.redisUrl, REDIS_PREFIX: `tb:${database.name}:` } : {}),
    ...options.env,
  });
  const app = await createApp(config, { migrationsRun: false });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    url: `http://127.0.0.1:${address.port}`,
    config,
    databaseUrl: database.url,
    async close() {
      await app.close();
      if (ownsDatabase) {
        await dropDatabase(database.name);
      }
    },
  };
}
