import type { AuthResponse, SlotsView } from '@torchbridge/contracts';
import { DataSource } from 'typeorm';
import { call } from '../../../test/http';
import { startTestApp, TestApp } from '../../../test/test-app';
import { DEMO_LOGINS } from './demo-data';
import { DEMO_PASSWORD, seedDemo } from './demo-seed';

describe('demo seed', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  it('opens bookable hours for every approved mentor, once however often it runs', async () => {
    const db = t.app.get(DataSource);
    await seedDemo(db);
    await seedDemo(db);
    const [counts] = (await db.query(
      `SELECT count(*) FILTER (WHERE m.vetting = 'approved')::int AS approved, count(a.mentor_id)::int AS with_hours
         FROM mentor_profiles m LEFT JOIN mentor_availability a ON a.mentor_id = m.id`,
    )) as { approved: number; with_hours: number }[];
    expect(counts?.approved).toBeGreaterThan(10);
    expect(counts?.with_hours).toBe(counts?.approved);

    // The demo founder sees the demo mentor's next weeks as slots, on both clocks.
    const login = await call<AuthResponse>(t.url, 'post', '/api/auth/login', {
      body: {
        email: DEMO_LOGINS.founder,
        password: DEMO_PASSWORD,
        tokenDelivery: 'body',
      },
    });
    const [mentor] = (await db.query(
      `SELECT m.id FROM mentor_profiles m JOIN users u ON u.id = m.user_id WHERE u.email = $1`,
      [DEMO_LOGINS.mentor],
    )) as { id: string }[];
    const slots = await call<SlotsView>(
      t.url,
      'get',
      `/api/mentors/${mentor?.id}/slots?length=30`,
      { token: login.body.accessToken },
    );
    expect(slots.status).toBe(200);
    expect(slots.body.slots.length).toBeGreaterThan(10);
    expect(slots.body.mentorTimeZone).not.toBe(slots.body.viewerTimeZone);
  }, 60_000);
});
