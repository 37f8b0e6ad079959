import type { MentorDetail, MentorshipView, NotificationView } from '@torchbridge/contracts';
import { DataSource } from 'typeorm';
import { eventually } from '../../../test/eventually';
import { call, registerUser } from '../../../test/http';
import { startTestApp, TestApp } from '../../../test/test-app';
import type { AuthUser } from '../../common/http/auth-user';
import { AccessService } from './access.service';
import { PERMISSIONS, PERMISSION_NAMES, Permission } from './permissions';

type Who = 'founder' | 'mentor' | 'otherFounder' | 'otherMentor' | 'manager' | 'memberManager' | 'admin';
const EVERYONE: Who[] = ['founder', 'mentor', 'otherFounder', 'otherMentor', 'manager', 'memberManager', 'admin'];

/**
 * Every permission × every kind of caller, against real rows: a founder and a mentor in an active mentorship (with
 * its conversation and a notification), strangers of both roles, a manager, a manager who is in a group, an admin.
 * A permission added without a row here fails to compile (the table is a Record over all of them).
 */
const MATRIX: Record<Permission, { resource: keyof Fixture['ids']; allowed: Who[] }> = {
  'request.read': { resource: 'request', allowed: ['founder', 'mentor', 'manager', 'memberManager', 'admin'] },
  'request.decide': { resource: 'request', allowed: ['mentor'] },
  'request.manage': { resource: 'request', allowed: ['founder'] },
  'mentorship.read': { resource: 'mentorship', allowed: ['founder', 'mentor', 'manager', 'memberManager', 'admin'] },
  'mentorship.update': { resource: 'mentorship', allowed: ['founder', 'mentor', 'manager', 'memberManager', 'admin'] },
  'mentor.contact': { resource: 'mentor', allowed: ['founder', 'mentor', 'manager', 'memberManager', 'admin'] },
  'startup.contact': { resource: 'startup', allowed: ['founder', 'mentor', 'manager', 'memberManager', 'admin'] },
  'conversation.read': { resource: 'group', allowed: ['founder', 'mentor', 'memberManager'] },
  'conversation.send': { resource: 'group', allowed: ['founder', 'mentor', 'memberManager'] },
  'conversation.manage': { resource: 'group', allowed: ['memberManager', 'admin'] },
  'notification.update': { resource: 'notification', allowed: ['founder'] },
};

interface Fixture {
  users: Record<Who, AuthUser>;
  ids: { request: string; mentorship: string; mentor: string; startup: string; group: string; notification: string };
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
    const register = async (role: 'founder' | 'mentor' | 'manager' | 'admin') => {
      const r = await registerUser(t.url, { role: role === 'manager' || role === 'admin' ? 'founder' : role });
      if (role === 'manager' || role === 'admin') {
        await db.query(`UPDATE users SET role = $2 WHERE id = $1`, [r.user.id, role]);
      }
      return { token: r.accessToken, user: { id: r.user.id, role, sessionId: '' } as AuthUser };
    };
    const [founder, mentor, otherFounder, otherMentor, manager, memberManager, admin] = await Promise.all([
      register('founder'), register('mentor'), register('founder'), register('mentor'), register('manager'), register('manager'), register('admin'),
    ]);
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
    const group: { id: string }[] = await db.query(`INSERT INTO conversations (kind, title) VALUES ('group', 'Spring cohort') RETURNING id`);
    await db.query(`INSERT INTO conversation_members (conversation_id, user_id) VALUES ($1, $2), ($1, $3), ($1, $4)`, [group[0]?.id, founder?.user.id, mentor?.user.id, memberManager?.user.id]);
    const notification = await eventually(async () => {
      const list = await call<NotificationView[]>(t.url, 'get', '/api/notifications', { token: founder?.token });
      expect(list.body.length).toBeGreaterThan(0);
      return list.body[0] as NotificationView;
    });
    const users = { founder, mentor, otherFounder, otherMentor, manager, memberManager, admin } as Record<Who, { user: AuthUser }>;
    f = {
      users: Object.fromEntries(EVERYONE.map((w) => [w, users[w].user])) as Record<Who, AuthUser>,
      ids: { request: request.body.id, mentorship: accepted.body.id, mentor: profile.body.id, startup: startup.body.id, group: group[0]?.id as string, notification: notification.id },
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
    // An id that names nothing is refused to everyone but staff-wide permissions.
    expect(await access.has(f.users.founder, permission, '00000000-0000-4000-8000-000000000000')).toBe(false);
  });
});
