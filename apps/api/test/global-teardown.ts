import './register-paths';
import { dropDatabasesLike } from '@torchbridge/testing';

export default async function globalTeardown(): Promise<void> {
  await dropDatabasesLike(`tb_it_${process.env['TB_TEST_RUN'] ?? 'none'}_`, { evenIfInUse: true });
  const template = process.env['TB_TEST_TEMPLATE'];
  if (template) {
    await dropDatabasesLike(template, { evenIfInUse: true });
  }
}
