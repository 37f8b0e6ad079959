import type { AuthResponse, MentorDetail, MentorshipView, NotificationView } from '@torchbridge/contracts';
import { DataSource } from 'typeorm';
import { eventually } from '../../../test/eventually';
import { call, registerUser } from '../../../test/http';
import { startTestApp, TestApp } from '../../../test/test-app';
import type { AuthUser } from '../../common/http/auth-user';
import { AccessService } from './access.service';
import { PERMISSIONS, PERMISSION_NAMES, Permission } from './permissions';

type Who = 'founder' | 'mentor' | 'otherFounder' | 'otherMentor' | 'manager' | 'otherManager' | 'memberManager' | 'admin';
const EVERYONE: Who[] = ['founder', 'mentor', 'otherFounder', 'otherMentor', 'manager', 'otherManager', 'memberManager', 'admin'];

/**
 * Every permission × every kind of caller, against real rows: a founder and a mentor in an active mentorship (with
 * its conversation and a notification), strangers of both roles, the manager of the startup's incubator, the
 * manager of another incubator, a manager of none who is in a group, an admin.
 * A permission added without a row here fails to compile (the table is a Record over all of them).
 */
const MATRIX: Record<Permission, { resource: keyof Fixture['ids']; allowed: Who[] }> = {
  'request.read': { resource: 'request', allowed: ['founder', 'mentor', 'manager', 'admin'] },
  'request.decide': { resource: 'request', allowed: ['mentor'] },
  'request.manage': { resource: 'request', allowed: ['founder'] },
  'mentorship.read': { resource: 'mentorship', allowed: ['founder', 'mentor', 'manager', 'admin'] },
  'mentorship.update': { resource: 'mentorship', allowed: ['founder', 'mentor', 'manager', 'admin'] },
  // Mentors are one pool every programme vets and matches from.
  'mentor.contact': { resource: 'mentor', allowed: ['founder', 'mentor', 'manager', 'otherManager', 'memberManager', 'admin'] },
  'startup.contact': { resource: 'startup', allowed: ['founder', 'mentor', 'manager', 'admin'] },
  'startup.manage': { resource: 'startup', allowed: ['manager', 'admin'] },
  'incubator.manage': { resource: 'incubator', allowed: ['manager', 'admin'] },
  'cohort.manage': { resource: 'cohort', allowed: ['manager', 'admin'] },
  'conversation.read': { resource: 'group', allowed: ['founder', 'mentor', 'memberManager'] },
  'conversation.send': { resource: 'group', allowed: ['founder', 'mentor', 'memberManager'] },
  'conversation.manage': { resource: 'group', allowed: ['memberManager', 'admin'] },
  'notification.update': { resource: 'notification', allowed: ['founder'] },
  // Calendars are personal: staff and admins see nothing of anyone's sessions.
  'booking.create': { resource: 'mentorship', allowed: ['founder'] },
  'booking.read': { resource: 'booking', allowed: ['founder', 'mentor'] },
  'booking.change': { resource: 'booking', allowed: ['founder', 'mentor'] },
  'booking.decide': { resource: 'booking', allowed: ['mentor'] },
  'office_hours.manage': { resource: 'officeHours', allowed: ['mentor'] },
  // Events are organised by the hosting programme; a meeting request is answered by its receiver, taken back by its sender.
  'event.manage': { resource: 'event', allowed: ['manager', 'admin'] },
  'event_request.decide': { resource: 'eventRequest', allowed: ['mentor'] },
  'event_request.manage': { resource: 'eventRequest', allowed: ['founder'] },
  'event_meeting.party': { resource: 'eventRequest', allowed: ['founder', 'mentor'] },
};

interface Fixture {
  users: Record<Who, AuthUser>;
  tokens: Record<Who, string>;
  ids: {
    request: string;
    mentorship: string;
    mentor: string;
    startup: string;
    incubator: string;
    cohort: string;
    group: string;
    notification: string;
    booking: string;
    officeHours: string;
    event: string;
    eventRequest: string;
  };
}

describe('access matrix: every permission for every kind of caller', () => {
  let t: TestApp;
  let f: Fixture;

  beforeAll(async () => {
    t = await startTestApp();
    const db = t.app.get(DataSource);
    const park: { id: string }[] = await db.query(`INSERT INTO parks (name_en, city, country, region) VALUES ('Wuxi Park', 'Wuxi', 'CN', 'eastern') RETURNING id`);
    const incubator: { id: string }[] = await db.query(
      `INSERT INTO incubators (name_en, name_zh, park_id, kind, city, country) VALUES ('Wuxi Incubator', '无锡孵化器', $1, 'comprehensive', 'Wuxi', 'CN') RETURNING id`,
      [park[0]?.id],
    );
    const otherIncubator: { id: string }[] = await db.query(
      `INSERT INTO incubators (name_en, name_zh, park_id, kind, city, country) VALUES ('Taihu Incubator', '太湖孵化器', $1, 'comprehensive', 'Wuxi', 'CN') RETURNING id`,
      [park[0]?.id],
    );
    const register = async (role: 'founder' | 'mentor' | 'manager' | 'admin') => {
      const r = await registerUser(t.url, { role: role === 'manager' || role === 'admin' ? 'founder' : role });
      if (role === 'manager' || role === 'admin') {
        await db.query(`UPDATE users SET role = $2 WHERE id = $1`, [r.user.id, role]);
        // Signing in again gives a token that carries the appointed role.
        const again = await call<AuthResponse>(t.url, 'post', '/api/auth/login', { body: { email: r.registration.email, password: r.registration.password } });
        return { token: again.body.accessToken, user: { id: r.user.id, role, sessionId: '' } as AuthUser };
      }
      return { token: r.accessToken, user: { id: r.user.id, role, sessionId: '' } as AuthUser };
    };
    const [founder, mentor, otherFounder, otherMentor, manager, otherManager, memberManager, admin] = await Promise.all([
      register('founder'), register('mentor'), register('founder'), register('mentor'), register('manager'), register('manager'), register('manager'), register('admin'),
    ]);
    await db.query(`INSERT INTO incubator_managers (incubator_id, user_id) VALUES ($1, $2), ($3, $4)`, [incubator[0]?.id, manager?.user.id, otherIncubator[0]?.id, otherManager?.user.id]);
    const startup = await call<{ id: string }>(t.url, 'put', '/api/me/startup', {
      token: founder?.token,
      body: {
        nameEn: 'Taihu Optics', nameZh: '太湖光学', incubatorId: incubator[0]?.id, sectors: ['smart-manufacturing'], stage: 'prototype', foundedYear: 2024, teamSize: 3,
        languages: ['zh', 'en'], timeZone: 'Asia/Shanghai', marketDirection: 'china-to-europe', targetMarkets: ['DE'], needs: ['certification'],
        pitchEn: 'Lenses.', pitchZh: '镜头。', highTechEnterprise: false,
      },
    });
    const profile = await call<MentorDetail>(t.url, 'put', '/api/me/mentor-profile', {
      token: mentor?.token,
      body: {
        category: 'executive', headlineEn: 'Optics lead', headlineZh: '光学负责人', bioEn: 'Jena optics.', bioZh: '耶拿光学。', sectors: ['smart-manufacturing'],
        stages: ['prototype'], topics: ['certification'], languages: ['de', 'en'], timeZone: 'Europe/Berlin', country: 'DE', city: 'Jena', capacity: 2, status: 'open', conflicts: [],
      },
    });
    await db.query(`UPDATE mentor_profiles SET vetting = 'approved' WHERE id = $1`, [profile.body.id]);
    const request = await call<{ id: string }>(t.url, 'post', '/api/mentorship-requests', { token: founder?.token, body: { mentorId: profile.body.id, message: 'Help with optics certification?' } });
    const accepted = await call<MentorshipView>(t.url, 'post', `/api/mentorship-requests/${request.body.id}/accept`, { token: mentor?.token });
    const cohort: { id: string }[] = await db.query(
      `INSERT INTO cohort_runs (name, created_by, mode, startup_ids, mentor_ids, result) VALUES ('Spring cohort', $1, 'optimal', $2, $3, '{}') RETURNING id`,
      [manager?.user.id, [startup.body.id], [profile.body.id]],
    );
    const group: { id: string }[] = await db.query(`INSERT INTO conversations (kind, title) VALUES ('group', 'Spring cohort') RETURNING id`);
    await db.query(`INSERT INTO conversation_members (conversation_id, user_id) VALUES ($1, $2), ($1, $3), ($1, $4)`, [group[0]?.id, founder?.user.id, mentor?.user.id, memberManager?.user.id]);
    const notification = await eventually(async () => {
      const list = await call<NotificationView[]>(t.url, 'get', '/api/notifications', { token: founder?.token });
      expect(list.body.length).toBeGreaterThan(0);
      return list.body[0] as NotificationView;
    });
    const booking: { id: string }[] = await db.query(
      `INSERT INTO bookings (kind, status, mentorship_id, mentor_id, mentor_user_id, founder_user_id, startup_id, starts_at, ends_at, block, length_minutes, booked_time_zone)
       VALUES ('mentorship', 'requested', $1, $2, $3, $4, $5, now() + interval '2 days', now() + interval '2 days 30 minutes',
               tstzrange(now() + interval '2 days', now() + interval '2 days 30 minutes'), 30, 'Asia/Shanghai') RETURNING id`,
      [accepted.body.id, profile.body.id, mentor?.user.id, founder?.user.id, startup.body.id],
    );
    const officeHours: { id: string }[] = await db.query(
      `INSERT INTO office_hours (mentor_id, mentor_user_id, title, starts_at, ends_at, block, seats)
       VALUES ($1, $2, 'Open hour', now() + interval '3 days', now() + interval '3 days 1 hour', tstzrange(now() + interval '3 days', now() + interval '3 days 1 hour'), 5) RETURNING id`,
      [profile.body.id, mentor?.user.id],
    );
    const event: { id: string }[] = await db.query(
      `INSERT INTO events (incubator_id, created_by, status, title_en, title_zh, time_zone, starts_at, rounds, round_minutes, table_names,
              registration_opens_at, registration_closes_at, request_rules, request_quota)
       VALUES ($1, $2, 'open', 'Demo day', '路演日', 'Asia/Shanghai', now() + interval '10 days', 4, 15, '{T1,T2}', now(), now() + interval '9 days',
               '[["founder","mentor"]]', 5) RETURNING id`,
      [incubator[0]?.id, manager?.user.id],
    );
    const participants: { id: string }[] = await db.query(
      `INSERT INTO event_participants (event_id, user_id, kind, status) VALUES ($1, $2, 'founder', 'approved'), ($1, $3, 'mentor', 'approved') RETURNING id`,
      [event[0]?.id, founder?.user.id, mentor?.user.id],
    );
    const eventRequest: { id: string }[] = await db.query(
      `INSERT INTO event_requests (event_id, from_participant_id, to_participant_id, priority) VALUES ($1, $2, $3, 3) RETURNING id`,
      [event[0]?.id, participants[0]?.id, participants[1]?.id],
    );
    const users = { founder, mentor, otherFounder, otherMentor, manager, otherManager, memberManager, admin } as Record<Who, { user: AuthUser; token: string }>;
    f = {
      users: Object.fromEntries(EVERYONE.map((w) => [w, users[w].user])) as Record<Who, AuthUser>,
      tokens: Object.fromEntries(EVERYONE.map((w) => [w, users[w].token])) as Record<Who, string>,
      ids: {
        request: request.body.id, mentorship: accepted.body.id, mentor: profile.body.id, startup: startup.body.id, incubator: incubator[0]?.id as string,
        cohort: cohort[0]?.id as string, group: group[0]?.id as string, notification: notification.id,
        booking: booking[0]?.id as string, officeHours: officeHours[0]?.id as string,
        event: event[0]?.id as string, eventRequest: eventRequest[0]?.id as string,
      },
    };
  });
  afterAll(async () => {
    await t.close();
  });

  it('covers every permission the access service knows', () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...PERMISSION_NAMES].sort());
  });

  it.each(PERMISSION_NAMES)('%s is held by exactly the expected callers, and refused with its code', async (permission) => {
    const access = t.app.get(AccessService);
    const { resource, allowed } = MATRIX[permission];
    const id = f.ids[resource];
    const granted: Who[] = [];
    for (const who of EVERYONE) {
      if (await access.has(f.users[who], permission, id)) {
        granted.push(who);
      }
    }
    expect(granted).toEqual(EVERYONE.filter((w) => allowed.includes(w)));
    const outsider = EVERYONE.find((w) => !allowed.includes(w)) as Who;
    await expect(access.require(f.users[outsider], permission, id)).rejects.toMatchObject({ code: PERMISSIONS[permission].denied });
    // An id that names nothing is refused to everyone but those who hold the permission on every resource.
    expect(await access.has(f.users.founder, permission, '00000000-0000-4000-8000-000000000000')).toBe(false);
    expect(await access.has(f.users.otherManager, permission, '00000000-0000-4000-8000-000000000000')).toBe(PERMISSIONS[permission].staff === 'all');
  });

  it('names the startups of each programme for lists: the manager their incubators, admins every one, others none', async () => {
    const access = t.app.get(AccessService);
    expect(await access.programmeStartupIds(f.users.manager)).toEqual([f.ids.startup]);
    expect(await access.programmeStartupIds(f.users.otherManager)).toEqual([]);
    expect(await access.programmeStartupIds(f.users.admin)).toBeNull();
    expect(await access.programmeStartupIds(f.users.founder)).toEqual([]);
  });

  it("lists staff the mentorships of their programme: the startup's manager and admins see it, another incubator's manager does not", async () => {
    const seen: Who[] = [];
    for (const who of ['manager', 'otherManager', 'memberManager', 'admin'] as const) {
      const list = await call<MentorshipView[]>(t.url, 'get', '/api/mentorships', { token: f.tokens[who] });
      if (list.body.some((m) => m.id === f.ids.mentorship)) {
        seen.push(who);
      }
    }
    expect(seen).toEqual(['manager', 'admin']);
  });

  it('takes a cohort run from a manager once it holds a startup outside their programme', async () => {
    const access = t.app.get(AccessService);
    const db = t.app.get(DataSource);
    const stranger: { id: string }[] = await db.query(
      `INSERT INTO startups (name_en, name_zh, incubator_id, sectors, stage, founded_year, team_size, languages, time_zone, market_direction, needs, pitch_en, pitch_zh)
       SELECT 'Taihu Drones', '太湖无人机', id, '{smart-manufacturing}', 'prototype', 2024, 3, '{zh}', 'Asia/Shanghai', 'china-to-europe', '{certification}', 'Drones.', '无人机。'
         FROM incubators WHERE name_en = 'Taihu Incubator' RETURNING id`,
    );
    const mixed: { id: string }[] = await db.query(
      `INSERT INTO cohort_runs (name, created_by, mode, startup_ids, mentor_ids, result) VALUES ('Mixed', $1, 'optimal', $2, $3, '{}') RETURNING id`,
      [f.users.admin.id, [f.ids.startup, stranger[0]?.id], [f.ids.mentor]],
    );
    const id = mixed[0]?.id as string;
    expect([await access.has(f.users.manager, 'cohort.manage', id), await access.has(f.users.otherManager, 'cohort.manage', id), await access.has(f.users.admin, 'cohort.manage', id)]).toEqual([false, false, true]);
  });
});
