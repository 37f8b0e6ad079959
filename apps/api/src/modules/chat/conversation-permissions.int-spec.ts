import type { AuthResponse, ConversationView, ErrorBody } from '@torchbridge/contracts';
import { DataSource } from 'typeorm';
import { call, registerUser } from '../../../test/http';
import { startTestApp, TestApp } from '../../../test/test-app';
import { DEMO_PASSWORD, seedDemo } from '../../database/seed/demo-seed';

interface Person {
  id: string;
  token: string;
}

/**
 * Who may open a cohort's group and change a conversation's members. Strangers are told the conversation does not
 * exist (the same answer as for an id that names nothing); members without the right to manage it are refused.
 */
describe('conversation membership rights', () => {
  let t: TestApp;
  let db: DataSource;
  let owner: Person;
  let otherManager: Person;
  let admin: Person;
  let outsider: Person;
  let founder: Person;
  let mentor: Person;
  let runId: string;
  let secondRunId: string;
  let group: ConversationView;
  let mentorshipConversation: string;

  const login = async (email: string, password = DEMO_PASSWORD): Promise<string> =>
    (await call<AuthResponse>(t.url, 'post', '/api/auth/login', { body: { email, password } })).body.accessToken;
  const members = async (conversationId: string): Promise<string[]> =>
    ((await db.query(`SELECT user_id FROM conversation_members WHERE conversation_id = $1 ORDER BY user_id`, [conversationId])) as { user_id: string }[]).map((r) => r.user_id);
  const cohortRun = async (name: string, createdBy: string, startupIds: string[], mentorIds: string[]): Promise<string> => {
    const rows: { id: string }[] = await db.query(
      `INSERT INTO cohort_runs (name, created_by, mode, startup_ids, mentor_ids, result) VALUES ($1, $2, 'optimal', $3, $4, '{"pairs":[]}') RETURNING id`,
      [name, createdBy, startupIds, mentorIds],
    );
    return rows[0]?.id as string;
  };

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    await seedDemo(db);
    const id = async (email: string) => ((await db.query(`SELECT id FROM users WHERE email = $1`, [email])) as { id: string }[])[0]?.id as string;
    owner = { id: await id('manager@torchbridge.dev'), token: await login('manager@torchbridge.dev') };
    admin = { id: await id('admin@torchbridge.dev'), token: await login('admin@torchbridge.dev') };
    founder = { id: await id('founder@demo.torchbridge.dev'), token: await login('founder@demo.torchbridge.dev') };
    mentor = { id: await id('mentor@demo.torchbridge.dev'), token: await login('mentor@demo.torchbridge.dev') };
    // A second manager, appointed: promoted, then signed in again for a manager's token.
    const other = await registerUser(t.url);
    await db.query(`UPDATE users SET role = 'manager' WHERE id = $1`, [other.user.id]);
    otherManager = { id: other.user.id, token: await login(other.registration.email, other.registration.password) };
    const stranger = await registerUser(t.url);
    outsider = { id: stranger.user.id, token: stranger.accessToken };

    const founderStartup = ((await db.query(`SELECT startup_id FROM startup_founders WHERE user_id = $1`, [founder.id])) as { startup_id: string }[])[0]?.startup_id as string;
    const mentorProfile = ((await db.query(`SELECT id FROM mentor_profiles WHERE user_id = $1`, [mentor.id])) as { id: string }[])[0]?.id as string;
    runId = await cohortRun('Spring cohort', owner.id, [founderStartup], [mentorProfile]);
    secondRunId = await cohortRun('Autumn cohort', owner.id, [founderStartup], [mentorProfile]);
    const opened = await call<ConversationView>(t.url, 'post', '/api/conversations', { token: owner.token, body: { cohortRunId: runId } });
    expect(opened.status).toBe(201);
    group = opened.body;
    expect(group.members.map((m) => m.userId)).toEqual(expect.arrayContaining([owner.id, founder.id, mentor.id]));
    const rows: { id: string }[] = await db.query(`INSERT INTO conversations (kind) VALUES ('mentorship') RETURNING id`);
    mentorshipConversation = rows[0]?.id as string;
    await db.query(`INSERT INTO conversation_members (conversation_id, user_id) VALUES ($1, $2), ($1, $3)`, [mentorshipConversation, founder.id, mentor.id]);
  });

  afterAll(async () => {
    await t.close();
  });

  it("refuses a manager who neither owns the cohort run nor manages its group, and adds nobody", async () => {
    const before = await members(group.id);
    const joined = await call<ErrorBody>(t.url, 'post', '/api/conversations', {
      token: otherManager.token,
      body: { cohortRunId: runId, memberIds: [outsider.id] },
    });
    expect([joined.status, joined.body.code]).toEqual([403, 'conversation.managers_only']);
    expect(await members(group.id)).toEqual(before);
    // The add-members route agrees.
    const added = await call<ErrorBody>(t.url, 'post', `/api/conversations/${group.id}/members`, { token: otherManager.token, body: { userIds: [otherManager.id] } });
    expect(added.status).toBe(404);
    expect(await members(group.id)).toEqual(before);
  });

  it("refuses a manager who does not own the cohort run when its group does not exist yet, and creates nothing", async () => {
    const refused = await call<ErrorBody>(t.url, 'post', '/api/conversations', { token: otherManager.token, body: { cohortRunId: secondRunId } });
    expect([refused.status, refused.body.code]).toEqual([403, 'conversation.managers_only']);
    expect(await db.query(`SELECT id FROM conversations WHERE cohort_run_id = $1`, [secondRunId])).toEqual([]);
  });

  it("lets the run's owner, an admin and the group's managers open it again", async () => {
    const byOwner = await call<ConversationView>(t.url, 'post', '/api/conversations', { token: owner.token, body: { cohortRunId: runId } });
    expect([byOwner.status, byOwner.body.id]).toEqual([201, group.id]);
    const byAdmin = await call<ConversationView>(t.url, 'post', '/api/conversations', { token: admin.token, body: { cohortRunId: runId } });
    expect([byAdmin.status, byAdmin.body.id]).toEqual([201, group.id]);
    const invited = await call(t.url, 'post', `/api/conversations/${group.id}/members`, { token: owner.token, body: { userIds: [otherManager.id] } });
    expect(invited.status).toBe(201);
    const byMemberManager = await call<ConversationView>(t.url, 'post', '/api/conversations', { token: otherManager.token, body: { cohortRunId: runId } });
    expect([byMemberManager.status, byMemberManager.body.id]).toEqual([201, group.id]);
    await call(t.url, 'delete', `/api/conversations/${group.id}/members/${otherManager.id}`, { token: otherManager.token });
  });

  it('answers an admin who adds people to a group they are not in with the group, and the people are in it', async () => {
    const fresh = await call<ConversationView>(t.url, 'post', '/api/conversations', { token: owner.token, body: { title: 'Office hours', memberIds: [founder.id] } });
    expect(fresh.status).toBe(201);
    const added = await call<ConversationView>(t.url, 'post', `/api/conversations/${fresh.body.id}/members`, { token: admin.token, body: { userIds: [mentor.id] } });
    expect([added.status, added.body.id, added.body.unread]).toEqual([201, fresh.body.id, 0]);
    expect(added.body.members.map((m) => m.userId).sort()).toEqual([owner.id, founder.id, mentor.id].sort());
    expect(await members(fresh.body.id)).toEqual([owner.id, founder.id, mentor.id].sort());
  });

  it('tells non-members that the conversation does not exist on every membership route, whatever its kind', async () => {
    const madeUp = '00000000-0000-4000-8000-000000000000';
    for (const conversationId of [mentorshipConversation, group.id, madeUp]) {
      for (const caller of [outsider, otherManager]) {
        const removeOther = await call<ErrorBody>(t.url, 'delete', `/api/conversations/${conversationId}/members/${founder.id}`, { token: caller.token });
        expect([conversationId, removeOther.status, removeOther.body.code]).toEqual([conversationId, 404, 'conversation.not_found']);
        const leave = await call<ErrorBody>(t.url, 'delete', `/api/conversations/${conversationId}/members/${caller.id}`, { token: caller.token });
        expect([conversationId, leave.status, leave.body.code]).toEqual([conversationId, 404, 'conversation.not_found']);
      }
      const add = await call<ErrorBody>(t.url, 'post', `/api/conversations/${conversationId}/members`, { token: otherManager.token, body: { userIds: [otherManager.id] } });
      expect([conversationId, add.status, add.body.code]).toEqual([conversationId, 404, 'conversation.not_found']);
    }
    expect(await members(mentorshipConversation)).toEqual([founder.id, mentor.id].sort());
  });

  it("refuses members without the right to manage, and keeps a mentorship's members fixed for those who may see it", async () => {
    const byFounder = await call<ErrorBody>(t.url, 'delete', `/api/conversations/${group.id}/members/${mentor.id}`, { token: founder.token });
    expect([byFounder.status, byFounder.body.code]).toEqual([403, 'conversation.managers_only']);
    const inMentorship = await call<ErrorBody>(t.url, 'delete', `/api/conversations/${mentorshipConversation}/members/${mentor.id}`, { token: founder.token });
    expect([inMentorship.status, inMentorship.body.code]).toEqual([403, 'conversation.managers_only']);
    const leaving = await call<ErrorBody>(t.url, 'delete', `/api/conversations/${mentorshipConversation}/members/${founder.id}`, { token: founder.token });
    expect([leaving.status, leaving.body.code]).toEqual([409, 'conversation.fixed_members']);
    const byAdmin = await call<ErrorBody>(t.url, 'delete', `/api/conversations/${mentorshipConversation}/members/${founder.id}`, { token: admin.token });
    expect([byAdmin.status, byAdmin.body.code]).toEqual([409, 'conversation.fixed_members']);
    expect(await members(mentorshipConversation)).toEqual([founder.id, mentor.id].sort());
  });
});
