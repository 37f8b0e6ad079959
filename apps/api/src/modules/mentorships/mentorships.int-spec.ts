import type { MentorDetail, MentorshipRequestView, MentorshipView, NotificationView } from '@torchbridge/contracts';
import { DataSource } from 'typeorm';
import { call, ErrorReply, registerUser } from '../../../test/http';
import { eventually } from '../../../test/eventually';
import { startTestApp, TestApp } from '../../../test/test-app';
import { MentorshipRequestsService } from './mentorship-requests.service';

interface Person {
  token: string;
  userId: string;
}

describe('mentorship requests and capacity', () => {
  let t: TestApp;
  let db: DataSource;
  let incubatorId: string;
  let counter = 0;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    const park: { id: string }[] = await db.query(`INSERT INTO parks (name_en, city, country, region) VALUES ('Shenzhen Hi-Tech Park', 'Shenzhen', 'CN', 'eastern') RETURNING id`);
    const incubator: { id: string }[] = await db.query(
      `INSERT INTO incubators (name_en, name_zh, park_id, kind, city, country) VALUES ('Shenzhen Returnee Park', '深圳留学生创业园', $1, 'returnee', 'Shenzhen', 'CN') RETURNING id`,
      [park[0]?.id],
    );
    incubatorId = incubator[0]?.id as string;
  });
  afterAll(async () => {
    await t.close();
  });

  async function founderWithStartup(): Promise<Person> {
    const founder = await registerUser(t.url, { role: 'founder' });
    const n = ++counter;
    const reply = await call(t.url, 'put', '/api/me/startup', {
      token: founder.accessToken,
      body: {
        nameEn: `Pearl River Robotics ${n}`, nameZh: `珠江机器人${n}`, incubatorId, sectors: ['smart-manufacturing'], stage: 'prototype',
        foundedYear: 2023, teamSize: 6, languages: ['zh', 'en'], timeZone: 'Asia/Shanghai', marketDirection: 'china-to-europe',
        targetMarkets: ['DE'], needs: ['certification'], pitchEn: 'Cobots for small factories.', pitchZh: '面向小工厂的协作机器人。', highTechEnterprise: false,
      },
    });
    expect(reply.status).toBe(200);
    return { token: founder.accessToken, userId: founder.user.id };
  }

  async function approvedMentor(capacity: number, status: 'open' | 'paused' = 'open'): Promise<Person & { mentorId: string }> {
    const mentor = await registerUser(t.url, { role: 'mentor', timeZone: 'Europe/Berlin' });
    const profile = await call<MentorDetail>(t.url, 'put', '/api/me/mentor-profile', {
      token: mentor.accessToken,
      body: {
        category: 'executive', headlineEn: 'Ex-KUKA operations lead', headlineZh: '前库卡运营负责人', bioEn: 'Scaled robot lines in Augsburg.', bioZh: '在奥格斯堡主导机器人产线扩产。',
        sectors: ['smart-manufacturing'], stages: ['prototype', 'scaling'], topics: ['certification'], languages: ['de', 'en'],
        timeZone: 'Europe/Berlin', country: 'DE', city: 'Augsburg', capacity, status, conflicts: [], ...(status === 'paused' ? { pausedUntil: '2099-01-01' } : {}),
      },
    });
    await db.query(`UPDATE mentor_profiles SET vetting = 'approved' WHERE id = $1`, [profile.body.id]);
    return { token: mentor.accessToken, userId: mentor.user.id, mentorId: profile.body.id };
  }

  const ask = <T = MentorshipRequestView>(founder: Person, mentorId: string, message = 'We need CE marking for our cobot; could you guide us?') =>
    call<T>(t.url, 'post', '/api/mentorship-requests', { token: founder.token, body: { mentorId, message } });

  it('runs a request from founder to mentor: inbox, accept, mentorship with a conversation, contact details for partners', async () => {
    const founder = await founderWithStartup();
    const mentor = await approvedMentor(3);
    const before = await call<MentorDetail>(t.url, 'get', `/api/mentors/${mentor.mentorId}`, { token: founder.token });
    expect(before.body.contact).toBeUndefined();

    const sent = await ask(founder, mentor.mentorId);
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ status: 'pending', mentor: { id: mentor.mentorId, timeZone: 'Europe/Berlin' }, startup: { timeZone: 'Asia/Shanghai' } });
    expect(new Date(sent.body.expiresAt).getTime() - new Date(sent.body.createdAt).getTime()).toBe(7 * 86_400_000);

    const inbox = await call<MentorshipRequestView[]>(t.url, 'get', '/api/mentorship-requests', { token: mentor.token });
    expect(inbox.body.map((r) => r.id)).toEqual([sent.body.id]);
    await eventually(async () => {
      const told = await call<NotificationView[]>(t.url, 'get', '/api/notifications', { token: mentor.token });
      expect(told.body[0]).toMatchObject({ kind: 'request.received', payload: { requestId: sent.body.id, startupNameEn: sent.body.startup.nameEn } });
    });

    const accepted = await call<MentorshipView>(t.url, 'post', `/api/mentorship-requests/${sent.body.id}/accept`, { token: mentor.token });
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('active');
    expect(accepted.body.conversationId).toEqual(expect.any(String));
    const members: { user_id: string }[] = await db.query('SELECT user_id FROM conversation_members WHERE conversation_id = $1 ORDER BY user_id', [accepted.body.conversationId]);
    expect(members.map((m) => m.user_id).sort()).toEqual([founder.userId, mentor.userId].sort());

    const after = await call<MentorDetail>(t.url, 'get', `/api/mentors/${mentor.mentorId}`, { token: founder.token });
    expect(after.body.contact?.email).toEqual(expect.stringContaining('@example.test'));
    expect(after.body.freePlaces).toBe(2);
    const again: ErrorReply = await call(t.url, 'post', `/api/mentorship-requests/${sent.body.id}/accept`, { token: mentor.token });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'request.not_pending', params: { status: 'accepted' }, message: 'This request is already accepted' });
    expect((await ask(founder, mentor.mentorId)).status).toBe(409);

    const ended = await call<MentorshipView>(t.url, 'post', `/api/mentorships/${accepted.body.id}/end`, { token: founder.token, body: { outcome: 'completed' } });
    expect(ended.body.status).toBe('completed');
    expect((await call<MentorDetail>(t.url, 'get', `/api/mentors/${mentor.mentorId}`, { token: founder.token })).body.freePlaces).toBe(3);
  });

  it("shows the mentor who asks and how well they fit, and the founder where an accepted request led", async () => {
    const founder = await founderWithStartup();
    const mentor = await approvedMentor(2);
    const sent = await ask(founder, mentor.mentorId);
    const inbox = await call<MentorshipRequestView[]>(t.url, 'get', '/api/mentorship-requests', { token: mentor.token });
    const card = inbox.body.find((r) => r.id === sent.body.id);
    expect(card).toMatchObject({ founder: { id: founder.userId, displayName: expect.any(String) }, startup: { sectors: ['smart-manufacturing'], stage: 'prototype' } });
    expect(card?.match?.score).toBeGreaterThan(0);
    expect(card?.match?.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['sector', 'stage', 'needs', 'language']));
    // The founder's own list carries no score: it is the mentor's view of the fit.
    const pending = (await call<MentorshipRequestView[]>(t.url, 'get', '/api/mentorship-requests', { token: founder.token })).body.find((r) => r.id === sent.body.id);
    expect(pending?.match).toBeUndefined();
    expect(pending?.mentorshipId).toBeUndefined();

    const accepted = await call<MentorshipView>(t.url, 'post', `/api/mentorship-requests/${sent.body.id}/accept`, { token: mentor.token });
    const mine = (await call<MentorshipRequestView[]>(t.url, 'get', '/api/mentorship-requests', { token: founder.token })).body.find((r) => r.id === sent.body.id);
    expect(mine).toMatchObject({ status: 'accepted', mentorshipId: accepted.body.id, conversationId: accepted.body.conversationId });
    expect(accepted.body.conversationId).toEqual(expect.any(String));
  });

  it('refuses a fourth pending request, a repeated one, and requests to paused or full mentors, each with the reason', async () => {
    const founder = await founderWithStartup();
    const mentors = await Promise.all([approvedMentor(2), approvedMentor(2), approvedMentor(2), approvedMentor(2)]);
    for (const m of mentors.slice(0, 3)) {
      expect((await ask(founder, m.mentorId)).status).toBe(201);
    }
    const fourth: ErrorReply = await ask(founder, (mentors[3] as { mentorId: string }).mentorId);
    expect(fourth.status).toBe(409);
    expect(fourth.body).toMatchObject({ code: 'request.pending_limit', params: { limit: 3 }, message: 'You already have 3 pending requests; wait for an answer or withdraw one' });

    const other = await founderWithStartup();
    const paused = await approvedMentor(2, 'paused');
    const toPaused: ErrorReply = await ask(other, paused.mentorId);
    expect(toPaused.status).toBe(409);
    expect(toPaused.body).toMatchObject({ code: 'request.mentor_paused', message: 'This mentor has paused mentoring for now' });
    const full = await approvedMentor(0);
    const toFull: ErrorReply = await ask(other, full.mentorId);
    expect(toFull.status).toBe(409);
    expect(toFull.body).toMatchObject({ code: 'request.mentor_full', message: 'This mentor has no free place at the moment' });
    const twice = [await ask(other, (mentors[0] as { mentorId: string }).mentorId), await ask(other, (mentors[0] as { mentorId: string }).mentorId)];
    expect(twice.map((r) => r.status)).toEqual([201, 409]);
    const empty: ErrorReply = await ask(other, (mentors[1] as { mentorId: string }).mentorId, '');
    expect(empty.status).toBe(400);
    expect(empty.body.message).toContain('message must be 1 to 2000 characters');
    expect(empty.body.code).toBe('validation.failed');
  });

  it('holds a founder to three pending requests even when they race', async () => {
    const founder = await founderWithStartup();
    const mentors = await Promise.all(Array.from({ length: 6 }, () => approvedMentor(1)));
    const replies = await Promise.all(mentors.map((m) => ask(founder, m.mentorId)));
    expect(replies.filter((r) => r.status === 201)).toHaveLength(3);
    expect(replies.filter((r) => r.status === 409)).toHaveLength(3);
  });

  it("tells another startup's founder that a request they may not withdraw or confirm does not exist", async () => {
    const founder = await founderWithStartup();
    const stranger = await founderWithStartup();
    const mentor = await approvedMentor(2);
    const request = await call<MentorshipRequestView>(t.url, 'post', '/api/mentorship-requests', { token: founder.token, body: { mentorId: mentor.mentorId, message: 'Could you help with CE marking?' } });
    for (const action of ['withdraw', 'confirm']) {
      const refused: ErrorReply = await call(t.url, 'post', `/api/mentorship-requests/${request.body.id}/${action}`, { token: stranger.token });
      expect([action, refused.status, refused.body.code]).toEqual([action, 404, 'request.not_found']);
    }
    // The founder's own confirmed request is still theirs to withdraw; confirming it again is a conflict, not a secret.
    expect((await call(t.url, 'post', `/api/mentorship-requests/${request.body.id}/confirm`, { token: founder.token })).status).toBe(409);
    expect((await call(t.url, 'post', `/api/mentorship-requests/${request.body.id}/withdraw`, { token: founder.token })).status).toBe(200);
  });

  it('declines only with a reason, which the founder sees', async () => {
    const founder = await founderWithStartup();
    const mentor = await approvedMentor(1);
    const sent = await ask(founder, mentor.mentorId);
    const bare: ErrorReply = await call(t.url, 'post', `/api/mentorship-requests/${sent.body.id}/decline`, { token: mentor.token, body: {} });
    expect(bare.status).toBe(400);
    expect(bare.body.message).toContain('reason is required to decline');
    const declined = await call<MentorshipRequestView>(t.url, 'post', `/api/mentorship-requests/${sent.body.id}/decline`, {
      token: mentor.token,
      body: { reason: 'My places are promised to the spring cohort.' },
    });
    expect(declined.body).toMatchObject({ status: 'declined', declineReason: 'My places are promised to the spring cohort.' });
    const mine = await call<MentorshipRequestView[]>(t.url, 'get', '/api/mentorship-requests', { token: founder.token });
    expect(mine.body[0]).toMatchObject({ id: sent.body.id, status: 'declined' });
  });

  it('expires requests left unanswered for 7 days and tells the founder', async () => {
    const founder = await founderWithStartup();
    const mentor = await approvedMentor(1);
    const sent = await ask(founder, mentor.mentorId);
    await db.query(`UPDATE mentorship_requests SET expires_at = now() - interval '1 minute' WHERE id = $1`, [sent.body.id]);
    const late: ErrorReply = await call(t.url, 'post', `/api/mentorship-requests/${sent.body.id}/accept`, { token: mentor.token });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'request.expired', message: 'This request has expired' });
    expect(await t.app.get(MentorshipRequestsService).expireDue()).toBeGreaterThanOrEqual(1);
    const request = await call<MentorshipRequestView>(t.url, 'get', `/api/mentorship-requests/${sent.body.id}`, { token: founder.token });
    expect(request.body.status).toBe('expired');
    await eventually(async () => {
      const notes = await call<NotificationView[]>(t.url, 'get', '/api/notifications', { token: founder.token });
      expect(notes.body.map((n) => n.kind)).toContain('request.expired');
    });
  });

  it('agrees milestones between both sides and collects final feedback from each after closing', async () => {
    const founder = await founderWithStartup();
    const mentor = await approvedMentor(2);
    const sent = await ask(founder, mentor.mentorId);
    const m = (await call<MentorshipView>(t.url, 'post', `/api/mentorship-requests/${sent.body.id}/accept`, { token: mentor.token })).body;
    const proposed = await call<MentorshipView>(t.url, 'post', `/api/mentorships/${m.id}/milestones`, { token: founder.token, body: { code: 'first-eu-customer' } });
    expect(proposed.status).toBe(201);
    const milestone = proposed.body.milestones?.[0];
    expect(milestone).toMatchObject({ code: 'first-eu-customer', title: 'First EU customer', agreed: false });
    const selfAgree: ErrorReply = await call(t.url, 'post', `/api/mentorships/${m.id}/milestones/${milestone?.id}/agree`, { token: founder.token });
    expect(selfAgree.status).toBe(409);
    const early: ErrorReply = await call(t.url, 'post', `/api/mentorships/${m.id}/milestones/${milestone?.id}/achieve`, { token: founder.token });
    expect(early.status).toBe(409);
    expect((await call(t.url, 'post', `/api/mentorships/${m.id}/milestones/${milestone?.id}/agree`, { token: mentor.token })).status).toBe(200);
    const achieved = await call<MentorshipView>(t.url, 'post', `/api/mentorships/${m.id}/milestones/${milestone?.id}/achieve`, { token: founder.token });
    expect(achieved.body.milestones?.[0]).toMatchObject({ agreed: true, achievedAt: expect.any(String) });
    const custom: ErrorReply = await call(t.url, 'post', `/api/mentorships/${m.id}/milestones`, { token: mentor.token, body: { code: 'custom' } });
    expect(custom.status).toBe(400);
    expect(custom.body.message).toContain('title is required for a custom milestone');

    const tooEarly: ErrorReply = await call(t.url, 'post', `/api/mentorships/${m.id}/feedback`, { token: founder.token, body: { rating: 5 } });
    expect(tooEarly.status).toBe(409);
    await call(t.url, 'post', `/api/mentorships/${m.id}/end`, { token: mentor.token, body: { outcome: 'completed' } });
    const bad: ErrorReply = await call(t.url, 'post', `/api/mentorships/${m.id}/feedback`, { token: founder.token, body: { rating: 6 } });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe('rating must be a whole number from 1 to 5');
    await call(t.url, 'post', `/api/mentorships/${m.id}/feedback`, { token: founder.token, body: { rating: 5, comment: 'Got our CE file right.' } });
    const both = await call<MentorshipView>(t.url, 'post', `/api/mentorships/${m.id}/feedback`, { token: mentor.token, body: { rating: 4, comment: 'Fast learners.' } });
    expect(both.body.feedback?.map((f) => f.rating).sort()).toEqual([4, 5]);
    expect((await call(t.url, 'post', `/api/mentorships/${m.id}/feedback`, { token: mentor.token, body: { rating: 4 } })).status).toBe(409);
  });

  it('lets exactly 2 of 20 simultaneous accepts through for a mentor with 2 free places', async () => {
    const mentor = await approvedMentor(2);
    const founders = await Promise.all(Array.from({ length: 20 }, () => founderWithStartup()));
    const requests = await Promise.all(founders.map((f) => ask(f, mentor.mentorId)));
    expect(requests.every((r) => r.status === 201)).toBe(true);
    const accepts = await Promise.all(
      requests.map((r) => call<MentorshipView>(t.url, 'post', `/api/mentorship-requests/${r.body.id}/accept`, { token: mentor.token })),
    );
    expect(accepts.filter((a) => a.status === 200)).toHaveLength(2);
    expect(accepts.filter((a) => a.status === 409)).toHaveLength(18);
    const rows: { active: number; mentorships: number; accepted: number }[] = await db.query(
      `SELECT mp.active_mentees AS active,
              (SELECT count(*)::int FROM mentorships WHERE mentor_id = mp.id) AS mentorships,
              (SELECT count(*)::int FROM mentorship_requests WHERE mentor_id = mp.id AND status = 'accepted') AS accepted
         FROM mentor_profiles mp WHERE mp.id = $1`,
      [mentor.mentorId],
    );
    expect(rows[0]).toEqual({ active: 2, mentorships: 2, accepted: 2 });
  });
});
