import type { AuthResponse, ConversationView } from '@torchbridge/contracts';
import type { Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { call, registerUser } from '../../../test/http';
import { connectRealtime, until } from '../../../test/sockets';
import { freshDatabase, startTestApp, TestApp } from '../../../test/test-app';

type Client = Socket & { events: { name: string; payload: unknown }[] };

function connect(url: string, token: string): Promise<Client> {
  return connectRealtime<Client>(url, token, (socket) => {
    socket.events = [];
    socket.onAny((name: string, payload: unknown) => socket.events.push({ name, payload }));
    socket.on('disconnect', (reason) => socket.events.push({ name: 'disconnect', payload: reason }));
  });
}

interface OutboxRow {
  name: string;
  payload: { conversationId: string; userIds: string[]; actorId: string | null };
  dispatched: boolean;
}

describe('group membership changes reach devices through domain events (two instances)', () => {
  const apps: TestApp[] = [];
  const sockets: Socket[] = [];
  let a: TestApp;
  let b: TestApp;
  let db: DataSource;
  let manager: { token: string; id: string };
  let member: { token: string; id: string };
  let joiner: { token: string; id: string };

  const outbox = (conversationId: string): Promise<OutboxRow[]> =>
    db.query(
      `SELECT name, payload, dispatched_at IS NOT NULL AS dispatched FROM outbox_events
        WHERE name LIKE 'conversation.%' AND payload->>'conversationId' = $1 ORDER BY id`,
      [conversationId],
    );

  /** Polls the outbox until `check` holds: another instance may still be committing its claim of the event. */
  const outboxUntil = async (conversationId: string, check: (rows: OutboxRow[]) => boolean): Promise<OutboxRow[]> => {
    const deadline = Date.now() + 5000;
    for (;;) {
      const rows = await outbox(conversationId);
      if (check(rows) || Date.now() > deadline) {
        return rows;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  beforeAll(async () => {
    const database = await freshDatabase();
    const env = { JWT_SECRET: 'm'.repeat(40) };
    apps.push(await startTestApp({ redis: true, database, env }), await startTestApp({ redis: true, database, env }));
    [a, b] = apps as [TestApp, TestApp];
    db = a.app.get(DataSource);
    const [boss, one, two] = await Promise.all([registerUser(a.url), registerUser(a.url), registerUser(a.url, { role: 'mentor' })]);
    // Managers are appointed, not self-registered: promote one, then sign in again for a manager's token.
    await db.query(`UPDATE users SET role = 'manager' WHERE id = $1`, [boss.user.id]);
    const login = await call<AuthResponse>(a.url, 'post', '/api/auth/login', { body: { email: boss.registration.email, password: boss.registration.password } });
    manager = { token: login.body.accessToken, id: boss.user.id };
    member = { token: one.accessToken, id: one.user.id };
    joiner = { token: two.accessToken, id: two.user.id };
  });
  afterEach(() => {
    sockets.splice(0).forEach((s) => s.disconnect());
  });
  afterAll(async () => {
    await Promise.all(apps.map((x) => x.close()));
  });

  it('publishes members_added in the change and the gateway tells the added user on another instance', async () => {
    const group = await call<ConversationView>(a.url, 'post', '/api/conversations', { token: manager.token, body: { title: 'Demo day', memberIds: [member.id] } });
    expect(group.status).toBe(201);
    const created = await outbox(group.body.id);
    expect(created).toEqual([
      expect.objectContaining({
        name: 'conversation.members_added',
        payload: expect.objectContaining({ userIds: expect.arrayContaining([manager.id, member.id]), actorId: manager.id }),
      }),
    ]);

    const device = await connect(b.url, joiner.token);
    sockets.push(device);
    const added = await call<ConversationView>(a.url, 'post', `/api/conversations/${group.body.id}/members`, { token: manager.token, body: { userIds: [joiner.id] } });
    expect(added.status).toBe(201);
    expect(added.body.members.map((m) => m.userId)).toContain(joiner.id);

    await until(() => device.events.some((e) => e.name === 'conversation:added'));
    expect(device.events.find((e) => e.name === 'conversation:added')?.payload).toEqual({ conversationId: group.body.id });
    const events = await outboxUntil(group.body.id, (rows) => rows[1]?.dispatched === true);
    expect(events[1]).toEqual({
      name: 'conversation.members_added',
      payload: { conversationId: group.body.id, userIds: [joiner.id], title: null, actorId: manager.id },
      dispatched: true,
    });

    // Adding someone who is already a member changes nothing and announces nothing.
    const again = await call(b.url, 'post', `/api/conversations/${group.body.id}/members`, { token: manager.token, body: { userIds: [joiner.id] } });
    expect(again.status).toBe(201);
    expect(await outbox(group.body.id)).toHaveLength(2);
  });

  it('publishes members_removed and the gateway tells and disconnects the removed user on every instance', async () => {
    const group = (await call<ConversationView>(a.url, 'post', '/api/conversations', { token: manager.token, body: { title: 'Leaving soon', memberIds: [member.id, joiner.id] } })).body;
    const onA = await connect(a.url, joiner.token);
    const onB = await connect(b.url, joiner.token);
    const staying = await connect(b.url, member.token);
    sockets.push(onA, onB, staying);

    const removed = await call(b.url, 'delete', `/api/conversations/${group.id}/members/${joiner.id}`, { token: manager.token });
    expect(removed.status).toBe(204);
    for (const device of [onA, onB]) {
      await until(() => device.events.some((e) => e.name === 'disconnect'));
      const names = device.events.map((e) => e.name);
      expect(device.events.find((e) => e.name === 'conversation:removed')?.payload).toEqual({ conversationId: group.id });
      expect(names.indexOf('conversation:removed')).toBeLessThan(names.indexOf('disconnect'));
    }
    expect(staying.connected).toBe(true);
    expect(staying.events.some((e) => e.name === 'conversation:removed')).toBe(false);
    const events = await outbox(group.id);
    expect(events.at(-1)).toMatchObject({
      name: 'conversation.members_removed',
      payload: { conversationId: group.id, userIds: [joiner.id], actorId: manager.id },
    });

    const missing = await call<{ code: string }>(a.url, 'delete', `/api/conversations/${group.id}/members/${joiner.id}`, { token: manager.token });
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('conversation.member_not_found');
    expect(await outbox(group.id)).toHaveLength(events.length);
  });

  it('answers membership refusals with catalogued codes, over REST and in acknowledgements', async () => {
    const group = (await call<ConversationView>(a.url, 'post', '/api/conversations', { token: manager.token, body: { title: 'Codes', memberIds: [member.id] } })).body;
    const byFounder = await call<{ code: string }>(a.url, 'post', `/api/conversations/${group.id}/members`, { token: member.token, body: { userIds: [joiner.id] } });
    expect(byFounder.status).toBe(403);
    const stranger = await connect(a.url, joiner.token);
    sockets.push(stranger);
    const sync = await stranger.timeout(5000).emitWithAck('conversation:sync', { conversationId: group.id, afterSeq: 0 });
    expect(sync).toEqual({ ok: false, error: 'You are not a member of this conversation', code: 'conversation.not_member' });
    const read = await stranger.timeout(5000).emitWithAck('conversation:read', { conversationId: group.id, seq: 1 });
    expect(read).toMatchObject({ ok: false, code: 'conversation.not_member' });
    const history = await call<{ code: string }>(a.url, 'get', `/api/conversations/${group.id}/messages`, { token: joiner.token });
    expect([history.status, history.body.code]).toEqual([403, 'conversation.not_member']);
  });
});
