import type { RegisterRequest, SelfRegisterRole } from '@torchbridge/contracts';
import { randomUUID } from 'node:crypto';

export const TEST_PASSWORD = 'correct-horse-battery';

/** A registration that never collides with another test's. */
export function buildRegistration(overrides: Partial<RegisterRequest> & { role?: SelfRegisterRole } = {}): RegisterRequest {
  const tag = randomUUID().slice(0, 8);
  return {
    email: `person-${tag}@example.test`,
    password: TEST_PASSWORD,
    displayName: `Test Person ${tag}`,
    role: 'founder',
    locale: 'en',
    timeZone: 'Asia/Shanghai',
    ...overrides,
  };
}
