import type {
  BookingView,
  CalendarFeedView,
  MessageView,
  NotificationView,
  OutboxMailView,
} from '@torchbridge/contracts';
import type { Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import {
  BookingFixtures,
  BookingFounder,
  BookingMentor,
  hoursAhead,
} from '../../../../test/booking-fixtures';
import { eventually } from '../../../../test/eventually';
import { call, registerUser } from '../../../../test/http';
import { parseCalendar } from '../../../../test/ical';
import { SmtpSink, startSmtpSink } from '../../../../test/smtp-sink';
import { connectRealtime } from '../../../../test/sockets';
import { startTestApp, TestApp } from '../../../../test/test-app';
import {
  DomainEvents,
  StoredEvent,
} from '../../../common/events/domain-events';
import { ConversationsService } from '../../chat';

interface Listening {
  socket: Socket;
  notifications: NotificationView[];
  messages: MessageView[];
}

async function listen(t: TestApp, token: string): Promise<Listening> {
  const heard: Omit<Listening, 'socket'> = { notifications: [], messages: [] };
  const socket = await connectRealtime<Socket>(t.url, token, (s) => {
    s.on('notification:new', (n: { notification: NotificationView }) =>
      heard.notifications.push(n.notification),
    );
    s.on('message:new', (m: MessageView) => heard.messages.push(m));
  });
  return { socket, ...heard };
}

/** A mentor in Berlin who reads English and a founder in Shanghai who reads Chinese, with their conversation. */
async function pair(
  t: TestApp,
  f: BookingFixtures,
): Promise<{
  mentor: BookingMentor & { email: string };
  founder: BookingFounder & { email: string };
  conversationId: string;
}> {
  const mentor = await f.mentor({}, 'Europe/Berlin');
  const founder = await f.founder(mentor.mentorId, 'Asia/Shanghai');
  await call(t.url, 'patch', '/api/me', {
    token: founder.token,
    body: { locale: 'zh-CN' },
  });
  const db = t.app.get(DataSource);
  const conversationId = await t.app
    .get(ConversationsService)
    .openForMentorship(db, {
      mentorshipId: founder.mentorshipId,
      memberIds: [mentor.id, founder.id],
    });
  const emails: { id: string; email: string }[] = await db.query(
    `SELECT id, email FROM users WHERE id = ANY($1::uuid[])`,
    [[mentor.id, founder.id]],
  );
  const email = (id: string) => emails.find((e) => e.id === id)?.email ?? '';
  return {
    mentor: { ...mentor, email: email(mentor.id) },
    founder: { ...founder, email: email(founder.id) },
    conversationId,
  };
}

describe('telling people about sessions, over SMTP', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let f: BookingFixtures;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({
      env: { SMTP_URL: sink.url, PUBLIC_URL: 'https://torchbridge.example' },
    });
    f = new BookingFixtures(t);
  }, 60_000);
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t.close();
    await sink.close();
  });

  it('mails each person in their language with both local times and an invite, notifies them live and notes it in chat, once per event', async () => {
    const { mentor, founder, conversationId } = await pair(t, f);
    const mentorHears = await listen(t, mentor.token);
    const founderHears = await listen(t, founder.token);
    sockets.push(mentorHears.socket, founderHears.socket);
    const mailsTo = (email: string) =>
      sink.received.filter((m) => m.envelopeTo.includes(email));
    const inviteOf = (mail: (typeof sink.received)[number] | undefined) => {
      const part = mail?.parsed.attachments.find(
        (a) => a.contentType === 'text/calendar',
      );
      if (!part) {
        throw new Error('the mail carries no calendar');
      }
      return parseCalendar(part.content.toString('utf8'));
    };

    // Requested by the founder: the mentor hears of it.
    const start = hoursAhead(48);
    const booked = await call<BookingView>(t.url, 'post', '/api/bookings', {
      token: founder.token,
      body: {
        mentorshipId: founder.mentorshipId,
        start: start.toISOString(),
        lengthMinutes: 60,
        topic: 'CE marking',
      },
    });
    expect(booked.status).toBe(201);
    const id = booked.body.id;
    const end = new Date(start.getTime() + 3_600_000).toISOString();
    await eventually(async () => expect(mailsTo(mentor.email)).toHaveLength(1));
    const request = mailsTo(mentor.email)[0];
    expect(request?.parsed.subject).toMatch(
      /^Session request from .+: .+ \(Europe\/Berlin\)$/,
    );
    expect(request?.parsed.text).toContain('(Europe/Berlin)');
    expect(request?.parsed.text).toContain('(Asia/Shanghai)');
    expect(request?.parsed.text).toContain(
      `https://torchbridge.example/sessions/${id}`,
    );
    expect(request?.parsed.headers.get('x-torchbridge-booking')).toBe(id);
    const requestInvite = inviteOf(request);
    expect(requestInvite.method).toBe('REQUEST');
    expect(requestInvite.events[0]).toMatchObject({
      uid: `${id}@torchbridge`,
      sequence: 0,
      status: 'TENTATIVE',
      tzid: 'Europe/Berlin',
      start: start.toISOString(),
      end,
    });
    expect(mailsTo(founder.email)).toHaveLength(0);
    await eventually(async () =>
      expect(mentorHears.notifications.map((n) => n.kind)).toEqual([
        'booking.requested',
      ]),
    );
    expect(mentorHears.notifications[0]?.payload).toMatchObject({
      bookingId: id,
      start: start.toISOString(),
      end,
    });

    // Confirmed by the mentor: both get the invite, the founder in Chinese.
    expect(
      (
        await call(t.url, 'post', `/api/bookings/${id}/confirm`, {
          token: mentor.token,
        })
      ).status,
    ).toBe(200);
    await eventually(async () =>
      expect([
        mailsTo(mentor.email).length,
        mailsTo(founder.email).length,
      ]).toEqual([2, 1]),
    );
    const confirmed = mailsTo(founder.email)[0];
    expect(confirmed?.parsed.subject).toMatch(
      /^会谈已确认：.+\(Asia\/Shanghai\)$/,
    );
    expect(confirmed?.parsed.text).toContain('您与');
    const confirmedInvite = inviteOf(confirmed);
    expect(confirmedInvite.events[0]).toMatchObject({
      uid: `${id}@torchbridge`,
      status: 'CONFIRMED',
      start: start.toISOString(),
    });
    expect(confirmedInvite.events[0]?.summary).toMatch(/^辅导会谈 · /);
    await eventually(async () =>
      expect(founderHears.notifications.map((n) => n.kind)).toEqual([
        'booking.confirmed',
      ]),
    );

    // Moved by the founder: both hear, the invite keeps its UID with a higher SEQUENCE.
    const later = hoursAhead(72);
    expect(
      (
        await call(t.url, 'post', `/api/bookings/${id}/reschedule`, {
          token: founder.token,
          body: { start: later.toISOString() },
        })
      ).status,
    ).toBe(200);
    await eventually(async () =>
      expect([
        mailsTo(mentor.email).length,
        mailsTo(founder.email).length,
      ]).toEqual([3, 2]),
    );
    const moved = inviteOf(mailsTo(mentor.email)[2]);
    expect(moved.events[0]?.uid).toBe(`${id}@torchbridge`);
    expect(moved.events[0]?.sequence).toBeGreaterThan(
      confirmedInvite.events[0]?.sequence ?? 0,
    );
    expect(moved.events[0]?.start).toBe(later.toISOString());
    expect(mailsTo(mentor.email)[2]?.parsed.subject).toMatch(
      /^Session moved to /,
    );
    await eventually(async () =>
      expect(mentorHears.notifications.map((n) => n.kind)).toEqual([
        'booking.requested',
        'booking.rescheduled',
      ]),
    );
    expect(mentorHears.notifications[1]?.payload).toMatchObject({
      previousStart: start.toISOString(),
      start: later.toISOString(),
    });

    // Cancelled by the mentor: the founder gets the cancellation.
    expect(
      (
        await call(t.url, 'post', `/api/bookings/${id}/cancel`, {
          token: mentor.token,
          body: { reason: 'Travelling' },
        })
      ).status,
    ).toBe(200);
    await eventually(async () =>
      expect(mailsTo(founder.email)).toHaveLength(3),
    );
    const cancel = mailsTo(founder.email)[2];
    expect(cancel?.parsed.subject).toMatch(/^会谈已取消：/);
    expect(cancel?.parsed.text).toContain('Travelling');
    const cancelInvite = inviteOf(cancel);
    expect(cancelInvite.method).toBe('CANCEL');
    expect(cancelInvite.events[0]).toMatchObject({
      uid: `${id}@torchbridge`,
      status: 'CANCELLED',
    });
    expect(cancelInvite.events[0]?.sequence).toBeGreaterThan(
      moved.events[0]?.sequence ?? 0,
    );
    await eventually(async () =>
      expect(founderHears.notifications.map((n) => n.kind)).toEqual([
        'booking.confirmed',
        'booking.cancelled',
      ]),
    );

    // The conversation holds one note per event, in order, with contiguous seqs, and both members got each live.
    const notes = (heard: Listening) =>
      heard.messages.filter((m) => m.conversationId === conversationId);
    await eventually(async () =>
      expect([notes(mentorHears).length, notes(founderHears).length]).toEqual([
        4, 4,
      ]),
    );
    const history = await call<MessageView[]>(
      t.url,
      'get',
      `/api/conversations/${conversationId}/messages`,
      { token: founder.token },
    );
    expect(
      history.body.map((m) => [
        m.seq,
        m.kind,
        m.booking?.event,
        m.booking?.bookingId,
      ]),
    ).toEqual([
      [1, 'booking', 'requested', id],
      [2, 'booking', 'confirmed', id],
      [3, 'booking', 'rescheduled', id],
      [4, 'booking', 'cancelled', id],
    ]);
    expect(history.body[2]?.booking).toMatchObject({
      start: later.toISOString(),
    });
    expect(history.body[0]?.body).toMatch(/^Session requested: /);
    expect(notes(mentorHears)).toEqual(history.body);

    // A second delivery of every event (at least once) mails, notes and notifies nothing new.
    const db = t.app.get(DataSource);
    const stored: StoredEvent[] = await db.query(
      `SELECT id::text, name, payload FROM outbox_events WHERE name LIKE 'booking.%' AND payload->>'bookingId' = $1 ORDER BY outbox_events.id`,
      [id],
    );
    expect(stored.map((e) => e.name)).toEqual([
      'booking.requested',
      'booking.confirmed',
      'booking.rescheduled',
      'booking.cancelled',
    ]);
    const mailsBefore = sink.received.length;
    const notificationsBefore = (
      await db.query(`SELECT count(*)::int AS n FROM notifications`)
    )[0].n;
    for (const event of stored) {
      await t.app.get(DomainEvents).deliver(event);
    }
    expect(sink.received.length).toBe(mailsBefore);
    expect(
      (await db.query(`SELECT count(*)::int AS n FROM notifications`))[0].n,
    ).toBe(notificationsBefore);
    expect(
      (
        await db.query(
          `SELECT count(*)::int AS n, max(seq)::int AS last FROM messages WHERE conversation_id = $1`,
          [conversationId],
        )
      )[0],
    ).toEqual({ n: 4, last: 4 });
  });

  it('a refused mail is retried with the event, and only the mail that did not go is sent again', async () => {
    const { mentor, founder } = await pair(t, f);
    sink.refuse = true;
    const booked = await call<BookingView>(t.url, 'post', '/api/bookings', {
      token: founder.token,
      body: {
        mentorshipId: founder.mentorshipId,
        start: hoursAhead(30).toISOString(),
        lengthMinutes: 30,
      },
    });
    expect(booked.status).toBe(201);
    const db = t.app.get(DataSource);
    await eventually(async () => {
      const [row] = await db.query(
        `SELECT attempts FROM outbox_events WHERE name = 'booking.requested' AND payload->>'bookingId' = $1`,
        [booked.body.id],
      );
      expect(row?.attempts).toBeGreaterThanOrEqual(1);
    });
    sink.refuse = false;
    await eventually(
      async () =>
        expect(
          sink.received.filter((m) => m.envelopeTo.includes(mentor.email)),
        ).toHaveLength(1),
      15_000,
    );
  }, 30_000);
});

describe('telling people about sessions, without SMTP', () => {
  let t: TestApp;
  let f: BookingFixtures;

  beforeAll(async () => {
    t = await startTestApp();
    f = new BookingFixtures(t);
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  it('the mail lands in the recipient’s dev outbox with its invite; a stranger sees neither it nor the session’s invite', async () => {
    const { mentor, founder } = await pair(t, f);
    const stranger = await registerUser(t.url);
    const start = hoursAhead(26);
    const booked = await call<BookingView>(t.url, 'post', '/api/bookings', {
      token: founder.token,
      body: {
        mentorshipId: founder.mentorshipId,
        start: start.toISOString(),
        lengthMinutes: 30,
      },
    });
    expect(booked.status).toBe(201);
    const id = booked.body.id;

    const outbox = await eventually(async () => {
      const mails = await call<OutboxMailView[]>(
        t.url,
        'get',
        '/api/dev/outbox',
        { token: mentor.token },
      );
      expect(mails.body).toHaveLength(1);
      return mails.body;
    });
    expect(outbox[0]).toMatchObject({
      to: mentor.email,
      attachments: ['invite.ics'],
    });
    expect(outbox[0]?.subject).toMatch(/^Session request from /);
    const file = await fetch(
      `${t.url}/api/dev/outbox/${outbox[0]?.id}/attachments/0`,
      { headers: { authorization: `Bearer ${mentor.token}` } },
    );
    expect(file.headers.get('content-type')).toBe(
      'text/calendar; charset=utf-8; method=REQUEST',
    );
    expect(parseCalendar(await file.text()).events[0]).toMatchObject({
      uid: `${id}@torchbridge`,
      start: start.toISOString(),
    });

    expect(
      (
        await call<OutboxMailView[]>(t.url, 'get', '/api/dev/outbox', {
          token: stranger.accessToken,
        })
      ).body,
    ).toEqual([]);
    expect(
      (
        await call<OutboxMailView[]>(t.url, 'get', '/api/dev/outbox', {
          token: founder.token,
        })
      ).body,
    ).toEqual([]);
    expect(
      (
        await call(
          t.url,
          'get',
          `/api/dev/outbox/${outbox[0]?.id}/attachments/0`,
          { token: stranger.accessToken },
        )
      ).status,
    ).toBe(404);

    // The invite for download: each person in their own language; nobody else.
    const mine = await fetch(`${t.url}/api/bookings/${id}/ics`, {
      headers: { authorization: `Bearer ${founder.token}` },
    });
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe(
      'text/calendar; charset=utf-8',
    );
    expect(mine.headers.get('content-disposition')).toBe(
      'attachment; filename="session.ics"',
    );
    const invite = parseCalendar(await mine.text());
    expect(invite).toMatchObject({
      method: 'REQUEST',
      timezones: ['Europe/Berlin'],
    });
    expect(invite.events[0]?.summary).toMatch(/^辅导会谈 · /);
    const refused = await call<{ code: string }>(
      t.url,
      'get',
      `/api/bookings/${id}/ics`,
      { token: stranger.accessToken },
    );
    expect([
      refused.status,
      refused.body.code,
      refused.headers.get('content-type'),
    ]).toEqual([404, 'booking.not_found', 'application/json; charset=utf-8']);
  });

  it('a private feed lists the owner’s sessions, cancelled ones as cancelled; rotating it retires the old URL', async () => {
    const { mentor, founder } = await pair(t, f);
    const first = await call<BookingView>(t.url, 'post', '/api/bookings', {
      token: founder.token,
      body: {
        mentorshipId: founder.mentorshipId,
        start: hoursAhead(50).toISOString(),
        lengthMinutes: 30,
      },
    });
    const second = await call<BookingView>(t.url, 'post', '/api/bookings', {
      token: founder.token,
      body: {
        mentorshipId: founder.mentorshipId,
        start: hoursAhead(54).toISOString(),
        lengthMinutes: 60,
      },
    });
    expect(
      (
        await call(t.url, 'post', `/api/bookings/${second.body.id}/cancel`, {
          token: founder.token,
          body: {},
        })
      ).status,
    ).toBe(200);

    const feed = await call<CalendarFeedView>(
      t.url,
      'get',
      '/api/calendar/feed',
      { token: mentor.token },
    );
    expect(feed.status).toBe(200);
    expect(feed.body.url).toMatch(
      new RegExp(`^${t.url}/api/calendar/feed/[A-Za-z0-9_-]{43}\\.ics$`),
    );
    // Asked again: the same URL (only its hash is stored).
    expect(
      (
        await call<CalendarFeedView>(t.url, 'get', '/api/calendar/feed', {
          token: mentor.token,
        })
      ).body.url,
    ).toBe(feed.body.url);
    const stored: { token_hash: string }[] = await t.app
      .get(DataSource)
      .query(`SELECT token_hash FROM calendar_feeds WHERE user_id = $1`, [
        mentor.id,
      ]);
    expect(stored[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(feed.body.url).not.toContain(stored[0]?.token_hash);

    const read = await fetch(feed.body.url);
    expect(read.status).toBe(200);
    expect(read.headers.get('content-type')).toBe(
      'text/calendar; charset=utf-8',
    );
    const calendar = parseCalendar(await read.text());
    expect(calendar.method).toBeUndefined();
    expect(calendar.events.map((e) => [e.uid, e.status])).toEqual([
      [`${first.body.id}@torchbridge`, 'TENTATIVE'],
      [`${second.body.id}@torchbridge`, 'CANCELLED'],
    ]);

    const rotated = await call<CalendarFeedView>(
      t.url,
      'post',
      '/api/calendar/feed/rotate',
      { token: mentor.token },
    );
    expect(rotated.status).toBe(200);
    expect(rotated.body.url).not.toBe(feed.body.url);
    const old = await fetch(feed.body.url);
    expect([old.status, ((await old.json()) as { code: string }).code]).toEqual(
      [404, 'calendar.feed_not_found'],
    );
    expect((await fetch(rotated.body.url)).status).toBe(200);
    expect(
      (
        await call<CalendarFeedView>(t.url, 'get', '/api/calendar/feed', {
          token: mentor.token,
        })
      ).body.url,
    ).toBe(rotated.body.url);

    for (const token of ['nope', 'A'.repeat(43), '..%2F..%2Fetc']) {
      expect(
        (await fetch(`${t.url}/api/calendar/feed/${token}.ics`)).status,
      ).toBe(404);
    }
    // A control character is refused by the input policy before any lookup.
    expect((await fetch(`${t.url}/api/calendar/feed/%00.ics`)).status).toBe(
      400,
    );
    // The founder's own feed is theirs alone.
    const founders = await call<CalendarFeedView>(
      t.url,
      'get',
      '/api/calendar/feed',
      { token: founder.token },
    );
    expect(founders.body.url).not.toBe(rotated.body.url);
    expect(
      parseCalendar(await (await fetch(founders.body.url)).text()).events,
    ).toHaveLength(2);
  });
});
