import type { Ack, ConversationView, MessageView } from '@torchbridge/contracts';
import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { call, registerUser } from '../../../test/http';
import { connectRealtime, until } from '../../../test/sockets';
import { freshDatabase, startTestApp, TestApp } from '../../../test/test-app';

type Client = Socket & { received: MessageView[] };

function connect(url: string, token: string): Promise<Client> {
  return connectRealtime<Client>(url, token, (socket) => {
    socket.received = [];
    socket.on('message:new', (m: MessageView) => socket.received.push(m));
  });
}

const send = (socket: Socket, conversationId: string, body: string, clientMessageId: string = randomUUID()) =>
  socket.timeout(5000).emitWithAck('message:send', { conversationId, clientMessageId, body }) as Promise<Ack<MessageView>>;

describe('chat across two API instances', () => {
  const apps: TestApp[] = [];
  const sockets: Socket[] = [];
  let conversationId: string;
  let founder: { token: string; id: string };
  let mentor: { token: string; id: string };
  let outsider: { token: string; id: string };

  beforeAll(async () => {
    const database = await freshDatabase();
    // These tests send bursts from the same people one after another; the event budget has its own test.
    const env = { JWT_SECRET: 'c'.repeat(40), SOCKET_EVENT_BUDGET: '1000' };
    apps.push(await startTestApp({ redis: true, database, env }), await startTestApp({ redis: true, database, env }));
    const [a] = apps as [TestApp, TestApp];
    const people = await Promise.all([registerUser(a.url), registerUser(a.url, { role: 'mentor' }), registerUser(a.url)]);
    [founder, mentor, outsider] = people.map((p) => ({ token: p.accessToken, id: p.user.id })) as [typeof founder, typeof mentor, typeof outsider];
    const db = a.app.get(DataSource);
    const rows: { id: string }[] = await db.query(`INSERT INTO conversations (kind, title) VALUES ('group', 'Shenzhen ↔ Berlin') RETURNING id`);
    conversationId = rows[0]?.id as string;
    await db.query(`INSERT INTO conversation_members (conversation_id, user_id) VALUES ($1, $2), ($1, $3)`, [conversationId, founder.id, mentor.id]);
  });
  afterEach(() => {
    sockets.splice(0).forEach((s) => s.disconnect());
  });
  afterAll(async () => {
    await Promise.all(apps.map((a) => a.close()));
  });

  it('delivers a message from a client on one instance to a client on the other, acked with its sequence', async () => {
    const [a, b] = apps as [TestApp, TestApp];
    const sender = await connect(a.url, founder.token);
    const receiver = await connect(b.url, mentor.token);
    sockets.push(sender, receiver);
    const ack = await send(sender, conversationId, '你好 Katrin — can we talk about CE marking?');
    expect(ack.ok).toBe(true);
    const message = (ack as { data: MessageView }).data;
    expect(message.seq).toBeGreaterThanOrEqual(1);
    await until(() => receiver.received.some((m) => m.id === message.id));
    expect(receiver.received.find((m) => m.id === message.id)?.body).toBe('你好 Katrin — can we talk about CE marking?');
  });

  it('returns the same message for a replayed send and delivers it again under the same id', async () => {
    const [a, b] = apps as [TestApp, TestApp];
    const sender = await connect(a.url, founder.token);
    const receiver = await connect(b.url, mentor.token);
    sockets.push(sender, receiver);
    const clientMessageId = randomUUID();
    const replies = await Promise.all([send(sender, conversationId, 'once', clientMessageId), send(sender, conversationId, 'once', clientMessageId)]);
    const again = await send(sender, conversationId, 'once', clientMessageId);
    const ids = [...replies, again].map((r) => (r as { data: MessageView }).data.id);
    expect(new Set(ids).size).toBe(1);
    await new Promise((r) => setTimeout(r, 300));
    // The resend after the acknowledgements is delivered again (its first fan-out might never have happened); clients keep messages by id.
    const pushed = receiver.received.filter((m) => m.clientMessageId === clientMessageId);
    expect(pushed.length).toBeGreaterThanOrEqual(2);
    expect(new Set(pushed.map((m) => m.id))).toEqual(new Set([ids[0]]));
    expect(new Set(pushed.map((m) => m.seq)).size).toBe(1);
  });

  it('keeps every message, exactly once and in order, when many are sent at once', async () => {
    const [a, b] = apps as [TestApp, TestApp];
    const sender = await connect(a.url, founder.token);
    const receiver = await connect(b.url, mentor.token);
    sockets.push(sender, receiver);
    const acks = await Promise.all(Array.from({ length: 25 }, (_, i) => send(sender, conversationId, `burst ${i}`)));
    const seqs = acks.map((ack) => (ack as { data: MessageView }).data.seq).sort((x, y) => x - y);
    expect(seqs).toEqual(Array.from({ length: 25 }, (_, i) => (seqs[0] as number) + i));
    await until(() => receiver.received.filter((m) => m.body.startsWith('burst')).length === 25);
    const got = receiver.received.filter((m) => m.body.startsWith('burst')).map((m) => m.seq);
    expect(new Set(got).size).toBe(25);
  });

  it('lets a client that was away catch up from its last sequence', async () => {
    const [a, b] = apps as [TestApp, TestApp];
    const sender = await connect(a.url, founder.token);
    sockets.push(sender);
    const last = (await send(sender, conversationId, 'before you left')) as { data: MessageView };
    for (let i = 0; i < 5; i++) {
      await send(sender, conversationId, `while away ${i}`);
    }
    const back = await connect(b.url, mentor.token);
    sockets.push(back);
    const sync = (await back.timeout(5000).emitWithAck('conversation:sync', { conversationId, afterSeq: last.data.seq })) as Ack<{ messages: MessageView[]; lastSeq: number }>;
    expect(sync.ok).toBe(true);
    const data = (sync as { data: { messages: MessageView[]; lastSeq: number } }).data;
    expect(data.messages.map((m) => m.body)).toEqual([0, 1, 2, 3, 4].map((i) => `while away ${i}`));
    expect(data.lastSeq).toBe(last.data.seq + 5);
  });

  it('refuses a non-member on every event and rejects malformed sends with the field named', async () => {
    const [a] = apps as [TestApp, TestApp];
    const stranger = await connect(a.url, outsider.token);
    const member = await connect(a.url, founder.token);
    sockets.push(stranger, member);
    expect(await send(stranger, conversationId, 'let me in')).toEqual({ ok: false, error: 'You are not a member of this conversation', code: 'conversation.not_member' });
    expect(await stranger.timeout(5000).emitWithAck('conversation:sync', { conversationId, afterSeq: 0 })).toEqual({ ok: false, error: 'You are not a member of this conversation', code: 'conversation.not_member' });
    const history = await call(a.url, 'get', `/api/conversations/${conversationId}/messages`, { token: outsider.token });
    expect(history.status).toBe(403);
    const empty = await send(member, conversationId, '');
    expect(empty).toEqual({ ok: false, error: 'body must be 1 to 4000 characters', code: 'validation.failed' });
    const long = await send(member, conversationId, 'x'.repeat(4001));
    expect(long.ok).toBe(false);
  });

  it('tracks read state monotonically and counts unread messages per member', async () => {
    const [a, b] = apps as [TestApp, TestApp];
    const sender = await connect(a.url, founder.token);
    const reader = await connect(b.url, mentor.token);
    sockets.push(sender, reader);
    const seen: number[] = [];
    sender.on('conversation:read', (p: { seq: number }) => seen.push(p.seq));
    const last = (await send(sender, conversationId, 'read me')) as { data: MessageView };
    const list = await call<ConversationView[]>(b.url, 'get', '/api/conversations', { token: mentor.token });
    expect(list.body[0]?.unread).toBeGreaterThan(0);
    const read = await reader.timeout(5000).emitWithAck('conversation:read', { conversationId, seq: last.data.seq + 100 });
    expect(read).toEqual({ ok: true, data: { readSeq: last.data.seq } });
    const backwards = await reader.timeout(5000).emitWithAck('conversation:read', { conversationId, seq: 1 });
    expect(backwards).toEqual({ ok: true, data: { readSeq: last.data.seq } });
    await until(() => seen.includes(last.data.seq));
    const after = await call<ConversationView[]>(b.url, 'get', '/api/conversations', { token: mentor.token });
    expect(after.body[0]?.unread).toBe(0);
  });
});
