import type {
  AuthResponse,
  EventLiveSignal,
  EventLiveView,
  EventParticipantView,
  EventRequestView,
  EventScheduleView,
  EventView,
} from '@torchbridge/contracts';
import { randomBytes } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { call, registerUser } from '../../../test/http';
import { connectRealtime, until } from '../../../test/sockets';
import { freshDatabase, startTestApp, TestApp } from '../../../test/test-app';

const PROFILE = {
  organisation: 'Org',
  offer: 'Advice',
  lookingFor: 'Partners',
  sectors: ['nev'],
  stages: ['prototype'],
  languages: ['en'],
  unavailableRounds: [],
};

interface Person {
  id: string;
  token: string;
}

/**
 * The event day across two API instances on one Redis: the organiser starts a round on one instance and the
 * participants' sockets on both hear it with the server's times; two meetings that each lost a partner are re-paired
 * and both people who came see their new table.
 */
describe('event day: round timer, check-in and re-pairing, live on two instances', () => {
  let a: TestApp;
  let b: TestApp;
  let db: DataSource;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    const database = await freshDatabase();
    const env = {
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'error',
    };
    a = await startTestApp({ redis: true, database, env });
    b = await startTestApp({ redis: true, database, env });
    db = a.app.get(DataSource);
  }, 60_000);
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await b.close();
    await a.close();
  });

  it('announces a round to everyone with server time, checks people in, and re-pairs two half-empty meetings at once', async () => {
    const park: { id: string }[] = await db.query(
      `INSERT INTO parks (name_en, city, country, region) VALUES ('Hi-Tech Park', 'Shenzhen', 'CN', 'eastern') RETURNING id`,
    );
    const incubator: { id: string }[] = await db.query(
      `INSERT INTO incubators (name_en, name_zh, park_id, kind, city, country) VALUES ('Live Hub', '现场孵化器', $1, 'comprehensive', 'Shenzhen', 'CN') RETURNING id`,
      [park[0]?.id],
    );
    const boss = await registerUser(a.url);
    await db.query(`UPDATE users SET role = 'manager' WHERE id = $1`, [
      boss.user.id,
    ]);
    await db.query(
      `INSERT INTO incubator_managers (incubator_id, user_id) VALUES ($1, $2)`,
      [incubator[0]?.id, boss.user.id],
    );
    const manager = (
      await call<AuthResponse>(a.url, 'post', '/api/auth/login', {
        body: {
          email: boss.registration.email,
          password: boss.registration.password,
        },
      })
    ).body.accessToken;
    const founder = async (): Promise<Person> => {
      const r = await registerUser(a.url, { role: 'founder' });
      const s: { id: string }[] = await db.query(
        `INSERT INTO startups (name_en, name_zh, incubator_id, sectors, stage, founded_year, team_size, languages, time_zone, market_direction, needs, pitch_en, pitch_zh)
         VALUES ($1, $1, $2, '{nev}', 'prototype', 2024, 3, '{zh}', 'Asia/Shanghai', 'china-to-europe', '{certification}', 'Cells.', '电池。') RETURNING id`,
        [`Live ${r.user.id.slice(0, 8)}`, incubator[0]?.id],
      );
      await db.query(
        `INSERT INTO startup_founders (startup_id, user_id) VALUES ($1, $2)`,
        [s[0]?.id, r.user.id],
      );
      return { id: r.user.id, token: r.accessToken };
    };
    const mentor = async (): Promise<Person> => {
      const r = await registerUser(a.url, { role: 'mentor' });
      return { id: r.user.id, token: r.accessToken };
    };
    const startsAt = new Date(
      Math.ceil((Date.now() + 3 * 86_400_000) / 60_000) * 60_000,
    ).toISOString();
    const event = (
      await call<EventView>(a.url, 'post', '/api/events', {
        token: manager,
        body: {
          incubatorId: incubator[0]?.id,
          titleEn: 'Demo day',
          titleZh: '路演日',
          timeZone: 'Asia/Shanghai',
          startsAt,
          rounds: 2,
          roundMinutes: 10,
          tableNames: ['A', 'B'],
          approvalRequired: false,
        },
      })
    ).body;
    await call(a.url, 'post', `/api/events/${event.id}/open`, {
      token: manager,
    });
    const [f1, f2, m1, m2] = await Promise.all([
      founder(),
      founder(),
      mentor(),
      mentor(),
    ]);
    const register = async (who: Person, kind: string) =>
      (
        await call<EventParticipantView>(
          a.url,
          'post',
          `/api/events/${event.id}/registrations`,
          { token: who.token, body: { ...PROFILE, kind } },
        )
      ).body;
    const [p1, p2, q1, q2] = [
      await register(f1 as Person, 'founder'),
      await register(f2 as Person, 'founder'),
      await register(m1 as Person, 'mentor'),
      await register(m2 as Person, 'mentor'),
    ];
    for (const [from, to, token] of [
      [f1, q1, m1],
      [f2, q2, m2],
    ] as [Person, EventParticipantView, Person][]) {
      const r = await call<EventRequestView>(
        a.url,
        'post',
        `/api/events/${event.id}/requests`,
        { token: from.token, body: { toParticipantId: to.id, priority: 3 } },
      );
      await call(a.url, 'post', `/api/event-requests/${r.body.id}/decision`, {
        token: token.token,
        body: { accept: true },
      });
    }
    // Two tables, two rounds: put both meetings in round 0 so that round has two of them.
    const draft = await call<EventScheduleView>(
      a.url,
      'post',
      `/api/events/${event.id}/schedule`,
      { token: manager },
    );
    for (const [i, m] of draft.body.meetings.entries()) {
      await call(
        a.url,
        'delete',
        `/api/events/${event.id}/meetings/${m.requestId}`,
        { token: manager },
      );
      expect(
        (
          await call(
            a.url,
            'put',
            `/api/events/${event.id}/meetings/${m.requestId}`,
            { token: manager, body: { round: 0, table: i, locked: true } },
          )
        ).status,
      ).toBe(200);
    }
    expect(
      (
        await call<{ code: string }>(
          a.url,
          'post',
          `/api/events/${event.id}/live/round`,
          { token: manager, body: { round: 0 } },
        )
      ).body.code,
    ).toBe('event.not_live');
    await call(a.url, 'post', `/api/events/${event.id}/publish`, {
      token: manager,
    });

    // f1 listens on instance A, m2 on instance B.
    const heard: Record<string, EventLiveSignal[]> = { f1: [], m2: [] };
    sockets.push(
      await connectRealtime(a.url, (f1 as Person).token, (s) =>
        s.on('event:live', (x: EventLiveSignal) => heard.f1?.push(x)),
      ),
    );
    sockets.push(
      await connectRealtime(b.url, (m2 as Person).token, (s) =>
        s.on('event:live', (x: EventLiveSignal) => heard.m2?.push(x)),
      ),
    );

    const before = Date.now();
    const started = await call<EventLiveView>(
      a.url,
      'post',
      `/api/events/${event.id}/live/round`,
      { token: manager, body: { round: 0 } },
    );
    expect(started.body).toMatchObject({
      currentRound: 0,
      participants: 4,
      checkedIn: 0,
    });
    expect(
      Date.parse(started.body.roundEndsAt ?? '') -
        Date.parse(started.body.roundStartedAt ?? ''),
    ).toBe(10 * 60_000);
    await until(
      () =>
        heard.f1?.some((x) => x.change === 'round') === true &&
        heard.m2?.some((x) => x.change === 'round') === true,
    );
    const onB = heard.m2?.find((x) => x.change === 'round');
    expect(onB).toMatchObject({
      eventId: event.id,
      round: 0,
      roundStartedAt: started.body.roundStartedAt,
      roundEndsAt: started.body.roundEndsAt,
    });
    expect(Date.parse(onB?.roundStartedAt ?? '')).toBeGreaterThanOrEqual(
      before - 5_000,
    );

    // Check-in: a participant on instance B checks themself in; the organiser checks another in.
    await call(b.url, 'post', `/api/events/${event.id}/live/check-in`, {
      token: (m2 as Person).token,
      body: {},
    });
    const checked = await call<EventLiveView>(
      a.url,
      'post',
      `/api/events/${event.id}/live/check-in`,
      { token: manager, body: { participantId: p1.id } },
    );
    expect(checked.body.checkedIn).toBe(2);
    // A participant may not check someone else in.
    expect(
      (
        await call(a.url, 'post', `/api/events/${event.id}/live/check-in`, {
          token: (f2 as Person).token,
          body: { participantId: p1.id },
        })
      ).status,
    ).toBe(403);

    // q1 (mentor of table A) and p2 (founder of table B) did not come: f1 and m2 are put together at table A.
    const tableA = checked.body.tables.find(
      (t) => t.a?.participantId === p1.id,
    );
    const tableB = checked.body.tables.find(
      (t) => t.a?.participantId === p2.id,
    );
    const first = await call<EventLiveView>(
      a.url,
      'post',
      `/api/events/${event.id}/meetings/${tableA?.requestId}/no-show`,
      { token: manager, body: { participantId: q1.id } },
    );
    expect(
      first.body.tables.find((t) => t.table === tableA?.table)?.a?.noShow,
    ).toBe(false);
    expect(
      first.body.tables.find((t) => t.table === tableA?.table)?.b,
    ).toMatchObject({ participantId: q1.id, noShow: true });
    const second = await call<EventLiveView>(
      b.url,
      'post',
      `/api/events/${event.id}/meetings/${tableB?.requestId}/no-show`,
      { token: manager, body: { participantId: p2.id } },
    );
    const together = second.body.tables.find((t) => t.repaired);
    expect(together).toMatchObject({
      table: Math.min(tableA?.table ?? 9, tableB?.table ?? 9),
      a: { participantId: p1.id },
      b: { participantId: q2.id },
    });
    expect(second.body.tables.filter((t) => t.requestId !== null)).toHaveLength(
      1,
    );
    await until(
      () =>
        heard.f1?.some((x) => x.change === 'repaired') === true &&
        heard.m2?.some((x) => x.change === 'repaired') === true,
    );
    // Both see it in their agenda, at the new table.
    const agenda = await call<
      { round: number; tableName: string; b: { participantId: string } }[]
    >(b.url, 'get', `/api/events/${event.id}/agenda`, {
      token: (m2 as Person).token,
    });
    expect(agenda.body.filter((x) => x.round === 0)).toEqual([
      expect.objectContaining({
        tableName: together?.tableName,
        a: expect.objectContaining({ participantId: p1.id }),
      }),
    ]);
    // A stranger reads nothing of the event day.
    const stranger = await founder();
    expect(
      (
        await call<{ code: string }>(
          a.url,
          'get',
          `/api/events/${event.id}/live`,
          { token: stranger.token },
        )
      ).body.code,
    ).toBe('event.not_registered');
    void p2;
  }, 60_000);
});
