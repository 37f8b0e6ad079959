import { buildRegistration, TEST_PASSWORD } from '@torchbridge/testing';
import { buildDemoData } from '../../database/seed/demo-data';
import { DEMO_PASSWORD } from '../../database/seed/demo-seed';
import { passwordProblem, personalWords } from './password-policy';

const anna = { email: 'anna.schmidt@example.de', displayName: 'Anna Schmidt' };

describe('password policy', () => {
  it.each([
    ['aaaaaaaaaa', 'password.pattern'],
    ['abcdefghij', 'password.pattern'],
    ['1234567890', 'password.common'],
    ['password123', 'password.common'],
    ['P@ssw0rd123!', 'password.common'],
    ['anna.schmidt@example.de', 'password.personal'],
    ['anna.schmidt', 'password.personal'],
    ['AnnaSchmidt2026', 'password.personal'],
    ['schmidt-1988!', 'password.personal'],
    ['Anna Schmidt', 'password.personal'],
    ['torchbridge-demo', 'password.personal'],
  ])('refuses %s as %s', (password, problem) => {
    expect(passwordProblem(password, anna)).toBe(problem);
  });

  it.each(['correct-horse-battery', 'lantern-orchard-42', 'kite harbour velvet', 'Tr0ub4dor&3xy', 'anna-kite-harbour-velvet'])('accepts %s', (password) => {
    expect(passwordProblem(password, anna)).toBeUndefined();
  });

  it('knows the email, its parts, the name, its words and the site', () => {
    expect(personalWords({ email: 'Li.Wei+tb@Example.cn', displayName: 'Li Wei 李伟' })).toEqual(
      expect.arrayContaining(['li.wei+tb@example.cn', 'li.wei+tb', 'wei', 'li wei 李伟', 'liwei李伟', 'torchbridge', '火炬桥']),
    );
  });

  it('stays fast on long and repetitive input', () => {
    for (const password of ['p@55w0rd'.repeat(16), 'aB3$'.repeat(32), '1'.repeat(128)]) {
      const started = performance.now();
      passwordProblem(password, anna);
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });

  it('accepts the passwords the tests and the demo use', () => {
    expect(passwordProblem(TEST_PASSWORD, buildRegistration())).toBeUndefined();
    expect(passwordProblem('shenzhen-berlin-2026', { email: 'e2e-1a2b3c4d@example.test', displayName: 'Zhou Min 周敏' })).toBeUndefined();
    const refused = buildDemoData().users.filter((user) => passwordProblem(DEMO_PASSWORD, user) !== undefined);
    expect(refused.map((user) => user.email)).toEqual([]);
  });
});
