import type { BookingView } from '@torchbridge/contracts';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  BookingFixtures,
  BookingFounder,
  hoursAhead,
} from '../../../test/booking-fixtures';
import { call } from '../../../test/http';
import { freshDatabase, startTestApp, TestApp } from '../../../test/test-app';

/**
 * The double booking Cal.com users met: many people take one slot at the same moment, through two API instances
 * on one database and one Redis. Exactly one wins; everyone else is told the slot was just taken.
 */
describe('racing for one slot on two instances', () => {
  let a: TestApp;
  let b: TestApp;
  let f: BookingFixtures;

  beforeAll(async () => {
    const database = await freshDatabase();
    // One secret, so a token issued by either instance is honoured by both.
    const env = {
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'error',
    };
    a = await startTestApp({ redis: true, database, env });
    b = await startTestApp({ redis: true, database, env });
    f = new BookingFixtures(a);
  }, 60_000);
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('books 1 of 200 concurrent requests for one slot and answers the other 199 with 409 booking.slot_taken', async () => {
    const mentor = await f.mentor();
    const founders: BookingFounder[] = [];
    for (let i = 0; i < 20; i += 10) {
      founders.push(
        ...(await Promise.all(
          Array.from({ length: 10 }, () => f.founder(mentor.mentorId)),
        )),
      );
    }
    const start = hoursAhead(26).toISOString();
    // Ten requests from each of twenty founders, alternating between the instances.
    const requests = Array.from({ length: 200 }, (_, i) => ({
      who: founders[i % founders.length] as BookingFounder,
      app: i % 2 === 0 ? a : b,
    }));

    const began = performance.now();
    const replies = await Promise.all(
      requests.map(({ who, app }) =>
        call<BookingView & { code?: string }>(
          app.url,
          'post',
          '/api/bookings',
          {
            token: who.token,
            body: { mentorshipId: who.mentorshipId, start, lengthMinutes: 30 },
          },
        ),
      ),
    );
    const took = performance.now() - began;
    process.stdout.write(
      `booking race: 200 requests over 2 instances settled in ${Math.round(took)} ms\n`,
    );

    const statuses = replies.map((r) =>
      r.status === 201 ? 'booked' : `${r.status} ${r.body.code ?? ''}`,
    );
    const tally = statuses.reduce<Record<string, number>>(
      (counts, s) => ({ ...counts, [s]: (counts[s] ?? 0) + 1 }),
      {},
    );
    expect(tally).toEqual({ booked: 1, '409 booking.slot_taken': 199 });
    const rows: { n: string }[] = await a.app
      .get(DataSource)
      .query(`SELECT count(*) AS n FROM bookings WHERE mentor_user_id = $1`, [
        mentor.id,
      ]);
    expect(Number(rows[0]?.n)).toBe(1);
    // The winner's view on the other instance is the same session.
    const winner = replies.find((r) => r.status === 201);
    const seen = await call<BookingView>(
      b.url,
      'get',
      `/api/bookings/${winner?.body.id}`,
      { token: mentor.token },
    );
    expect(seen.body).toMatchObject({
      id: winner?.body.id,
      start,
      status: 'requested',
    });
  }, 120_000);
});
