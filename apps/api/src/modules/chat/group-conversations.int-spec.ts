import type { Ack, AuthResponse, ConversationView, MessageView } from '@torchbridge/contracts';
import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { call, ErrorReply } from '../../../test/http';
import { connectRealtime, until } from '../../../test/sockets';
import { freshDatabase, startTestApp, TestApp } from '../../../test/test-app';
import { DEMO_PASSWORD, seedDemo } from '../../database/seed/demo-seed';

type Client = Socket & { events: { name: string; payload: unknown }[] };

function connect(url: string, token: string): Promise<Client> {
  return connectRealtime<Client>(url, token, (socket) => {
    socket.events = [];
    socket.onAny((name: string, payload: unknown) => socket.events.push({ name, payload }));
    socket.on('disconnect', (reason) => socket.events.push({ name: 'disconnect', payload: reason }));
  });
}

const send = (socket: Socket, conversationId: string, body: string) =>
  socket.timeout(5000).emitWithAck('message:send', { conversationId, clientMessageId: randomUUID(), body }) as Promise<Ack<MessageView>>;

describe('group conversations for cohorts, membership changes and presence (two instances)', () => {
  const apps: TestApp[] = [];
  const sockets: Socket[] = [];
  let a: TestApp;
  let b: TestApp;
  let db: DataSource;
  let manager: string;
  let runId: string;
  let participants: { userId: string; email: string }[];

  const login = async (url: string, email: string) =>
    (await call<AuthResponse>(url, 'post', '/api/auth/login', { body: { email, password: DEMO_PASSWORD } })).body;
  const open = async (url: string, token: string) => {
    const s = await connect(url, token);
    sockets.push(s);
    return s;
  };

  beforeAll(async () => {
    const database = await freshDatabase();
    const env = { JWT_SECRET: 'g'.repeat(40) };
    apps.push(await startTestApp({ redis: true, database, env }), await startTestApp({ redis: true, database, env }));
    [a, b] = apps as [TestApp, TestApp];
    db = a.app.get(DataSource);
    await seedDemo(db);
    manager = (await login(a.url, 'manager@torchbridge.dev')).accessToken;
    const startupIds = ((await db.query(`SELECT id FROM startups ORDER BY name_en LIMIT 4`)) as { id: string }[]).map((r) => r.id);
    const mentorIds = ((await db.query(`SELECT id FROM mentor_profiles WHERE vetting = 'approved' ORDER BY display_name LIMIT 2`)) as { id: string }[]).map((r) => r.id);
    const run = await call<{ id: string }>(a.url, 'post', '/api/cohort-runs', { token: manager, body: { name: 'Autumn cohort · 秋季', startupIds, mentorIds, mode: 'optimal' } });
    expect(run.status).toBe(201);
    runId = run.body.id;
    participants = await db.query(
      `SELECT u.id AS "userId", u.email FROM startup_founders f JOIN users u ON u.id = f.user_id WHERE f.startup_id = ANY ($1::uuid[])
       UNION SELECT u.id, u.email FROM mentor_profiles p JOIN users u ON u.id = p.user_id WHERE p.id = ANY ($2::uuid[])`,
      [startupIds, mentorIds],
    );
  });
  afterEach(() => {
    sockets.splice(0).forEach((s) => s.disconnect());
  });
  afterAll(async () => {
    await Promise.all(apps.map((x) => x.close()));
  });

  it("creates one group per cohort run with the run's founders and mentors, even when two managers race", async () => {
    const [first, second] = await Promise.all([
      call<ConversationView>(a.url, 'post', '/api/conversations', { token: manager, body: { cohortRunId: runId } }),
      call<ConversationView>(b.url, 'post', '/api/conversations', { token: manager, body: { cohortRunId: runId } }),
    ]);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.id).toBe(first.body.id);
    expect(first.body).toMatchObject({ kind: 'group', title: 'Autumn cohort · 秋季', cohortRunId: runId });
    const members = first.body.members.map((m) => m.userId);
    expect(members).toEqual(expect.arrayContaining(participants.map((p) => p.userId)));
    expect(members).toHaveLength(participants.length + 1);
  });

  it('refuses bad input naming the field, and refuses founders', async () => {
    const noTitle = await call<ErrorReply['body']>(a.url, 'post', '/api/conversations', { token: manager, body: { memberIds: [] } });
    expect(noTitle.status).toBe(400);
    expect(JSON.stringify(noTitle.body)).toMatch(/title/);
    const ghost = await call<ErrorReply['body']>(a.url, 'post', '/api/conversations', { token: manager, body: { title: 'Ghosts', memberIds: [randomUUID()] } });
    expect(ghost.status).toBe(400);
    expect(JSON.stringify(ghost.body)).toMatch(/memberIds/);
    const unknownRun = await call<ErrorReply['body']>(a.url, 'post', '/api/conversations', { token: manager, body: { cohortRunId: randomUUID() } });
    expect(unknownRun.status).toBe(400);
    expect(JSON.stringify(unknownRun.body)).toMatch(/cohortRunId/);
    const founder = await login(a.url, participants.find((p) => !p.email.includes('mentor'))?.email ?? '');
    const refused = await call(a.url, 'post', '/api/conversations', { token: founder.accessToken, body: { title: 'Mine' } });
    expect(refused.status).toBe(403);
    const before: { n: string }[] = await db.query(`SELECT count(*) AS n FROM conversations WHERE title IN ('Ghosts', 'Mine')`);
    expect(before[0]?.n).toBe('0');
  });

  it('tells a removed member, disconnects their sockets on every instance, and keeps later messages from them', async () => {
    const group = (await call<ConversationView>(a.url, 'post', '/api/conversations', { token: manager, body: { cohortRunId: runId } })).body;
    const [leaving, staying] = participants as [(typeof participants)[number], (typeof participants)[number]];
    const leaver = await login(a.url, leaving.email);
    const stayer = await login(a.url, staying.email);
    const leaverOnA = await open(a.url, leaver.accessToken);
    const leaverOnB = await open(b.url, leaver.accessToken);
    const stayerOnB = await open(b.url, stayer.accessToken);
    expect((await send(stayerOnB, group.id, 'before')).ok).toBe(true);
    await until(() => leaverOnA.events.some((e) => e.name === 'message:new'));

    const removed = await call(b.url, 'delete', `/api/conversations/${group.id}/members/${leaving.userId}`, { token: manager });
    expect(removed.status).toBe(204);
    for (const s of [leaverOnA, leaverOnB]) {
      await until(() => s.events.some((e) => e.name === 'disconnect'));
      const names = s.events.map((e) => e.name);
      expect(names.indexOf('conversation:removed')).toBeGreaterThanOrEqual(0);
      expect(names.indexOf('conversation:removed')).toBeLessThan(names.indexOf('disconnect'));
    }
    expect(stayerOnB.connected).toBe(true);

    const back = await open(a.url, leaver.accessToken);
    expect((await send(stayerOnB, group.id, 'after')).ok).toBe(true);
    const denied = await send(back, group.id, 'still here?');
    expect(denied).toMatchObject({ ok: false, error: expect.stringMatching(/not a member/) });
    const sync = (await back.timeout(5000).emitWithAck('conversation:sync', { conversationId: group.id, afterSeq: 0 })) as Ack<unknown>;
    expect(sync.ok).toBe(false);
    await new Promise((r) => setTimeout(r, 300));
    expect(back.events.filter((e) => e.name === 'message:new')).toHaveLength(0);
    const list = await call<ConversationView[]>(a.url, 'get', '/api/conversations', { token: leaver.accessToken });
    expect(list.body.map((c) => c.id)).not.toContain(group.id);

    const again = await call(a.url, 'delete', `/api/conversations/${group.id}/members/${leaving.userId}`, { token: manager });
    expect(again.status).toBe(404);
    const byMember = await call(a.url, 'delete', `/api/conversations/${group.id}/members/${manager}`, { token: stayer.accessToken });
    expect(byMember.status).toBe(400);

    const readd = await call<ConversationView>(a.url, 'post', `/api/conversations/${group.id}/members`, { token: manager, body: { userIds: [leaving.userId] } });
    expect(readd.status).toBe(201);
    await until(() => back.events.some((e) => e.name === 'conversation:added'));
    expect((await send(back, group.id, 'back again')).ok).toBe(true);
  });

  it('keeps the members of a mentorship conversation fixed', async () => {
    const rows: { id: string }[] = await db.query(`INSERT INTO conversations (kind) VALUES ('mentorship') RETURNING id`);
    const id = rows[0]?.id as string;
    const admin = (await login(a.url, 'admin@torchbridge.dev')).accessToken;
    const add = await call(a.url, 'post', `/api/conversations/${id}/members`, { token: admin, body: { userIds: [participants[0]?.userId] } });
    expect(add.status).toBe(409);
  });

  it('shows presence to people sharing a conversation, across instances, and to nobody else', async () => {
    const group = (await call<ConversationView>(a.url, 'post', '/api/conversations', { token: manager, body: { cohortRunId: runId } })).body;
    const [one, two] = participants.slice(2) as [(typeof participants)[number], (typeof participants)[number]];
    const first = await login(a.url, one.email);
    const second = await login(a.url, two.email);
    const watcher = await open(a.url, first.accessToken);
    const outsiderToken = (await login(a.url, 'founder@demo.torchbridge.dev')).accessToken;
    expect(group.members.map((m) => m.userId)).toContain(two.userId);

    const arriving = await open(b.url, second.accessToken);
    await until(() => watcher.events.some((e) => e.name === 'presence' && (e.payload as { userId: string; online: boolean }).online && (e.payload as { userId: string }).userId === two.userId));
    const asked = (await watcher.timeout(5000).emitWithAck('presence:query', { userIds: [two.userId, randomUUID()] })) as Ack<{ online: string[] }>;
    expect(asked).toEqual({ ok: true, data: { online: [two.userId] } });
    const outsider = await open(a.url, outsiderToken);
    const nosy = (await outsider.timeout(5000).emitWithAck('presence:query', { userIds: [two.userId] })) as Ack<{ online: string[] }>;
    expect(nosy).toEqual({ ok: true, data: { online: [] } });

    arriving.disconnect();
    await until(() => watcher.events.some((e) => e.name === 'presence' && !(e.payload as { online: boolean }).online && (e.payload as { userId: string }).userId === two.userId));
    const afterwards = (await watcher.timeout(5000).emitWithAck('presence:query', { userIds: [two.userId] })) as Ack<{ online: string[] }>;
    expect(afterwards).toEqual({ ok: true, data: { online: [] } });
  });
});
