import type { Ack, MessageView } from '@torchbridge/contracts';
import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { registerUser } from '../../../test/http';
import { connectRealtime } from '../../../test/sockets';
import { freshDatabase, startTestApp, TestApp } from '../../../test/test-app';

type Reply = Ack<MessageView>;
interface Person {
  token: string;
  id: string;
}

const BUDGET = 30;

/**
 * The socket event budget belongs to the user, across their sockets and the instances they reach: ten sockets or
 * a reconnection do not multiply it. A long window keeps the counts exact however slow the machine is.
 */
describe('socket event budget per user (two instances)', () => {
  const apps: TestApp[] = [];
  const sockets: Socket[] = [];
  let conversationId: string;
  let people: Person[];

  beforeAll(async () => {
    const database = await freshDatabase();
    const env = { JWT_SECRET: 'r'.repeat(40), SOCKET_EVENT_BUDGET: String(BUDGET), SOCKET_EVENT_WINDOW_SECONDS: '60' };
    apps.push(await startTestApp({ redis: true, database, env }), await startTestApp({ redis: true, database, env }));
    const [a] = apps as [TestApp, TestApp];
    const registered = await Promise.all([registerUser(a.url), registerUser(a.url), registerUser(a.url, { role: 'mentor' })]);
    people = registered.map((p) => ({ token: p.accessToken, id: p.user.id }));
    const db = a.app.get(DataSource);
    const rows: { id: string }[] = await db.query(`INSERT INTO conversations (kind, title) VALUES ('group', 'Budget') RETURNING id`);
    conversationId = rows[0]?.id as string;
    await db.query(`INSERT INTO conversation_members (conversation_id, user_id) SELECT $1, unnest($2::uuid[])`, [conversationId, people.map((p) => p.id)]);
  });
  afterEach(() => {
    sockets.splice(0).forEach((s) => s.disconnect());
  });
  afterAll(async () => {
    await Promise.all(apps.map((x) => x.close()));
  });

  const open = async (url: string, token: string): Promise<Socket> => {
    const socket = await connectRealtime(url, token);
    sockets.push(socket);
    return socket;
  };
  const send = (socket: Socket) =>
    socket.timeout(10000).emitWithAck('message:send', { conversationId, clientMessageId: randomUUID(), body: 'hello' }) as Promise<Reply>;

  it('gives a user with ten sockets on two instances the same total budget as one socket, and says when to retry', async () => {
    const [a, b] = apps as [TestApp, TestApp];
    const [one, ten] = people as [Person, Person, Person];
    const single = await open(a.url, one.token);
    const alone = await Promise.all(Array.from({ length: 50 }, () => send(single)));
    expect(alone.filter((r) => r.ok)).toHaveLength(BUDGET);

    const many = await Promise.all(Array.from({ length: 10 }, (_, i) => open(i % 2 ? b.url : a.url, ten.token)));
    const replies = await Promise.all(many.flatMap((socket) => Array.from({ length: 5 }, () => send(socket))));
    expect(replies.filter((r) => r.ok)).toHaveLength(BUDGET);
    const refused = replies.filter((r) => !r.ok);
    expect(refused).toHaveLength(50 - BUDGET);
    for (const r of refused) {
      expect(r).toEqual({ ok: false, code: 'rate_limited', error: expect.any(String), retryAfterSeconds: expect.any(Number) });
      expect(r.retryAfterSeconds).toBeGreaterThan(0);
      expect(r.retryAfterSeconds).toBeLessThanOrEqual(60);
    }
  });

  it('keeps a spent budget spent across a reconnection, on either instance', async () => {
    const [a, b] = apps as [TestApp, TestApp];
    const user = people[2] as Person;
    const first = await open(a.url, user.token);
    const spent = await Promise.all(Array.from({ length: BUDGET }, () => send(first)));
    expect(spent.every((r) => r.ok)).toBe(true);
    first.disconnect();
    for (const url of [a.url, b.url]) {
      const again = await open(url, user.token);
      expect(await send(again)).toMatchObject({ ok: false, code: 'rate_limited' });
      again.disconnect();
    }
  });
});
