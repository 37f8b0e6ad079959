import type {
  AvailabilityView,
  BookingView,
  FieldError,
  OfficeHoursView,
  SlotsView,
} from '@torchbridge/contracts';
import { DataSource } from 'typeorm';
import {
  BookingFixtures,
  BookingFounder,
  BookingMentor,
  fromNow,
  hoursAhead,
  OPEN_ALL_DAY,
} from '../../../test/booking-fixtures';
import { eventually } from '../../../test/eventually';
import { call, registerUser } from '../../../test/http';
import { startTestApp, TestApp } from '../../../test/test-app';

/** A refusal as the error filter writes it. */
interface ErrorBody {
  code: string;
  params?: Record<string, unknown>;
  details?: FieldError[];
}

describe('session booking', () => {
  let t: TestApp;
  let f: BookingFixtures;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestApp();
    f = new BookingFixtures(t);
    db = t.app.get(DataSource);
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  const book = (
    who: BookingFounder,
    start: Date,
    extra: Record<string, unknown> = {},
  ) =>
    call<BookingView & ErrorBody>(t.url, 'post', '/api/bookings', {
      token: who.token,
      body: {
        mentorshipId: who.mentorshipId,
        start: start.toISOString(),
        lengthMinutes: 30,
        ...extra,
      },
    });
  const act = (token: string, id: string, action: string, body?: unknown) =>
    call<BookingView & ErrorBody>(
      t.url,
      'post',
      `/api/bookings/${id}/${action}`,
      { token, body },
    );
  const slots = (token: string, mentorId: string, query: string) =>
    call<SlotsView & ErrorBody>(
      t.url,
      'get',
      `/api/mentors/${mentorId}/slots?${query}`,
      { token },
    );
  const starts = (view: SlotsView) => new Set(view.slots.map((s) => s.start));

  describe('availability', () => {
    it('answers a mentor who has not set it with a starting point from their working hours, then stores what they put', async () => {
      const mentor = await f.mentor(null);
      const before = await call<AvailabilityView>(
        t.url,
        'get',
        '/api/me/availability',
        { token: mentor.token },
      );
      expect(before.status).toBe(200);
      expect(before.body).toMatchObject({
        mentorId: mentor.mentorId,
        timeZone: 'Europe/Berlin',
        updatedAt: null,
      });
      expect(before.body.rules.map((r) => r.weekday)).toEqual([1, 2, 3, 4, 5]);

      const put = await call<AvailabilityView>(
        t.url,
        'put',
        '/api/me/availability',
        {
          token: mentor.token,
          body: {
            ...OPEN_ALL_DAY,
            timeZone: 'Europe/Berlin',
            meetingLink: 'https://meet.jit.si/Torchbridge',
            autoConfirm: true,
          },
        },
      );
      expect(put.status).toBe(200);
      const after = await call<AvailabilityView>(
        t.url,
        'get',
        '/api/me/availability',
        { token: mentor.token },
      );
      expect(after.body).toMatchObject({
        timeZone: 'Europe/Berlin',
        meetingLink: 'https://meet.jit.si/Torchbridge',
        autoConfirm: true,
        sessionLengths: [30, 60],
      });
      expect(after.body.updatedAt).not.toBeNull();
    });

    it.each([
      ['an unknown IANA zone', { timeZone: 'Europe/Atlantis' }, 'timeZone'],
      [
        'a meeting link that is not https',
        { meetingLink: 'http://meet.example.com/x' },
        'meetingLink',
      ],
      [
        'overlapping hours on one day',
        {
          rules: [
            { weekday: 1, startMinute: 540, endMinute: 720 },
            { weekday: 1, startMinute: 600, endMinute: 780 },
          ],
        },
        'rules.1',
      ],
      [
        'an hour that ends before it starts',
        { rules: [{ weekday: 2, startMinute: 720, endMinute: 540 }] },
        'rules.0.endMinute',
      ],
      ['a length nobody offers', { sessionLengths: [25] }, 'sessionLengths'],
      [
        'a date that does not exist',
        { overrides: [{ date: '2026-02-30', intervals: [] }] },
        'overrides.0.date',
      ],
    ])(
      'refuses %s with a 400 naming the field, and stores nothing',
      async (_what, change, field) => {
        const mentor = await f.mentor(null);
        const r = await call<ErrorBody>(t.url, 'put', '/api/me/availability', {
          token: mentor.token,
          body: { ...OPEN_ALL_DAY, ...change },
        });
        expect(r.status).toBe(400);
        expect(r.body.code).toBe('validation.failed');
        expect(r.body.details?.map((d) => d.field)).toContain(field);
        expect(
          await f.count('mentor_availability', 'mentor_id = $1', [
            mentor.mentorId,
          ]),
        ).toBe(0);
      },
    );

    it('is for mentors with a profile', async () => {
      const founder = await registerUser(t.url, { role: 'founder' });
      expect(
        (
          await call(t.url, 'put', '/api/me/availability', {
            token: founder.accessToken,
            body: OPEN_ALL_DAY,
          })
        ).status,
      ).toBe(403);
      const bare = await registerUser(t.url, { role: 'mentor' });
      const r = await call<ErrorBody>(t.url, 'put', '/api/me/availability', {
        token: bare.accessToken,
        body: OPEN_ALL_DAY,
      });
      expect([r.status, r.body.code]).toEqual([404, 'mentor.profile_missing']);
    });
  });

  describe('slots', () => {
    let mentor: BookingMentor;
    let founder: BookingFounder;

    beforeAll(async () => {
      mentor = await f.mentor({ bufferAfterMinutes: 30 });
      founder = await f.founder(mentor.mentorId);
    });

    it('lists starts on the half-hour grid ranked for both people, with the best few', async () => {
      const from = hoursAhead(2);
      const to = new Date(from.getTime() + 7 * 86_400_000);
      const r = await slots(
        founder.token,
        mentor.mentorId,
        `from=${from.toISOString()}&to=${to.toISOString()}&length=60`,
      );
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({
        mentorId: mentor.mentorId,
        mentorTimeZone: 'UTC',
        viewerTimeZone: 'Asia/Shanghai',
        length: 60,
        lengths: [30, 60],
      });
      expect(r.body.slots.length).toBeGreaterThan(6 * 47);
      expect(
        r.body.slots.every(
          (s) =>
            new Date(s.start).getUTCMinutes() % 30 === 0 &&
            Date.parse(s.end) - Date.parse(s.start) === 3_600_000,
        ),
      ).toBe(true);
      expect(r.body.best.length).toBe(5);
      // Berlin 09:00–18:00 and Shanghai 09:00–18:00 share one or two hours on weekdays: the best slots sit wholly inside.
      expect(r.body.best.every((s) => s.fit === 1 && s.inOverlap)).toBe(true);
    });

    it('keeps a requested session and its buffer off the list, and gives the time back when it is cancelled', async () => {
      const start = hoursAhead(30);
      const booked = await book(founder, start);
      expect(booked.status).toBe(201);
      expect(booked.body.status).toBe('requested');
      const window = `from=${hoursAhead(28).toISOString()}&to=${hoursAhead(33).toISOString()}&length=30`;
      const during = starts(
        (await slots(founder.token, mentor.mentorId, window)).body,
      );
      const at = (h: number, m = 0) =>
        new Date(start.getTime() + (h * 60 + m) * 60_000).toISOString();
      // Taken: the session itself and the 30-minute buffer after it; free again an hour after the start.
      expect([
        during.has(at(0)),
        during.has(at(0, 30)),
        during.has(at(1)),
        during.has(at(-1)),
      ]).toEqual([false, false, true, true]);
      // Another founder sees the same hole (pending bookings are not invisible to availability).
      const other = await f.founder(mentor.mentorId);
      expect(
        starts((await slots(other.token, mentor.mentorId, window)).body).has(
          at(0),
        ),
      ).toBe(false);

      expect(
        (await act(founder.token, booked.body.id, 'cancel', {})).status,
      ).toBe(200);
      expect(
        starts((await slots(other.token, mentor.mentorId, window)).body).has(
          at(0),
        ),
      ).toBe(true);
    });

    it('refuses a range past 8 weeks naming `to`, a length not offered, and a mentor with no hours', async () => {
      const from = hoursAhead(1);
      const far = await slots(
        founder.token,
        mentor.mentorId,
        `from=${from.toISOString()}&to=${new Date(from.getTime() + 57 * 86_400_000).toISOString()}`,
      );
      expect([far.status, far.body.details?.[0]?.field]).toEqual([400, 'to']);
      const length = await slots(founder.token, mentor.mentorId, 'length=45');
      expect([length.status, length.body.code]).toEqual([
        400,
        'booking.length_not_offered',
      ]);
      const bare = await f.mentor(null);
      const none = await slots(founder.token, bare.mentorId, '');
      expect([none.status, none.body.code]).toEqual([
        404,
        'availability.not_set',
      ]);
      expect(
        (await slots(founder.token, mentor.mentorId, 'from=yesterday')).status,
      ).toBe(400);
    });
  });

  describe('booking', () => {
    let mentor: BookingMentor;
    let founder: BookingFounder;

    beforeAll(async () => {
      mentor = await f.mentor({
        rules: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
          weekday: weekday as 1,
          startMinute: 0,
          endMinute: 720,
        })),
        maxPerDay: 20,
      });
      founder = await f.founder(mentor.mentorId);
    });

    const morning = (days: number, hour: number) => {
      const d = new Date();
      return new Date(
        Date.UTC(
          d.getUTCFullYear(),
          d.getUTCMonth(),
          d.getUTCDate() + days,
          hour,
        ),
      );
    };

    it.each([
      [
        'a start in the past',
        () => ({ start: morning(-1, 9).toISOString() }),
        400,
        'booking.in_past',
      ],
      [
        'a start outside the open hours',
        () => ({ start: morning(3, 15).toISOString() }),
        400,
        'booking.outside_availability',
      ],
      [
        'a start off the grid',
        () => ({
          start: new Date(morning(3, 9).getTime() + 7 * 60_000).toISOString(),
        }),
        400,
        'booking.outside_availability',
      ],
      [
        'a start beyond the horizon',
        () => ({ start: morning(70, 9).toISOString() }),
        400,
        'booking.too_far',
      ],
      [
        'a length not offered',
        () => ({ start: morning(3, 9).toISOString(), lengthMinutes: 45 }),
        400,
        'booking.length_not_offered',
      ],
      [
        'a start without a zone offset',
        () => ({ start: '2030-01-01T09:00:00' }),
        400,
        'validation.failed',
      ],
    ])(
      'refuses %s with a 4xx naming the reason, writing nothing',
      async (_what, body, status, code) => {
        const r = await call<ErrorBody>(t.url, 'post', '/api/bookings', {
          token: founder.token,
          body: {
            mentorshipId: founder.mentorshipId,
            lengthMinutes: 30,
            ...body(),
          },
        });
        expect([r.status, r.body.code]).toEqual([status, code]);
        expect(
          await f.count('bookings', 'founder_user_id = $1', [founder.id]),
        ).toBe(0);
      },
    );

    it("tells a stranger another startup's mentorship does not exist, and an ended one that it must be active", async () => {
      const stranger = await f.founder((await f.mentor()).mentorId);
      const r = await call<ErrorBody>(t.url, 'post', '/api/bookings', {
        token: stranger.token,
        body: {
          mentorshipId: founder.mentorshipId,
          start: morning(3, 9).toISOString(),
          lengthMinutes: 30,
        },
      });
      expect([r.status, r.body.code]).toEqual([404, 'mentorship.not_found']);
      const ended = await f.founder(mentor.mentorId);
      await db.query(
        `UPDATE mentorships SET status = 'ended', ended_at = now() WHERE id = $1`,
        [ended.mentorshipId],
      );
      const late = await book(ended, morning(3, 9));
      expect([late.status, late.body.code]).toEqual([
        409,
        'booking.needs_active_mentorship',
      ]);
      expect(
        await f.count('bookings', 'founder_user_id = ANY($1::uuid[])', [
          [stranger.id, ended.id],
        ]),
      ).toBe(0);
    });

    it('refuses a second session over a taken slot, for another founder and for the same one', async () => {
      const start = morning(4, 9);
      expect((await book(founder, start)).status).toBe(201);
      const other = await f.founder(mentor.mentorId);
      const clash = await book(other, start);
      expect([clash.status, clash.body.code]).toEqual([
        409,
        'booking.slot_taken',
      ]);
      const again = await book(founder, start);
      expect([again.status, again.body.code]).toEqual([
        409,
        'booking.slot_taken',
      ]);
      expect(
        await f.count('bookings', 'mentor_user_id = $1 AND starts_at = $2', [
          mentor.id,
          start,
        ]),
      ).toBe(1);
    });

    it('does not let a founder hold two sessions at once with two mentors', async () => {
      const other = await f.mentor();
      const start = morning(5, 10);
      expect((await book(founder, start)).status).toBe(201);
      const second = {
        ...founder,
        mentorshipId: await f.mentorship(founder.startupId, other.mentorId),
      };
      const clash = await book(second, new Date(start.getTime()), {
        lengthMinutes: 60,
      });
      expect([clash.status, clash.body.code]).toEqual([
        409,
        'booking.slot_taken',
      ]);
      // The database refuses it too, whatever the checks before it saw.
      await expect(
        db.query(
          `INSERT INTO bookings (kind, status, mentorship_id, mentor_id, mentor_user_id, founder_user_id, starts_at, ends_at, block, length_minutes, booked_time_zone)
           VALUES ('mentorship', 'requested', $1, $2, $3, $4, $5, $5::timestamptz + interval '30 minutes', tstzrange($5, $5::timestamptz + interval '30 minutes'), 30, 'UTC')`,
          [second.mentorshipId, other.mentorId, other.id, founder.id, start],
        ),
      ).rejects.toMatchObject({ code: '23P01' });
    });

    it('caps the sessions of a mentor-local day', async () => {
      const capped = await f.mentor({ maxPerDay: 1 });
      const a = await f.founder(capped.mentorId);
      const b = await f.founder(capped.mentorId);
      expect((await book(a, morning(6, 9))).status).toBe(201);
      const full = await book(b, morning(6, 11));
      expect([full.status, full.body.code, full.body.params]).toEqual([
        409,
        'booking.day_full',
        { max: 1 },
      ]);
    });

    it('walks the lifecycle: requested → confirmed by the mentor → moved by the founder (back to requested) → cancelled late with a reason', async () => {
      const start = morning(7, 9);
      const requested = await book(founder, start, { topic: 'CE marking' });
      expect(requested.body).toMatchObject({
        status: 'requested',
        sequence: 0,
        topic: 'CE marking',
        meetingLink: OPEN_ALL_DAY.meetingLink,
        startup: { id: founder.startupId },
      });
      expect(requested.body.mentor).toMatchObject({
        userId: mentor.id,
        mentorId: mentor.mentorId,
        timeZone: 'Europe/Berlin',
      });
      expect(requested.body.founder).toMatchObject({
        userId: founder.id,
        timeZone: 'Asia/Shanghai',
      });
      const id = requested.body.id;

      expect((await act(founder.token, id, 'confirm')).status).toBe(403);
      const confirmed = await act(mentor.token, id, 'confirm');
      expect(confirmed.body.status).toBe('confirmed');
      expect((await act(mentor.token, id, 'confirm')).body.code).toBe(
        'booking.not_confirmable',
      );

      const moved = await act(founder.token, id, 'reschedule', {
        start: morning(7, 10).toISOString(),
        lengthMinutes: 60,
      });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({
        status: 'requested',
        sequence: 1,
        start: morning(7, 10).toISOString(),
        lengthMinutes: 60,
      });

      // Within 12 hours a change needs a reason.
      await f.moveTo(id, fromNow(6));
      const bare = await act(founder.token, id, 'cancel', {});
      expect([
        bare.status,
        bare.body.code,
        bare.body.details?.[0]?.field,
      ]).toEqual([400, 'booking.reason_required', 'reason']);
      const cancelled = await act(mentor.token, id, 'cancel', {
        reason: 'Flight moved',
      });
      expect(cancelled.body).toMatchObject({
        status: 'cancelled',
        sequence: 2,
        cancelledBy: mentor.id,
        cancelReason: 'Flight moved',
      });

      const again = await act(founder.token, id, 'reschedule', {
        start: morning(8, 9).toISOString(),
      });
      expect([again.status, again.body.code]).toEqual([
        409,
        'booking.not_changeable',
      ]);
      const events: { name: string }[] = await db.query(
        `SELECT name FROM outbox_events WHERE payload->>'bookingId' = $1 ORDER BY id`,
        [id],
      );
      expect(events.map((e) => e.name)).toEqual([
        'booking.requested',
        'booking.confirmed',
        'booking.rescheduled',
        'booking.cancelled',
      ]);
      const rescheduled: { payload: { previousStart: string } }[] =
        await db.query(
          `SELECT payload FROM outbox_events WHERE payload->>'bookingId' = $1 AND name = 'booking.rescheduled'`,
          [id],
        );
      expect(rescheduled[0]?.payload.previousStart).toBe(start.toISOString());
    });

    it('lets only the mentor record a no-show, and only once it has started; feedback once, after the session', async () => {
      const booked = await book(founder, morning(9, 9));
      const id = booked.body.id;
      await act(mentor.token, id, 'confirm');
      expect((await act(mentor.token, id, 'no-show')).body.code).toBe(
        'booking.not_started',
      );
      expect(
        (
          await act(founder.token, id, 'feedback', {
            rating: 5,
            comment: 'Great',
          })
        ).body.code,
      ).toBe('booking.not_held');
      await f.moveTo(id, fromNow(-1));
      expect((await act(founder.token, id, 'no-show')).status).toBe(403);
      const first = await act(founder.token, id, 'feedback', {
        rating: 5,
        comment: 'Clear next steps',
      });
      expect([first.status, first.body.myFeedback]).toEqual([
        201,
        { rating: 5, comment: 'Clear next steps' },
      ]);
      expect(
        (
          await act(founder.token, id, 'feedback', {
            rating: 1,
            comment: 'Changed my mind',
          })
        ).body.code,
      ).toBe('booking.feedback_duplicate');
      expect(
        (
          await call<BookingView>(t.url, 'get', `/api/bookings/${id}`, {
            token: mentor.token,
          })
        ).body.myFeedback,
      ).toBeNull();
      const noShow = await act(mentor.token, id, 'no-show');
      expect(noShow.body.status).toBe('no_show');
    });

    it('keeps notes private to their author and sessions to their parties', async () => {
      const booked = await book(founder, morning(10, 9));
      const id = booked.body.id;
      const noted = await call<BookingView>(
        t.url,
        'put',
        `/api/bookings/${id}/note`,
        { token: founder.token, body: { note: 'Ask about TÜV' } },
      );
      expect(noted.body.myNote).toBe('Ask about TÜV');
      expect(
        (
          await call<BookingView>(t.url, 'get', `/api/bookings/${id}`, {
            token: mentor.token,
          })
        ).body.myNote,
      ).toBe('');
      const stranger = await f.founder((await f.mentor()).mentorId);
      expect(
        (
          await call(t.url, 'get', `/api/bookings/${id}`, {
            token: stranger.token,
          })
        ).status,
      ).toBe(404);
      const upcoming = await call<BookingView[]>(
        t.url,
        'get',
        '/api/bookings?scope=upcoming',
        { token: mentor.token },
      );
      expect(upcoming.body.some((b) => b.id === id)).toBe(true);
      expect(
        (
          await call<BookingView[]>(t.url, 'get', '/api/bookings?scope=past', {
            token: mentor.token,
          })
        ).body.some((b) => b.id === id),
      ).toBe(false);
    });

    it('confirms at once for a mentor who confirms automatically, and a founder moving it keeps it confirmed', async () => {
      const auto = await f.mentor({ autoConfirm: true });
      const a = await f.founder(auto.mentorId);
      const booked = await book(a, morning(11, 9));
      expect(booked.body.status).toBe('confirmed');
      const moved = await act(a.token, booked.body.id, 'reschedule', {
        start: morning(11, 10).toISOString(),
      });
      expect(moved.body).toMatchObject({ status: 'confirmed', sequence: 1 });
      await eventually(async () => {
        const names: { name: string }[] = await db.query(
          `SELECT name FROM outbox_events WHERE payload->>'bookingId' = $1 AND dispatched_at IS NOT NULL ORDER BY id`,
          [booked.body.id],
        );
        expect(names.map((n) => n.name)).toEqual([
          'booking.requested',
          'booking.confirmed',
          'booking.rescheduled',
        ]);
      });
    });
  });

  describe('office hours', () => {
    let mentor: BookingMentor;

    beforeAll(async () => {
      mentor = await f.mentor({ bufferBeforeMinutes: 15 });
    });

    const open = (start: Date, seats: number, lengthMinutes = 60) =>
      call<OfficeHoursView & ErrorBody>(t.url, 'post', '/api/office-hours', {
        token: mentor.token,
        body: {
          title: 'Selling to German OEMs',
          start: start.toISOString(),
          lengthMinutes,
          seats,
        },
      });

    it('seats exactly as many founders as it has seats when 50 ask at once', async () => {
      const hours = await open(hoursAhead(50), 5);
      expect(hours.status).toBe(201);
      const founders = [];
      for (let i = 0; i < 50; i += 10) {
        founders.push(
          ...(await Promise.all(
            Array.from({ length: 10 }, () => f.founder(mentor.mentorId)),
          )),
        );
      }
      const replies = await Promise.all(
        founders.map((who) =>
          call<BookingView & ErrorBody>(
            t.url,
            'post',
            `/api/office-hours/${hours.body.id}/seats`,
            { token: who.token },
          ),
        ),
      );
      const taken = replies.filter((r) => r.status === 201);
      expect(taken.length).toBe(5);
      expect(
        replies.filter(
          (r) => r.status === 409 && r.body.code === 'office_hours.full',
        ).length,
      ).toBe(45);
      expect(
        taken.every(
          (r) =>
            r.body.kind === 'office_hours' && r.body.status === 'confirmed',
        ),
      ).toBe(true);
      const rows: { seats_taken: number }[] = await db.query(
        `SELECT seats_taken FROM office_hours WHERE id = $1`,
        [hours.body.id],
      );
      expect(rows[0]?.seats_taken).toBe(5);
      expect(
        await f.count('bookings', 'office_hours_id = $1', [hours.body.id]),
      ).toBe(5);

      const winner = founders[replies.findIndex((r) => r.status === 201)];
      const list = await call<OfficeHoursView[]>(
        t.url,
        'get',
        `/api/office-hours?mentorId=${mentor.mentorId}`,
        { token: winner?.token },
      );
      expect(list.body.find((o) => o.id === hours.body.id)).toMatchObject({
        seatsTaken: 5,
        myBookingId: taken[0]?.body.id,
      });
    }, 60_000);

    it('gives back a seat when its founder cancels, refuses a second seat, and refuses a seat over the founder’s own session', async () => {
      const hours = await open(hoursAhead(80), 1);
      const a = await f.founder(mentor.mentorId);
      const b = await f.founder(mentor.mentorId);
      const seat = await call<BookingView>(
        t.url,
        'post',
        `/api/office-hours/${hours.body.id}/seats`,
        { token: a.token },
      );
      expect(
        (
          await call<ErrorBody>(
            t.url,
            'post',
            `/api/office-hours/${hours.body.id}/seats`,
            { token: a.token },
          )
        ).body.code,
      ).toBe('office_hours.already_booked');
      expect(
        (
          await call<ErrorBody>(
            t.url,
            'post',
            `/api/office-hours/${hours.body.id}/seats`,
            { token: b.token },
          )
        ).body.code,
      ).toBe('office_hours.full');
      await act(a.token, seat.body.id, 'cancel', {});
      expect(
        (
          await call(
            t.url,
            'post',
            `/api/office-hours/${hours.body.id}/seats`,
            { token: b.token },
          )
        ).status,
      ).toBe(201);

      const other = await f.mentor();
      const c = await f.founder(other.mentorId);
      expect((await book(c, hoursAhead(90))).status).toBe(201);
      const busy = await open(hoursAhead(90), 3);
      expect(busy.status).toBe(201);
      const clash = await call<ErrorBody>(
        t.url,
        'post',
        `/api/office-hours/${busy.body.id}/seats`,
        { token: c.token },
      );
      expect([clash.status, clash.body.code]).toEqual([
        409,
        'booking.slot_taken',
      ]);
      const rows: { seats_taken: number }[] = await db.query(
        `SELECT seats_taken FROM office_hours WHERE id = $1`,
        [busy.body.id],
      );
      expect(rows[0]?.seats_taken).toBe(0);
    });

    it('may lie outside the weekly hours but never over the mentor’s sessions or other office hours (buffers included)', async () => {
      const a = await f.founder(mentor.mentorId);
      const session = hoursAhead(100);
      expect((await book(a, session)).status).toBe(201);
      // The office hours' 15-minute buffer before would reach into the session.
      const over = await open(new Date(session.getTime() + 30 * 60_000), 3);
      expect([over.status, over.body.code]).toEqual([
        409,
        'booking.slot_taken',
      ]);
      expect(
        (await open(new Date(session.getTime() + 60 * 60_000), 3)).status,
      ).toBe(201);
      const twice = await open(new Date(session.getTime() + 90 * 60_000), 3);
      expect([twice.status, twice.body.code]).toEqual([
        409,
        'booking.slot_taken',
      ]);
      expect(
        (
          await slots(
            a.token,
            mentor.mentorId,
            `from=${session.toISOString()}&to=${new Date(session.getTime() + 3 * 3_600_000).toISOString()}`,
          )
        ).body.slots.map((s) => s.start),
      ).not.toContain(new Date(session.getTime() + 60 * 60_000).toISOString());
    });

    it('cancels every seat with the office hours, and a cancelled one takes no seats', async () => {
      const hours = await open(hoursAhead(120), 3);
      const a = await f.founder(mentor.mentorId);
      const seat = await call<BookingView>(
        t.url,
        'post',
        `/api/office-hours/${hours.body.id}/seats`,
        { token: a.token },
      );
      const stranger = await f.mentor();
      expect(
        (
          await call(
            t.url,
            'post',
            `/api/office-hours/${hours.body.id}/cancel`,
            { token: stranger.token, body: {} },
          )
        ).status,
      ).toBe(404);
      const cancelled = await call<OfficeHoursView>(
        t.url,
        'post',
        `/api/office-hours/${hours.body.id}/cancel`,
        { token: mentor.token, body: { reason: 'Unwell' } },
      );
      expect(cancelled.body.cancelled).toBe(true);
      expect(
        (
          await call<BookingView>(
            t.url,
            'get',
            `/api/bookings/${seat.body.id}`,
            { token: a.token },
          )
        ).body,
      ).toMatchObject({
        status: 'cancelled',
        cancelReason: 'Unwell',
        sequence: 1,
      });
      const b = await f.founder(mentor.mentorId);
      expect(
        (
          await call<ErrorBody>(
            t.url,
            'post',
            `/api/office-hours/${hours.body.id}/seats`,
            { token: b.token },
          )
        ).body.code,
      ).toBe('office_hours.cancelled');
    });
  });

  describe('working hours', () => {
    it('are part of the account and changed with PATCH /api/me', async () => {
      const who = await registerUser(t.url, { role: 'founder' });
      expect(who.user.workingHours).toEqual({
        startMinute: 540,
        endMinute: 1080,
        weekdays: [1, 2, 3, 4, 5],
      });
      const r = await call<{ workingHours: unknown }>(
        t.url,
        'patch',
        '/api/me',
        {
          token: who.accessToken,
          body: {
            workingHours: {
              startMinute: 600,
              endMinute: 1140,
              weekdays: [7, 1, 2],
            },
          },
        },
      );
      expect(r.body.workingHours).toEqual({
        startMinute: 600,
        endMinute: 1140,
        weekdays: [1, 2, 7],
      });
      const bad = await call<ErrorBody>(t.url, 'patch', '/api/me', {
        token: who.accessToken,
        body: {
          workingHours: { startMinute: 900, endMinute: 600, weekdays: [1] },
        },
      });
      expect([bad.status, bad.body.details?.[0]?.field]).toEqual([
        400,
        'workingHours.endMinute',
      ]);
    });
  });
});
