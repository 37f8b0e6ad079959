import { createApiClient, type FetchLike } from './api-client';
import { ApiError } from './api-error';
import { dispositionFileName } from './booking-client';

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

/** Records every request as "METHOD url" with its JSON body and bearer header. */
function setup(answer: (url: string) => Response = () => json(200, {})) {
  const sent: { line: string; body: unknown; auth: string | null }[] = [];
  let token = 'token-1';
  const fetch: FetchLike = async (url, init) => {
    sent.push({
      line: `${init.method} ${url}`,
      body:
        typeof init.body === 'string'
          ? (JSON.parse(init.body) as unknown)
          : undefined,
      auth: new Headers(init.headers).get('authorization'),
    });
    return answer(url);
  };
  const onAccessToken = jest.fn((auth: { accessToken: string }) => {
    token = auth.accessToken;
  });
  const api = createApiClient({
    baseUrl: '/api',
    fetch,
    getAccessToken: () => token,
    onAccessToken,
    onSignedOut: jest.fn(),
  });
  return { api, sent, onAccessToken };
}

const AVAILABILITY = {
  timeZone: 'Europe/Berlin',
  rules: [{ weekday: 2 as const, startMinute: 1020, endMinute: 1140 }],
  overrides: [{ date: '2026-04-07', intervals: [] }],
  blackouts: [],
  sessionLengths: [30 as const, 60 as const],
  bufferBeforeMinutes: 5,
  bufferAfterMinutes: 10,
  minimumNoticeMinutes: 720,
  horizonDays: 28,
  maxPerDay: 2,
  maxPerWeek: null,
  meetingLink: 'https://meeting.tencent.com/dm/abc',
  meetingPlace: null,
  autoConfirm: false,
};

describe('booking endpoints', () => {
  it('reads and replaces the whole availability, and asks for a mentor’s slots', async () => {
    const { api, sent } = setup();
    await api.myAvailability();
    await api.saveAvailability(AVAILABILITY);
    await api.mentorSlots('m/1');
    await api.mentorSlots('m-1', {
      from: '2026-04-06T00:00:00.000Z',
      to: '2026-04-20T00:00:00.000Z',
      length: 45,
    });
    expect(sent.map(({ line, body }) => ({ line, body }))).toEqual([
      { line: 'GET /api/me/availability', body: undefined },
      { line: 'PUT /api/me/availability', body: AVAILABILITY },
      { line: 'GET /api/mentors/m%2F1/slots', body: undefined },
      {
        line: 'GET /api/mentors/m-1/slots?from=2026-04-06T00%3A00%3A00.000Z&to=2026-04-20T00%3A00%3A00.000Z&length=45',
        body: undefined,
      },
    ]);
  });

  it('books, lists and changes sessions on their routes', async () => {
    const { api, sent } = setup();
    await api.createBooking({
      mentorshipId: 'ms-1',
      start: '2026-04-07T15:00:00.000Z',
      lengthMinutes: 30,
      topic: 'CE marking',
    });
    await api.listBookings();
    await api.listBookings('past');
    await api.booking('b-1');
    await api.confirmBooking('b-1');
    await api.rescheduleBooking('b-1', {
      start: '2026-04-08T15:00:00.000Z',
      reason: 'Trade fair',
    });
    await api.cancelBooking('b-1', {});
    await api.markBookingNoShow('b-1');
    await api.completeBooking('b-1');
    await api.leaveBookingFeedback('b-1', { rating: 5, comment: 'Clear' });
    await api.saveBookingNote('b/1', { note: 'Ask about TÜV' });
    expect(sent.map(({ line, body }) => ({ line, body }))).toEqual([
      {
        line: 'POST /api/bookings',
        body: {
          mentorshipId: 'ms-1',
          start: '2026-04-07T15:00:00.000Z',
          lengthMinutes: 30,
          topic: 'CE marking',
        },
      },
      { line: 'GET /api/bookings', body: undefined },
      { line: 'GET /api/bookings?scope=past', body: undefined },
      { line: 'GET /api/bookings/b-1', body: undefined },
      { line: 'POST /api/bookings/b-1/confirm', body: {} },
      {
        line: 'POST /api/bookings/b-1/reschedule',
        body: { start: '2026-04-08T15:00:00.000Z', reason: 'Trade fair' },
      },
      { line: 'POST /api/bookings/b-1/cancel', body: {} },
      { line: 'POST /api/bookings/b-1/no-show', body: {} },
      { line: 'POST /api/bookings/b-1/complete', body: {} },
      {
        line: 'POST /api/bookings/b-1/feedback',
        body: { rating: 5, comment: 'Clear' },
      },
      { line: 'PUT /api/bookings/b%2F1/note', body: { note: 'Ask about TÜV' } },
    ]);
  });

  it('handles office hours, the calendar feed and the outbox', async () => {
    const { api, sent } = setup(() => json(200, []));
    await api.officeHours();
    await api.officeHours('m-1');
    await api.createOfficeHours({
      title: 'Market entry Q&A',
      start: '2026-04-09T08:00:00.000Z',
      lengthMinutes: 60,
      seats: 4,
    });
    await api.takeOfficeHoursSeat('oh-1');
    await api.cancelOfficeHours('oh-1');
    await api.cancelOfficeHours('oh-1', { reason: 'Trade fair' });
    await api.calendarFeed();
    await api.rotateCalendarFeed();
    await api.outbox();
    expect(sent.map(({ line, body }) => ({ line, body }))).toEqual([
      { line: 'GET /api/office-hours', body: undefined },
      { line: 'GET /api/office-hours?mentorId=m-1', body: undefined },
      {
        line: 'POST /api/office-hours',
        body: {
          title: 'Market entry Q&A',
          start: '2026-04-09T08:00:00.000Z',
          lengthMinutes: 60,
          seats: 4,
        },
      },
      { line: 'POST /api/office-hours/oh-1/seats', body: {} },
      { line: 'POST /api/office-hours/oh-1/cancel', body: {} },
      {
        line: 'POST /api/office-hours/oh-1/cancel',
        body: { reason: 'Trade fair' },
      },
      { line: 'GET /api/calendar/feed', body: undefined },
      { line: 'POST /api/calendar/feed/rotate', body: {} },
      { line: 'GET /api/dev/outbox', body: undefined },
    ]);
  });

  it('downloads an invite with the bearer token and the name the server gave it', async () => {
    const ics = 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n';
    const { api, sent } = setup(
      () =>
        new Response(ics, {
          status: 200,
          headers: {
            'content-type': 'text/calendar; charset=utf-8',
            'content-disposition': 'attachment; filename="session.ics"',
          },
        }),
    );
    const file = await api.bookingInvite('b-1');
    expect(file.fileName).toBe('session.ics');
    expect(await file.blob.text()).toBe(ics);
    await api.outboxAttachment('mail-1', 0);
    expect(sent.map(({ line, auth }) => ({ line, auth }))).toEqual([
      { line: 'GET /api/bookings/b-1/ics', auth: 'Bearer token-1' },
      {
        line: 'GET /api/dev/outbox/mail-1/attachments/0',
        auth: 'Bearer token-1',
      },
    ]);
  });

  it('refreshes once when a download meets an expired token, and reports a coded error', async () => {
    let calls = 0;
    const { api, sent } = setup((url) => {
      if (url.endsWith('/auth/refresh')) {
        return json(200, {
          accessToken: 'token-2',
          expiresIn: 900,
          user: {},
        });
      }
      calls += 1;
      if (calls === 1) {
        return json(401, {
          statusCode: 401,
          error: 'Unauthorized',
          code: 'auth.unauthenticated',
          message: 'Sign in first',
        });
      }
      return json(404, {
        statusCode: 404,
        error: 'Not Found',
        code: 'booking.not_found',
        message: 'No such session',
      });
    });
    const failure = await api.bookingInvite('b-9').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).code).toBe('booking.not_found');
    expect(sent.map(({ line, auth }) => ({ line, auth }))).toEqual([
      { line: 'GET /api/bookings/b-9/ics', auth: 'Bearer token-1' },
      { line: 'POST /api/auth/refresh', auth: null },
      { line: 'GET /api/bookings/b-9/ics', auth: 'Bearer token-2' },
    ]);
  });

  it('answers a coded 409 when the slot was just taken', async () => {
    const { api } = setup(() =>
      json(409, {
        statusCode: 409,
        error: 'Conflict',
        code: 'booking.slot_taken',
        message: 'That time was just taken; choose another slot',
      }),
    );
    await expect(
      api.createBooking({
        mentorshipId: 'ms-1',
        start: '2026-04-07T15:00:00.000Z',
        lengthMinutes: 30,
      }),
    ).rejects.toMatchObject({ status: 409, code: 'booking.slot_taken' });
  });
});

describe('dispositionFileName', () => {
  it('prefers the UTF-8 name, falls back to the plain one, and is null without a header', () => {
    expect(
      dispositionFileName(
        `attachment; filename="session.ics"; filename*=UTF-8''%E4%BC%9A%E8%B0%88.ics`,
      ),
    ).toBe('会谈.ics');
    expect(dispositionFileName('attachment; filename=invite.ics')).toBe(
      'invite.ics',
    );
    expect(dispositionFileName('attachment')).toBeNull();
    expect(dispositionFileName(null)).toBeNull();
  });
});
