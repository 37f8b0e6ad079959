import type {
  BookingView,
  NotificationView,
  OutboxMailView,
} from '@torchbridge/contracts';
import { DataSource } from 'typeorm';
import {
  BookingFixtures,
  BookingFounder,
  BookingMentor,
  hoursAhead,
} from '../../../test/booking-fixtures';
import { eventually } from '../../../test/eventually';
import { call } from '../../../test/http';
import { freshDatabase, startTestApp, TestApp } from '../../../test/test-app';
import { RemindersService } from './reminders.service';

const HOUR = 3_600_000;
const MINUTE = 60_000;

/**
 * Reminders 24 h and 1 h before a confirmed session, on two API instances sharing one database and one Redis (the
 * clustered mode, BullMQ): each reminder reaches each person once whoever sweeps, a moved session is reminded for
 * its new start only, a cancelled one not at all, and what is due survives a restart. Sweeps are driven with an
 * explicit clock so a test need not wait a day.
 */
describe('session reminders', () => {
  let database: { name: string; url: string };
  let a: TestApp;
  let b: TestApp;
  let f: BookingFixtures;
  let mentor: BookingMentor;
  let founder: BookingFounder;

  const sweepAt = (app: TestApp, at: Date) =>
    app.app.get(RemindersService).sweep(at);
  const remindersOf = async (bookingId: string) =>
    (
      (await a.app
        .get(DataSource)
        .query(
          `SELECT before, due_at, user_id FROM booking_reminders WHERE booking_id = $1`,
          [bookingId],
        )) as {
        before: string;
        due_at: Date;
        user_id: string;
      }[]
    )
      .map(
        (r) =>
          `${r.before}@${r.due_at.toISOString()}:${r.user_id === founder.id ? 'founder' : r.user_id === mentor.id ? 'mentor' : r.user_id}`,
      )
      // In due order, then founder before mentor (ids sort at random).
      .sort((x, y) =>
        x.slice(x.indexOf('@')).localeCompare(y.slice(y.indexOf('@'))),
      );
  const book = async (start: Date): Promise<BookingView> => {
    const r = await call<BookingView>(a.url, 'post', '/api/bookings', {
      token: founder.token,
      body: {
        mentorshipId: founder.mentorshipId,
        start: start.toISOString(),
        lengthMinutes: 30,
      },
    });
    expect(r.status).toBe(201);
    expect(r.body.status).toBe('confirmed');
    return r.body;
  };

  beforeAll(async () => {
    database = await freshDatabase();
    [a, b] = await Promise.all([
      startTestApp({ redis: true, database }),
      startTestApp({ redis: true, database }),
    ]);
    f = new BookingFixtures(a);
    mentor = await f.mentor({ autoConfirm: true });
    founder = await f.founder(mentor.mentorId);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
  });

  it('sends each reminder once to each person, whichever instance sweeps and however often', async () => {
    const start = hoursAhead(72);
    const booking = await book(start);

    expect(await sweepAt(a, new Date(start.getTime() - 25 * HOUR))).toBe(0);
    // Both instances sweep the same moment at once, then again: two reminders (founder and mentor), no more.
    const due24 = new Date(start.getTime() - 24 * HOUR + MINUTE);
    const counts = await Promise.all([
      sweepAt(a, due24),
      sweepAt(b, due24),
      sweepAt(a, due24),
      sweepAt(b, due24),
    ]);
    expect(counts.reduce((x, y) => x + y, 0)).toBe(2);
    const due1 = new Date(start.getTime() - HOUR + MINUTE);
    const later = await Promise.all([
      sweepAt(b, due1),
      sweepAt(a, due1),
      sweepAt(b, new Date(due1.getTime() + 10 * MINUTE)),
    ]);
    expect(later.reduce((x, y) => x + y, 0)).toBe(2);
    const at24 = new Date(start.getTime() - 24 * HOUR).toISOString();
    const at1 = new Date(start.getTime() - HOUR).toISOString();
    expect(await remindersOf(booking.id)).toEqual([
      `24h@${at24}:founder`,
      `24h@${at24}:mentor`,
      `1h@${at1}:founder`,
      `1h@${at1}:mentor`,
    ]);
    // After the start nothing more is due.
    expect(await sweepAt(a, new Date(start.getTime() + MINUTE))).toBe(0);

    // Each reminder reaches the person in-app once, as a notification naming which one it is.
    const reminders = await eventually(async () => {
      const list = (
        await call<NotificationView[]>(a.url, 'get', '/api/notifications', {
          token: founder.token,
        })
      ).body.filter(
        (n) =>
          n.kind === 'booking.reminder' && n.payload.bookingId === booking.id,
      );
      expect(list).toHaveLength(2);
      return list;
    });
    expect(reminders.map((n) => n.payload.before).sort()).toEqual([
      '1h',
      '24h',
    ]);
    expect(
      reminders.every((n) => n.payload.start === start.toISOString()),
    ).toBe(true);
    // And by mail, once per reminder, to each of them (the dev outbox when no SMTP server is set).
    for (const who of [founder, mentor]) {
      const mails = await eventually(async () => {
        const box = (
          await call<OutboxMailView[]>(a.url, 'get', '/api/dev/outbox', {
            token: who.token,
          })
        ).body.filter((m) =>
          /^(Tomorrow|In 1 hour|明天|1 小时后)/.test(m.subject),
        );
        expect(box).toHaveLength(2);
        return box;
      });
      expect(mails.every((m) => m.text.includes('https://'))).toBe(true);
    }
  }, 60_000);

  it('reminds a moved session for its new start only, and a cancelled one not at all', async () => {
    const first = hoursAhead(96);
    const booking = await book(first);
    const moved = hoursAhead(120);
    const r = await call<BookingView>(
      a.url,
      'post',
      `/api/bookings/${booking.id}/reschedule`,
      { token: founder.token, body: { start: moved.toISOString() } },
    );
    expect([r.status, r.body.status, r.body.sequence]).toEqual([
      200,
      'confirmed',
      1,
    ]);

    // The old start's due times pass without a word; the new start's 24-hour reminder goes out.
    expect(
      await sweepAt(a, new Date(first.getTime() - 24 * HOUR + MINUTE)),
    ).toBe(0);
    expect(await sweepAt(b, new Date(first.getTime() - HOUR + MINUTE))).toBe(0);
    expect(
      await sweepAt(b, new Date(moved.getTime() - 24 * HOUR + MINUTE)),
    ).toBe(2);

    const cancelled = await call<BookingView>(
      a.url,
      'post',
      `/api/bookings/${booking.id}/cancel`,
      { token: mentor.token, body: { reason: 'Travel' } },
    );
    expect(cancelled.body.status).toBe('cancelled');
    expect(await sweepAt(a, new Date(moved.getTime() - HOUR + MINUTE))).toBe(0);
    expect(await remindersOf(booking.id)).toEqual([
      `24h@${new Date(moved.getTime() - 24 * HOUR).toISOString()}:founder`,
      `24h@${new Date(moved.getTime() - 24 * HOUR).toISOString()}:mentor`,
    ]);
  }, 60_000);

  it('sends no late 24-hour reminder for a session booked inside the day, only its 1-hour one', async () => {
    const start = hoursAhead(3);
    const booking = await book(start);
    expect(await sweepAt(a, new Date())).toBe(0);
    expect(await sweepAt(b, new Date(start.getTime() - HOUR + MINUTE))).toBe(2);
    expect(
      (await remindersOf(booking.id)).every((r) => r.startsWith('1h@')),
    ).toBe(true);
  }, 60_000);

  it('keeps what is due across a restart: an instance that was down sends it when it is back', async () => {
    const start = hoursAhead(50);
    const booking = await book(start);
    await b.close();
    // While b is down its due time passes; a fresh instance on the same database finds the reminders still due.
    b = await startTestApp({ redis: true, database });
    expect(await sweepAt(b, new Date(start.getTime() - 20 * HOUR))).toBe(2);
    expect(
      (await remindersOf(booking.id)).map((r) =>
        r.replace(/:(founder|mentor)$/, ''),
      ),
    ).toEqual([
      `24h@${new Date(start.getTime() - 24 * HOUR).toISOString()}`,
      `24h@${new Date(start.getTime() - 24 * HOUR).toISOString()}`,
    ]);
  }, 60_000);

  it('sweeps on its own through the job queue, once per interval across the instances', async () => {
    // A session whose 1-hour reminder is due now: the clustered job scheduler sends it without a test's nudge.
    const booking = await book(hoursAhead(2));
    // Moved (as if booked earlier) so that its 1-hour reminder fell due a minute ago.
    await f.moveTo(booking.id, new Date(Date.now() + HOUR - MINUTE));
    await a.app
      .get(DataSource)
      .query(
        `UPDATE bookings SET start_set_at = now() - interval '2 hours' WHERE id = $1`,
        [booking.id],
      );
    await eventually(
      async () => expect(await remindersOf(booking.id)).toHaveLength(2),
      45_000,
    );
  }, 60_000);
});
