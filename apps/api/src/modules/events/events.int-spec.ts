import type {
  AuthResponse,
  EventMeetingView,
  EventParticipantView,
  EventRequestView,
  EventScheduleView,
  EventView,
  MeetingFeedbackView,
  MentorshipRequestView,
  NotificationView,
} from '@torchbridge/contracts';
import { DataSource } from 'typeorm';
import { eventually } from '../../../test/eventually';
import { parseCalendar } from '../../../test/ical';
import { call, registerUser } from '../../../test/http';
import { startTestApp, TestApp } from '../../../test/test-app';
import { MENTOR_PROFILE } from '../../../test/world';

/** A whole minute `days` from now, as events start. */
const daysAhead = (days: number) =>
  new Date(
    Math.ceil((Date.now() + days * 86_400_000) / 60_000) * 60_000,
  ).toISOString();

const SETUP = {
  titleEn: 'China–EU Innovation Day',
  titleZh: '中欧创新日',
  timeZone: 'Europe/Berlin',
  startsAt: daysAhead(20),
  rounds: 6,
  roundMinutes: 15,
  breakMinutes: 5,
  tableNames: ['A1', 'A2', 'A3'],
};

const PROFILE = {
  organisation: 'Rhein Capital',
  offer: 'Introductions to German suppliers',
  lookingFor: 'Battery startups',
  sectors: ['nev'],
  stages: ['prototype'],
  languages: ['de', 'en'],
  unavailableRounds: [],
};

interface Person {
  id: string;
  token: string;
}

/**
 * Organisers set up an event, people register and are approved, and participants ask each other for meetings:
 * within the rules, the window and the quota (also when many requests race), with a coded 4xx for everything else and
 * nothing written when refused.
 */
describe('matchmaking events: setup, registration and meeting requests', () => {
  let t: TestApp;
  let db: DataSource;
  let incubatorId: string;
  let manager: Person;
  let otherManager: Person;

  const staff = async (incubator: string | null): Promise<Person> => {
    const r = await registerUser(t.url);
    await db.query(`UPDATE users SET role = 'manager' WHERE id = $1`, [
      r.user.id,
    ]);
    if (incubator) {
      await db.query(
        `INSERT INTO incubator_managers (incubator_id, user_id) VALUES ($1, $2)`,
        [incubator, r.user.id],
      );
    }
    const again = await call<AuthResponse>(t.url, 'post', '/api/auth/login', {
      body: { email: r.registration.email, password: r.registration.password },
    });
    return { id: r.user.id, token: again.body.accessToken };
  };
  const founder = async (): Promise<Person> => {
    const r = await registerUser(t.url, { role: 'founder' });
    const startup: { id: string }[] = await db.query(
      `INSERT INTO startups (name_en, name_zh, incubator_id, sectors, stage, founded_year, team_size, languages, time_zone, market_direction, needs, pitch_en, pitch_zh)
       VALUES ($1, $1, $2, '{nev}', 'prototype', 2024, 3, '{zh,en}', 'Asia/Shanghai', 'china-to-europe', '{certification}', 'Cells.', '电池。') RETURNING id`,
      [`Shenzhen Cells ${r.user.id.slice(0, 8)}`, incubatorId],
    );
    await db.query(
      `INSERT INTO startup_founders (startup_id, user_id) VALUES ($1, $2)`,
      [startup[0]?.id, r.user.id],
    );
    return { id: r.user.id, token: r.accessToken };
  };
  const mentor = async (): Promise<Person> => {
    const r = await registerUser(t.url, { role: 'mentor' });
    return { id: r.user.id, token: r.accessToken };
  };
  const openEvent = async (
    extra: Record<string, unknown> = {},
  ): Promise<EventView> => {
    const created = await call<EventView>(t.url, 'post', '/api/events', {
      token: manager.token,
      body: { ...SETUP, incubatorId, ...extra },
    });
    expect(created.status).toBe(201);
    const opened = await call<EventView>(
      t.url,
      'post',
      `/api/events/${created.body.id}/open`,
      { token: manager.token },
    );
    expect(opened.body.status).toBe('open');
    return opened.body;
  };
  const registered = async (
    event: EventView,
    who: Person,
    kind: string,
    approve = true,
  ): Promise<EventParticipantView> => {
    const r = await call<EventParticipantView>(
      t.url,
      'post',
      `/api/events/${event.id}/registrations`,
      { token: who.token, body: { ...PROFILE, kind } },
    );
    expect(r.status).toBe(201);
    if (approve && r.body.status === 'pending') {
      const d = await call<EventParticipantView>(
        t.url,
        'post',
        `/api/events/${event.id}/participants/${r.body.id}/decision`,
        { token: manager.token, body: { approve: true } },
      );
      expect(d.body.status).toBe('approved');
      return d.body;
    }
    return r.body;
  };
  const count = async (sql: string, params: unknown[]): Promise<number> =>
    Number(((await db.query(sql, params)) as { n: string }[])[0]?.n);

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    const park: { id: string }[] = await db.query(
      `INSERT INTO parks (name_en, city, country, region) VALUES ('Qianhai', 'Shenzhen', 'CN', 'eastern') RETURNING id`,
    );
    const rows: { id: string }[] = await db.query(
      `INSERT INTO incubators (name_en, name_zh, park_id, kind, city, country) VALUES ('Qianhai Hub', '前海孵化器', $1, 'comprehensive', 'Shenzhen', 'CN'), ('Other Hub', '其他孵化器', $1, 'comprehensive', 'Shenzhen', 'CN') RETURNING id`,
      [park[0]?.id],
    );
    incubatorId = rows[0]?.id as string;
    [manager, otherManager] = await Promise.all([
      staff(incubatorId),
      staff(rows[1]?.id as string),
    ]);
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates a draft with its rounds in order and defaults, visible to its organisers until opened', async () => {
    const created = await call<EventView>(t.url, 'post', '/api/events', {
      token: manager.token,
      body: { ...SETUP, incubatorId },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      canManage: true,
      requestQuota: 10,
      approvalRequired: true,
      registrationClosesAt: new Date(SETUP.startsAt).toISOString(),
    });
    // 15-minute rounds with 5-minute breaks: the third round starts 40 minutes after the first.
    expect(created.body.schedule).toHaveLength(6);
    expect(
      Date.parse(created.body.schedule[2]?.start ?? '') -
        Date.parse(SETUP.startsAt),
    ).toBe(40 * 60_000);
    expect(
      Date.parse(created.body.schedule[2]?.end ?? '') -
        Date.parse(SETUP.startsAt),
    ).toBe(55 * 60_000);

    const f = await founder();
    expect(
      (
        await call(t.url, 'get', `/api/events/${created.body.id}`, {
          token: f.token,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call<EventView[]>(t.url, 'get', '/api/events', { token: f.token })
      ).body.some((e) => e.id === created.body.id),
    ).toBe(false);
    expect(
      (
        await call<EventView[]>(t.url, 'get', '/api/events', {
          token: manager.token,
        })
      ).body.some((e) => e.id === created.body.id),
    ).toBe(true);
    // Another programme's manager may neither see nor change it.
    expect(
      (
        await call(t.url, 'get', `/api/events/${created.body.id}`, {
          token: otherManager.token,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call(t.url, 'patch', `/api/events/${created.body.id}`, {
          token: otherManager.token,
          body: { titleEn: 'Mine now' },
        })
      ).status,
    ).toBe(403);

    await call(t.url, 'post', `/api/events/${created.body.id}/open`, {
      token: manager.token,
    });
    const seen = await call<EventView>(
      t.url,
      'get',
      `/api/events/${created.body.id}`,
      { token: f.token },
    );
    expect(seen.body).toMatchObject({
      status: 'open',
      canManage: false,
      me: null,
    });
  });

  it('refuses a bad setup with a 4xx naming the field, and writes nothing', async () => {
    const before = await count(`SELECT count(*) AS n FROM events`, []);
    const cases: [Record<string, unknown>, string, number][] = [
      [{ titleEn: undefined }, 'titleEn', 400],
      [{ rounds: 0 }, 'rounds', 400],
      [{ tableNames: [] }, 'tableNames', 400],
      [{ timeZone: 'Mars/Olympus' }, 'timeZone', 400],
      [{ registrationClosesAt: daysAhead(30) }, 'registrationClosesAt', 400],
      [
        { online: true, tableLinks: ['https://meet.jit.si/a1'] },
        'tableLinks',
        400,
      ],
      [{ requestRules: [['founder', 'dragon']] }, 'requestRules', 400],
      [{ incubatorId: '00000000-0000-4000-8000-000000000000' }, '', 403],
    ];
    for (const [change, field, status] of cases) {
      const reply = await call<{
        message: string;
        details?: { field: string }[];
      }>(t.url, 'post', '/api/events', {
        token: manager.token,
        body: { ...SETUP, incubatorId, ...change },
      });
      expect({ field, status: reply.status }).toEqual({ field, status });
      if (field) {
        expect(reply.body.details?.map((d) => d.field)).toContain(field);
      }
    }
    expect(
      (
        await call(t.url, 'post', '/api/events', {
          token: otherManager.token,
          body: { ...SETUP, incubatorId },
        })
      ).status,
    ).toBe(403);
    expect(await count(`SELECT count(*) AS n FROM events`, [])).toBe(before);
  });

  it('registers people as their account allows, waits for approval, and refuses what does not fit', async () => {
    const event = await openEvent();
    const f = await founder();
    const m = await mentor();
    const asMentor = await call<{ code: string; details: { field: string }[] }>(
      t.url,
      'post',
      `/api/events/${event.id}/registrations`,
      {
        token: f.token,
        body: { ...PROFILE, kind: 'mentor' },
      },
    );
    expect(asMentor.status).toBe(400);
    expect(asMentor.body.details[0]?.field).toBe('kind');
    const lateRound = await call<{ details: { field: string }[] }>(
      t.url,
      'post',
      `/api/events/${event.id}/registrations`,
      {
        token: f.token,
        body: { ...PROFILE, kind: 'founder', unavailableRounds: [6] },
      },
    );
    expect([lateRound.status, lateRound.body.details[0]?.field]).toEqual([
      400,
      'unavailableRounds',
    ]);
    const noStartup = await registerUser(t.url, { role: 'founder' });
    const noProfile = await call<{ code: string }>(
      t.url,
      'post',
      `/api/events/${event.id}/registrations`,
      { token: noStartup.accessToken, body: { ...PROFILE, kind: 'founder' } },
    );
    expect(noProfile.body.code).toBe('startup.profile_missing');

    const mine = await registered(event, f, 'founder', false);
    expect(mine.status).toBe('pending');
    expect(
      (
        await call<{ code: string }>(
          t.url,
          'post',
          `/api/events/${event.id}/registrations`,
          { token: f.token, body: { ...PROFILE, kind: 'founder' } },
        )
      ).body.code,
    ).toBe('event.already_registered');
    const investor = await registered(event, m, 'investor');
    // Pending people cannot ask yet; the approved investor is listed, the pending founder only to organisers and to herself.
    const early = await call<{ code: string }>(
      t.url,
      'post',
      `/api/events/${event.id}/requests`,
      { token: f.token, body: { toParticipantId: investor.id, priority: 3 } },
    );
    expect([early.status, early.body.code]).toEqual([
      409,
      'event.not_approved',
    ]);
    const seenByMentor = await call<EventParticipantView[]>(
      t.url,
      'get',
      `/api/events/${event.id}/participants`,
      { token: m.token },
    );
    expect(seenByMentor.body.map((p) => p.id)).toEqual([investor.id]);
    const seenByManager = await call<EventParticipantView[]>(
      t.url,
      'get',
      `/api/events/${event.id}/participants`,
      { token: manager.token },
    );
    expect(seenByManager.body.map((p) => p.status).sort()).toEqual([
      'approved',
      'pending',
    ]);
    expect(
      (
        await call(
          t.url,
          'post',
          `/api/events/${event.id}/participants/${mine.id}/decision`,
          { token: otherManager.token, body: { approve: true } },
        )
      ).status,
    ).toBe(403);
  });

  it('holds the request quota when 30 requests race: exactly 5 are sent and the other 25 are told the quota is used', async () => {
    const event = await openEvent({ requestQuota: 5, approvalRequired: false });
    const f = await founder();
    const me = await registered(event, f, 'founder');
    const mentors = await Promise.all(
      Array.from({ length: 30 }, () => mentor()),
    );
    const them = await Promise.all(
      mentors.map((m) => registered(event, m, 'mentor')),
    );
    const replies = await Promise.all(
      them.map((p) =>
        call<{ code?: string }>(
          t.url,
          'post',
          `/api/events/${event.id}/requests`,
          { token: f.token, body: { toParticipantId: p.id, priority: 2 } },
        ),
      ),
    );
    expect(replies.filter((r) => r.status === 201)).toHaveLength(5);
    expect(
      replies.filter(
        (r) => r.status === 409 && r.body.code === 'event.quota_reached',
      ),
    ).toHaveLength(25);
    expect(
      await count(
        `SELECT count(*) AS n FROM event_requests WHERE from_participant_id = $1`,
        [me.id],
      ),
    ).toBe(5);
    const view = await call<EventView>(
      t.url,
      'get',
      `/api/events/${event.id}`,
      { token: f.token },
    );
    expect(view.body.me).toMatchObject({ requestsSent: 5, requestsLeft: 0 });
  });

  it('lets the receiver answer once; a decline or a withdrawal gives the sender the request back', async () => {
    const event = await openEvent({ requestQuota: 2, approvalRequired: false });
    const f = await founder();
    await registered(event, f, 'founder');
    const [m1, m2, m3] = await Promise.all([mentor(), mentor(), mentor()]);
    const [p1, p2, p3] = await Promise.all([
      registered(event, m1 as Person, 'mentor'),
      registered(event, m2 as Person, 'mentor'),
      registered(event, m3 as Person, 'corporate'),
    ]);
    const ask = (to: EventParticipantView, token = f.token) =>
      call<EventRequestView & { code?: string }>(
        t.url,
        'post',
        `/api/events/${event.id}/requests`,
        {
          token,
          body: {
            toParticipantId: to.id,
            priority: 3,
            message: 'Ten minutes on TÜV?',
          },
        },
      );

    const r1 = await ask(p1 as EventParticipantView);
    expect(r1.body).toMatchObject({
      status: 'pending',
      priority: 3,
      from: { kind: 'founder' },
      to: { kind: 'mentor', participantId: p1?.id },
    });
    expect((await ask(p1 as EventParticipantView)).body.code).toBe(
      'event.request_duplicate',
    );
    // Mentors may not ask founders at this event (the default rules let founders ask those who offer).
    const reverse = await ask(p1 as EventParticipantView, m2?.token);
    expect([reverse.status, reverse.body.code]).toEqual([
      409,
      'event.request_not_allowed',
    ]);
    const r2 = await ask(p2 as EventParticipantView);
    expect((await ask(p3 as EventParticipantView)).body.code).toBe(
      'event.quota_reached',
    );

    // Only the receiver answers; a second answer is refused.
    expect(
      (
        await call(
          t.url,
          'post',
          `/api/event-requests/${r1.body.id}/decision`,
          { token: m2?.token, body: { accept: true } },
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await call(
          t.url,
          'post',
          `/api/event-requests/${r1.body.id}/decision`,
          { token: f.token, body: { accept: true } },
        )
      ).status,
    ).toBe(404);
    const accepted = await call<EventRequestView>(
      t.url,
      'post',
      `/api/event-requests/${r1.body.id}/decision`,
      { token: m1?.token, body: { accept: true } },
    );
    expect(accepted.body.status).toBe('accepted');
    expect(
      (
        await call<{ code: string }>(
          t.url,
          'post',
          `/api/event-requests/${r1.body.id}/decision`,
          { token: m1?.token, body: { accept: false } },
        )
      ).body.code,
    ).toBe('event.request_decided');
    const declined = await call<EventRequestView>(
      t.url,
      'post',
      `/api/event-requests/${r2.body.id}/decision`,
      { token: m2?.token, body: { accept: false } },
    );
    expect(declined.body.status).toBe('declined');
    const r3 = await ask(p3 as EventParticipantView);
    expect(r3.status).toBe(201);
    expect(
      (
        await call<EventRequestView>(
          t.url,
          'post',
          `/api/event-requests/${r3.body.id}/withdraw`,
          { token: f.token },
        )
      ).body.status,
    ).toBe('withdrawn');
    expect((await ask(p3 as EventParticipantView)).status).toBe(201);

    // Each side sees the requests that concern them; the organiser sees all four.
    expect(
      (
        await call<EventRequestView[]>(
          t.url,
          'get',
          `/api/events/${event.id}/requests`,
          { token: m1?.token },
        )
      ).body.map((r) => r.id),
    ).toEqual([r1.body.id]);
    expect(
      (
        await call<EventRequestView[]>(
          t.url,
          'get',
          `/api/events/${event.id}/requests`,
          { token: manager.token },
        )
      ).body,
    ).toHaveLength(4);
  });

  it('closes registration and requests when the window has passed', async () => {
    const event = await openEvent({ approvalRequired: false });
    const f = await founder();
    const m = await mentor();
    await registered(event, f, 'founder');
    const p = await registered(event, m, 'mentor');
    await db.query(
      `UPDATE events SET registration_opens_at = now() - interval '2 days', registration_closes_at = now() - interval '1 day' WHERE id = $1`,
      [event.id],
    );
    const late = await call<{ code: string }>(
      t.url,
      'post',
      `/api/events/${event.id}/requests`,
      { token: f.token, body: { toParticipantId: p.id, priority: 1 } },
    );
    expect([late.status, late.body.code]).toEqual([
      409,
      'event.registration_closed',
    ]);
    const lateJoin = await call<{ code: string }>(
      t.url,
      'post',
      `/api/events/${event.id}/registrations`,
      { token: (await founder()).token, body: { ...PROFILE, kind: 'founder' } },
    );
    expect(lateJoin.body.code).toBe('event.registration_closed');
    expect(
      await count(
        `SELECT count(*) AS n FROM event_requests WHERE event_id = $1`,
        [event.id],
      ),
    ).toBe(0);
  });

  it('schedules the accepted requests around locked meetings, refuses a clashing move, and publishes each person their agenda', async () => {
    // 2 rounds of 1 table: at most two meetings; three founders asked one mentor, so only two can meet them.
    const event = await openEvent({
      rounds: 2,
      tableNames: ['Table 1'],
      approvalRequired: false,
      requestQuota: 5,
    });
    const m = await mentor();
    const pm = await registered(event, m, 'mentor');
    const founders = await Promise.all([founder(), founder(), founder()]);
    const requests: EventRequestView[] = [];
    for (const [i, f] of founders.entries()) {
      await registered(event, f, 'founder');
      const r = await call<EventRequestView>(
        t.url,
        'post',
        `/api/events/${event.id}/requests`,
        {
          token: f.token,
          body: { toParticipantId: pm.id, priority: i === 2 ? 1 : 3 },
        },
      );
      await call(t.url, 'post', `/api/event-requests/${r.body.id}/decision`, {
        token: m.token,
        body: { accept: true },
      });
      requests.push(r.body);
    }
    // A founder's agenda is not there before publishing; the founder cannot run the scheduler.
    expect(
      (
        await call<{ code: string }>(
          t.url,
          'get',
          `/api/events/${event.id}/agenda`,
          { token: founders[0]?.token },
        )
      ).body.code,
    ).toBe('event.not_scheduled');
    expect(
      (
        await call(t.url, 'post', `/api/events/${event.id}/schedule`, {
          token: founders[0]?.token,
        })
      ).status,
    ).toBe(403);

    const draft = await call<EventScheduleView>(
      t.url,
      'post',
      `/api/events/${event.id}/schedule`,
      { token: manager.token },
    );
    expect(draft.status).toBe(200);
    // The two "must meet" requests are placed; the "nice to have" is left out; the bound proves nothing better exists.
    expect(draft.body).toMatchObject({
      published: false,
      objective: 6,
      upperBound: 6,
    });
    expect(draft.body.meetings.map((x) => x.requestId).sort()).toEqual(
      [requests[0]?.id, requests[1]?.id].sort(),
    );
    expect(draft.body.unscheduled.map((r) => r.id)).toEqual([requests[2]?.id]);

    // Moving the light request into a round where the mentor already meets is refused, and nothing changes.
    const taken = draft.body.meetings[0] as EventMeetingView;
    const bad = await call<{ code: string; details: { field: string }[] }>(
      t.url,
      'put',
      `/api/events/${event.id}/meetings/${requests[2]?.id}`,
      {
        token: manager.token,
        body: { round: taken.round, table: 0, locked: true },
      },
    );
    expect([bad.status, bad.body.code]).toEqual([409, 'event.meeting_clash']);
    expect(
      await count(
        `SELECT count(*) AS n FROM event_meetings WHERE request_id = $1`,
        [requests[2]?.id],
      ),
    ).toBe(0);

    // Lock the light request in round 0 instead (after taking out what is there): a re-run keeps it and fills round 1.
    const inRoundZero = draft.body.meetings.find(
      (x) => x.round === 0,
    ) as EventMeetingView;
    await call(
      t.url,
      'delete',
      `/api/events/${event.id}/meetings/${inRoundZero.requestId}`,
      { token: manager.token },
    );
    const locked = await call<EventScheduleView>(
      t.url,
      'put',
      `/api/events/${event.id}/meetings/${requests[2]?.id}`,
      { token: manager.token, body: { round: 0, table: 0, locked: true } },
    );
    expect(locked.status).toBe(200);
    const rerun = await call<EventScheduleView>(
      t.url,
      'post',
      `/api/events/${event.id}/schedule`,
      { token: manager.token },
    );
    expect(
      rerun.body.meetings.find((x) => x.requestId === requests[2]?.id),
    ).toMatchObject({ round: 0, table: 0, locked: true, tableName: 'Table 1' });
    expect(rerun.body).toMatchObject({ objective: 4, upperBound: 4 });
    expect(rerun.body.unscheduled).toHaveLength(1);

    const published = await call<EventScheduleView>(
      t.url,
      'post',
      `/api/events/${event.id}/publish`,
      { token: manager.token },
    );
    expect(published.body.published).toBe(true);
    // The agenda as a calendar file: one event per meeting at the round's instant; the table plan as CSV for the organisers.
    const ics = await call<string>(
      t.url,
      'get',
      `/api/events/${event.id}/agenda.ics`,
      { token: m.token },
    );
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    const calendar = parseCalendar(ics.body);
    expect(calendar.events.map((e) => e.start)).toEqual([
      new Date(SETUP.startsAt).toISOString(),
      new Date(Date.parse(SETUP.startsAt) + 20 * 60_000).toISOString(),
    ]);
    expect(calendar.events[0]?.location).toContain('Table 1');
    const plan = await call<string>(
      t.url,
      'get',
      `/api/events/${event.id}/table-plan.csv`,
      { token: manager.token },
    );
    const rows = plan.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toBe(
      'round,start,end,time_zone,table,participant_a,organisation_a,participant_b,organisation_b,priority,locked',
    );
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatch(/^1,.*,Europe\/Berlin,Table 1,.*,1,yes$/);
    expect(
      (
        await call(t.url, 'get', `/api/events/${event.id}/table-plan.csv`, {
          token: m.token,
        })
      ).status,
    ).toBe(403);
    // Everyone at the event hears of it, in their notification centre, with the event named in both languages.
    for (const who of [m, ...founders]) {
      await eventually(async () => {
        const list = await call<NotificationView[]>(
          t.url,
          'get',
          '/api/notifications',
          { token: who?.token },
        );
        expect(
          list.body.find((n) => n.kind === 'event.schedule_published')?.payload,
        ).toMatchObject({
          eventId: event.id,
          eventTitleEn: SETUP.titleEn,
          eventTitleZh: SETUP.titleZh,
        });
      });
    }
    // The mentor was told of each request, naming who asked.
    const told = await call<NotificationView[]>(
      t.url,
      'get',
      '/api/notifications',
      { token: m.token },
    );
    expect(
      told.body.filter((n) => n.kind === 'event.request_received'),
    ).toHaveLength(3);
    const mentorAgenda = await call<EventMeetingView[]>(
      t.url,
      'get',
      `/api/events/${event.id}/agenda`,
      { token: m.token },
    );
    expect(mentorAgenda.body.map((x) => x.round)).toEqual([0, 1]);
    expect(mentorAgenda.body[0]?.start).toBe(
      new Date(SETUP.startsAt).toISOString(),
    );
    const light = await call<EventMeetingView[]>(
      t.url,
      'get',
      `/api/events/${event.id}/agenda`,
      { token: founders[2]?.token },
    );
    expect(light.body).toHaveLength(1);
    expect(light.body[0]).toMatchObject({
      round: 0,
      b: { participantId: pm.id },
    });
    // Once published, requests are closed and the shape of the event stays.
    expect(
      (
        await call<{ code: string }>(
          t.url,
          'patch',
          `/api/events/${event.id}`,
          { token: manager.token, body: { rounds: 3 } },
        )
      ).body.code,
    ).toBe('event.setup_locked');
  });

  it('after the meeting, a founder and a mentor who both choose to continue get a mentorship request, made once', async () => {
    const event = await openEvent({ approvalRequired: false });
    const f = await founder();
    const m = await mentor();
    expect(
      (
        await call(t.url, 'put', '/api/me/mentor-profile', {
          token: m.token,
          body: MENTOR_PROFILE,
        })
      ).status,
    ).toBe(200);
    await registered(event, f, 'founder');
    const pm = await registered(event, m, 'mentor');
    const r = await call<EventRequestView>(
      t.url,
      'post',
      `/api/events/${event.id}/requests`,
      { token: f.token, body: { toParticipantId: pm.id, priority: 3 } },
    );
    await call(t.url, 'post', `/api/event-requests/${r.body.id}/decision`, {
      token: m.token,
      body: { accept: true },
    });
    await call(t.url, 'post', `/api/events/${event.id}/schedule`, {
      token: manager.token,
    });
    await call(t.url, 'post', `/api/events/${event.id}/publish`, {
      token: manager.token,
    });
    const give = (who: Person, body: Record<string, unknown>) =>
      call<MeetingFeedbackView & { code?: string }>(
        t.url,
        'post',
        `/api/event-requests/${r.body.id}/feedback`,
        { token: who.token, body },
      );

    expect((await give(f, { followUp: true })).body.code).toBe(
      'event.meeting_not_held',
    );
    // The event took place.
    await db.query(
      `UPDATE events SET starts_at = now() - interval '1 day' WHERE id = $1`,
      [event.id],
    );
    expect((await give(await founder(), { followUp: true })).status).toBe(404);
    const first = await give(f, {
      followUp: true,
      continueAsMentorship: true,
      comment: 'Great on TÜV',
    });
    expect(first.body).toMatchObject({
      followUp: true,
      continueAsMentorship: true,
      mentorshipRequestId: null,
    });
    expect((await give(f, { followUp: false })).body.code).toBe(
      'event.feedback_duplicate',
    );
    const second = await give(m, {
      followUp: true,
      continueAsMentorship: true,
    });
    expect(second.body.mentorshipRequestId).toEqual(expect.any(String));
    // The mentor sees it among their requests, already confirmed by the founder, with the meeting as its context.
    const received = await call<MentorshipRequestView[]>(
      t.url,
      'get',
      '/api/mentorship-requests?box=received',
      { token: m.token },
    );
    const made = received.body.find(
      (x) => x.id === second.body.mentorshipRequestId,
    );
    expect(made?.status).toBe('pending');
    expect(made?.message).toContain(SETUP.titleEn);
    expect(
      await count(
        `SELECT count(*) AS n FROM mentorship_requests WHERE id = $1`,
        [second.body.mentorshipRequestId],
      ),
    ).toBe(1);
  });
});
