import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { registerUser } from '../../../test/http';
import { startTestApp, TestApp } from '../../../test/test-app';
import { AppError } from '../../common/errors/app-error';
import { NO_PASSWORD, NewUser, UsersService } from './index';

function newUser(overrides: Partial<NewUser> = {}): NewUser {
  return {
    email: `u-${randomUUID()}@example.test`,
    passwordHash: NO_PASSWORD,
    role: 'mentor',
    displayName: 'Imported Mentor',
    locale: 'en',
    timeZone: 'Asia/Shanghai',
    ...overrides,
  };
}

describe('UsersService: the one way other modules read and write accounts', () => {
  let t: TestApp;
  let users: UsersService;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestApp();
    users = t.app.get(UsersService);
    db = t.app.get(DataSource);
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates accounts in the caller transaction, and a taken email is a coded 409', async () => {
    const input = newUser({ phone: '+86 138 0000 0000' });
    const id = await db.transaction((tx) => users.create(tx, input));
    const card = (await users.cards([id])).get(id);
    expect(card).toEqual({ id, email: input.email, phone: '+86 138 0000 0000', role: 'mentor', displayName: 'Imported Mentor', locale: 'en', timeZone: 'Asia/Shanghai', workingHours: { startMinute: 540, endMinute: 1080, weekdays: [1, 2, 3, 4, 5] } });
    const clash = await db.transaction((tx) => users.create(tx, newUser({ email: input.email }))).catch((e: unknown) => e);
    expect(clash).toBeInstanceOf(AppError);
    expect((clash as AppError).getStatus()).toBe(409);
    expect((clash as AppError).code).toBe('field.taken');
  });

  it('rolls the account back with the caller transaction', async () => {
    const input = newUser();
    await db
      .transaction(async (tx) => {
        await users.create(tx, input);
        throw new Error('caller failed later');
      })
      .catch(() => undefined);
    expect(await users.existingEmails([input.email])).toEqual(new Set());
  });

  it('creates many accounts at once, returning ids in input order; an imported account cannot sign in', async () => {
    const inputs = [newUser({ displayName: 'A' }), newUser({ displayName: 'B' }), newUser({ displayName: 'C' })];
    const ids = await db.transaction((tx) => users.createMany(tx, inputs));
    const cards = await users.cards(ids);
    expect(ids.map((id) => cards.get(id)?.displayName)).toEqual(['A', 'B', 'C']);
    expect(await users.existingEmails([...inputs.map((i) => i.email), 'nobody@example.test'])).toEqual(new Set(inputs.map((i) => i.email)));
    expect((await users.findForLogin(inputs[0]?.email ?? ''))?.passwordHash).toBe(NO_PASSWORD);
    expect(await users.createMany(db, [])).toEqual([]);
  });

  it('tells which ids exist and which name community managers', async () => {
    const [founder, manager] = await db.transaction(async (tx) => [
      await users.create(tx, newUser({ role: 'founder' })),
      await users.create(tx, newUser({ role: 'manager' })),
    ]);
    const ghost = randomUUID();
    expect(await users.existing([founder, manager, ghost])).toEqual(new Set([founder, manager]));
    expect(await users.managerIds([founder, manager, ghost])).toEqual(new Set([manager]));
    expect(await users.cards([])).toEqual(new Map());
  });

  it('sets phone and display name in the caller transaction, publishing user.updated', async () => {
    const registered = await registerUser(t.url);
    const id = registered.user.id;
    await db.transaction(async (tx) => {
      await users.setPhone(tx, id, '+49 30 1234');
      await users.setDisplayName(tx, id, 'New Name');
    });
    expect((await users.cards([id])).get(id)).toMatchObject({ phone: '+49 30 1234', displayName: 'New Name' });
    await db.transaction((tx) => users.setPhone(tx, id, ''));
    expect((await users.cards([id])).get(id)?.phone).toBeNull();
    const events: { name: string }[] = await db.query(`SELECT name FROM outbox_events WHERE name = 'user.updated' AND payload->>'userId' = $1`, [id]);
    expect(events).toHaveLength(3);
    expect(await db.transaction((tx) => users.lock(tx, id))).toBe(true);
    expect(await db.transaction((tx) => users.lock(tx, randomUUID()))).toBe(false);
  });
});
