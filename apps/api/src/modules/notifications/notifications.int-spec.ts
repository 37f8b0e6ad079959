import type { MentorDetail, MentorshipView, NotificationCount, NotificationView, RequestEventParties, ServerToClientEvents } from '@torchbridge/contracts';
import { dropDatabase } from '@torchbridge/testing';
import { Client } from 'pg';
import type { Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { eventually } from '../../../test/eventually';
import { call, ErrorReply, registerUser } from '../../../test/http';
import { connectRealtime, until } from '../../../test/sockets';
import { freshDatabase, startTestApp, TestApp } from '../../../test/test-app';
import { DomainEvents } from '../../common/events/domain-events';
import { OutboxDispatcher } from '../../common/events/outbox-dispatcher';

type Heard = { [K in keyof ServerToClientEvents]?: Parameters<ServerToClientEvents[K]>[0][] };

/** A founder socket that records what it hears. */
async function listen(url: string, token: string): Promise<{ socket: Socket; heard: Heard }> {
  const heard: Heard = {};
  const socket = await connectRealtime<Socket>(url, token, (s) => {
    s.on('conversation:added', (payload: Parameters<ServerToClientEvents['conversation:added']>[0]) => (heard['conversation:added'] ??= []).push(payload));
    s.on('notification:new', (payload: Parameters<ServerToClientEvents['notification:new']>[0]) => (heard['notification:new'] ??= []).push(payload));
    s.on('notification:read', (payload: Parameters<ServerToClientEvents['notification:read']>[0]) => (heard['notification:read'] ??= []).push(payload));
  });
  return { socket, heard };
}

/** A founder with a startup and an approved mentor with free places, on the app at `url`. */
async function pair(url: string, db: DataSource, n: number) {
  const park: { id: string }[] = await db.query(
    `INSERT INTO parks (name_en, city, country, region) VALUES ($1, 'Suzhou', 'CN', 'eastern') RETURNING id`,
    [`Suzhou Industrial Park ${n}`],
  );
  const incubator: { id: string }[] = await db.query(
    `INSERT INTO incubators (name_en, name_zh, park_id, kind, city, country) VALUES ($1, '苏州创业园', $2, 'comprehensive', 'Suzhou', 'CN') RETURNING id`,
    [`Suzhou Incubator ${n}`, park[0]?.id],
  );
  const founder = await registerUser(url, { role: 'founder' });
  const startup = await call(url, 'put', '/api/me/startup', {
    token: founder.accessToken,
    body: {
      nameEn: `Lakeside Sensors ${n}`, nameZh: `湖畔传感${n}`, incubatorId: incubator[0]?.id, sectors: ['smart-manufacturing'], stage: 'prototype',
      foundedYear: 2024, teamSize: 4, languages: ['zh', 'en'], timeZone: 'Asia/Shanghai', marketDirection: 'china-to-europe',
      targetMarkets: ['DE'], needs: ['certification'], pitchEn: 'Vibration sensors for pumps.', pitchZh: '泵用振动传感器。', highTechEnterprise: false,
    },
  });
  expect(startup.status).toBe(200);
  const mentor = await registerUser(url, { role: 'mentor', timeZone: 'Europe/Berlin' });
  const profile = await call<MentorDetail>(url, 'put', '/api/me/mentor-profile', {
    token: mentor.accessToken,
    body: {
      category: 'executive', headlineEn: 'Former plant manager', headlineZh: '前工厂经理', bioEn: 'Ran a pump plant in Dortmund.', bioZh: '曾在多特蒙德管理泵厂。',
      sectors: ['smart-manufacturing'], stages: ['prototype'], topics: ['certification'], languages: ['de', 'en'],
      timeZone: 'Europe/Berlin', country: 'DE', city: 'Dortmund', capacity: 2, status: 'open', conflicts: [],
    },
  });
  await db.query(`UPDATE mentor_profiles SET vetting = 'approved' WHERE id = $1`, [profile.body.id]);
  const sent = await call<{ id: string }>(url, 'post', '/api/mentorship-requests', { token: founder.accessToken, body: { mentorId: profile.body.id, message: 'Could you help with CE marking?' } });
  expect(sent.status).toBe(201);
  return { founder, mentor, requestId: sent.body.id };
}

describe('domain events reach people: live conversation and the notification bell', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
  });
  afterAll(async () => {
    await t.close();
  });

  it("shows the founder the accepted request's conversation live, with a notification they can read", async () => {
    const { founder, mentor, requestId } = await pair(t.url, db, 1);
    const { socket, heard } = await listen(t.url, founder.accessToken);
    try {
      const accepted = await call<MentorshipView>(t.url, 'post', `/api/mentorship-requests/${requestId}/accept`, { token: mentor.accessToken });
      expect(accepted.status).toBe(200);
      await until(() => (heard['conversation:added'] ?? []).length > 0 && (heard['notification:new'] ?? []).length > 0);
      expect(heard['conversation:added']).toEqual([{ conversationId: accepted.body.conversationId }]);
      const note = heard['notification:new']?.[0];
      expect(note).toMatchObject({ unread: 1, notification: { kind: 'request.accepted', readAt: null, payload: { mentorshipId: accepted.body.id, mentorName: mentor.user.displayName } } });

      const list = await call<NotificationView[]>(t.url, 'get', '/api/notifications', { token: founder.accessToken });
      expect(list.body.map((n) => n.kind)).toEqual(['request.accepted']);
      expect((await call<NotificationCount>(t.url, 'get', '/api/notifications/unread-count', { token: founder.accessToken })).body).toEqual({ unread: 1 });

      const stranger: ErrorReply = await call(t.url, 'post', `/api/notifications/${note?.notification.id}/read`, { token: mentor.accessToken });
      expect(stranger.status).toBe(404);
      expect(stranger.body.code).toBe('notification.not_found');

      const read = await call<NotificationCount>(t.url, 'post', `/api/notifications/${note?.notification.id}/read`, { token: founder.accessToken });
      expect(read.body).toEqual({ unread: 0 });
      await until(() => (heard['notification:read'] ?? []).length > 0);
      expect(heard['notification:read']?.[0]).toEqual({ ids: [note?.notification.id], unread: 0 });
    } finally {
      socket.disconnect();
    }
  });

  it('writes each notification once, however often its event is delivered', async () => {
    const { mentor, requestId } = await pair(t.url, db, 2);
    await eventually(async () => {
      const notes = await call<NotificationView[]>(t.url, 'get', '/api/notifications', { token: mentor.accessToken });
      expect(notes.body.filter((n) => n.payload.requestId === requestId)).toHaveLength(1);
    });
    // Deliver the request's event again, as a retry after a crash would.
    await db.query(`UPDATE outbox_events SET dispatched_at = NULL, available_at = now() WHERE name = 'request.created' AND payload->>'requestId' = $1`, [requestId]);
    await eventually(async () => {
      const left: unknown[] = await db.query(`SELECT 1 FROM outbox_events WHERE dispatched_at IS NULL AND name = 'request.created'`);
      expect(left).toHaveLength(0);
    });
    const notes = await call<NotificationView[]>(t.url, 'get', '/api/notifications', { token: mentor.accessToken });
    expect(notes.body.filter((n) => n.payload.requestId === requestId)).toHaveLength(1);
  });

  it('never delivers an event whose transaction rolled back', async () => {
    const { mentor } = await pair(t.url, db, 3);
    await eventually(async () => {
      expect((await call<NotificationCount>(t.url, 'get', '/api/notifications/unread-count', { token: mentor.accessToken })).body.unread).toBe(1);
    });
    const events = t.app.get(DomainEvents);
    await expect(
      db.transaction(async (tx) => {
        await events.publish(tx, 'request.withdrawn', parties(mentor.user.id, '00000000-0000-4000-8000-000000000003'));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await t.app.get(OutboxDispatcher).drain();
    expect((await call<NotificationCount>(t.url, 'get', '/api/notifications/unread-count', { token: mentor.accessToken })).body.unread).toBe(1);
  });
});

describe('domain events across instances (Redis, BullMQ)', () => {
  it('tells a founder connected to one instance about an accept made on the other', async () => {
    const database = await freshDatabase();
    const env = { JWT_SECRET: 'e'.repeat(40) };
    const a = await startTestApp({ redis: true, database, env });
    const b = await startTestApp({ redis: true, database, env });
    try {
      const { founder, mentor, requestId } = await pair(a.url, a.app.get(DataSource), 4);
      const { socket, heard } = await listen(b.url, founder.accessToken);
      try {
        const accepted = await call<MentorshipView>(a.url, 'post', `/api/mentorship-requests/${requestId}/accept`, { token: mentor.accessToken });
        expect(accepted.status).toBe(200);
        await until(() => (heard['conversation:added'] ?? []).length > 0 && (heard['notification:new'] ?? []).length > 0, 10_000);
        expect(heard['conversation:added']).toEqual([{ conversationId: accepted.body.conversationId }]);
        expect(heard['notification:new']?.[0]?.notification.kind).toBe('request.accepted');
      } finally {
        socket.disconnect();
      }
    } finally {
      await a.close();
      await b.close();
      await dropDatabase(database.name);
    }
  });
});

describe('domain events across a restart', () => {
  it('delivers events committed while no instance was running once one starts', async () => {
    const database = await freshDatabase();
    const env = { JWT_SECRET: 'd'.repeat(40) };
    const first = await startTestApp({ database, env });
    const { mentor } = await pair(first.url, first.app.get(DataSource), 5);
    await first.close();
    const client = new Client({ connectionString: database.url });
    await client.connect();
    await client.query(`INSERT INTO outbox_events (name, payload) VALUES ('request.withdrawn', $1)`, [JSON.stringify(parties(mentor.user.id, '00000000-0000-4000-8000-000000000005'))]);
    await client.end();
    const second = await startTestApp({ database, env });
    try {
      await eventually(async () => {
        const notes = await call<NotificationView[]>(second.url, 'get', '/api/notifications', { token: mentor.accessToken });
        expect(notes.body.map((n) => n.kind).sort()).toEqual(['request.received', 'request.withdrawn']);
      }, 10_000);
    } finally {
      await second.close();
      await dropDatabase(database.name);
    }
  });
});

function parties(mentorUserId: string, requestId: string): RequestEventParties {
  return {
    requestId, startupId: requestId, startupNameEn: 'Lakeside Sensors', startupNameZh: '湖畔传感', founderId: requestId, founderName: 'Li Wei',
    mentorId: requestId, mentorUserId, mentorName: 'Anna Weber', founderConfirmed: true,
  };
}
