import { ChatClient } from '@torchbridge/api-client';
import type { Ack, MessageView } from '@torchbridge/contracts';
import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { registerUser } from '../../../test/http';
import { connectRealtime, until } from '../../../test/sockets';
import { freshDatabase, startTestApp, TestApp } from '../../../test/test-app';

type Client = Socket & { received: MessageView[] };

const connect = (url: string, token: string): Promise<Client> =>
  connectRealtime<Client>(url, token, (socket) => {
    socket.received = [];
    socket.on('message:new', (m: MessageView) => socket.received.push(m));
  });

const SENDS = 30;

/**
 * An instance that cannot keep up refuses sends (`chat.busy` with `retryAfterMs`) instead of queueing them, and
 * refuses every later send of that connection until the wait is over and the first refused send is back, so nothing
 * written later is taken first. The
 * instance here counts as busy as soon as any send waits for its batch (CHAT_BUSY_WAIT_MS=0).
 */
describe('sends to a busy instance', () => {
  const apps: TestApp[] = [];
  let conversationId: string;
  let tokens: string[];

  beforeAll(async () => {
    const database = await freshDatabase();
    const env = {
      JWT_SECRET: 'y'.repeat(40),
      SOCKET_EVENT_BUDGET: '100000',
      CHAT_BUSY_WAIT_MS: '0',
    };
    apps.push(
      await startTestApp({ redis: true, database, env }),
      await startTestApp({ redis: true, database, env }),
    );
    const [a] = apps as [TestApp, TestApp];
    const people = await Promise.all([
      registerUser(a.url),
      registerUser(a.url, { role: 'mentor' }),
    ]);
    tokens = people.map((p) => p.accessToken);
    const db = a.app.get(DataSource);
    const rows: { id: string }[] = await db.query(
      `INSERT INTO conversations (kind, title) VALUES ('group', 'Busy') RETURNING id`,
    );
    conversationId = rows[0]?.id as string;
    await db.query(
      `INSERT INTO conversation_members (conversation_id, user_id) SELECT $1, unnest($2::uuid[])`,
      [conversationId, people.map((p) => p.user.id)],
    );
  });
  afterAll(async () => {
    await Promise.all(apps.map((x) => x.close()));
  });

  it('refuses with chat.busy and a wait, and takes nothing more from that connection before its first refused send', async () => {
    const [a] = apps as [TestApp, TestApp];
    const socket = await connect(a.url, tokens[0] as string);
    const send = (payload: {
      conversationId: string;
      clientMessageId: string;
      body: string;
    }) =>
      socket.timeout(10000).emitWithAck('message:send', payload) as Promise<
        Ack<MessageView>
      >;
    try {
      const burst = Array.from({ length: SENDS }, (_, i) => ({
        conversationId,
        clientMessageId: randomUUID(),
        body: `burst ${i}`,
      }));
      const acks = await Promise.all(burst.map(send));
      const firstRefused = acks.findIndex((ack) => !ack.ok);
      expect(firstRefused).toBeGreaterThan(0);
      const refusal = acks[firstRefused];
      expect(refusal).toMatchObject({ ok: false, code: 'chat.busy' });
      const wait = refusal && !refusal.ok ? (refusal.retryAfterMs ?? 0) : 0;
      expect(wait).toBeGreaterThan(0);
      // Everything after the first refusal was refused too, however late it arrived: nothing later was taken first.
      expect(acks.slice(firstRefused).filter((ack) => ack.ok)).toEqual([]);
      await new Promise((r) => setTimeout(r, wait));
      // After the wait, a message written later still waits for the first refused one…
      expect(
        await send({
          conversationId,
          clientMessageId: randomUUID(),
          body: 'written later',
        }),
      ).toMatchObject({ ok: false, code: 'chat.busy' });
      // …which is taken when it comes back, same id.
      expect(
        await send(burst[firstRefused] as (typeof burst)[number]),
      ).toMatchObject({ ok: true, data: { body: `burst ${firstRefused}` } });
    } finally {
      socket.disconnect();
    }
  });

  it('ends with every message the client wrote stored once, in the order written, and delivered in that order', async () => {
    const [a, b] = apps as [TestApp, TestApp];
    const reader = await connect(b.url, tokens[1] as string);
    let online = false;
    const client = new ChatClient({
      urls: [a.url],
      getToken: () => tokens[0] as string,
      onStatus: (s) => (online ||= s === 'online'),
    });
    try {
      client.connect();
      await until(() => online);
      const bodies = Array.from({ length: SENDS }, (_, i) => `written ${i}`);
      const stored = await Promise.all(
        bodies.map((body) => client.send(conversationId, body)),
      );
      // Stored once each, in the order written: consecutive seqs in writing order.
      const seqs = stored.map((m) => m.seq);
      expect(seqs).toEqual(seqs.map((_, i) => (seqs[0] as number) + i));
      const written = () =>
        reader.received.filter((m) => m.body.startsWith('written'));
      await until(() => written().length >= SENDS);
      expect(written().map((m) => m.body)).toEqual(bodies);
      const rows: { n: string }[] = await a.app
        .get(DataSource)
        .query(
          `SELECT count(*) AS n FROM messages WHERE conversation_id = $1 AND body LIKE 'written %'`,
          [conversationId],
        );
      expect(Number(rows[0]?.n)).toBe(SENDS);
    } finally {
      client.close();
      reader.disconnect();
    }
  });
});
